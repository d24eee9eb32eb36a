// Redaction profiles applied to a loaded case file. Partner: every victim, witness, complainant and family member
// becomes a numbered pseudonym with no identifier, contact or address, and their names, CNICs, phones and passport
// numbers are scrubbed from all free text (case summary, events, evidence titles, notes). Statistics: only counts.
#pragma once

#include <QString>
#include <QStringList>

#include "io/casefiledata.h"

namespace caselink {

void applyRedaction(CaseFileData& data, RedactionProfile profile);

// Replaces every occurrence of the identities it was given (whole names and name words, CNICs and phone numbers in
// any usual spelling) with a marker.
class TextScrubber {
public:
    void addPerson(const Person& person, const QStringList& keepWords);
    // A document number (passport, visa, CNIC) of a protected holder.
    void addNumber(const QString& number);
    QString scrub(const QString& text) const;
    bool isEmpty() const { return m_words.isEmpty() && m_digits.isEmpty(); }

private:
    QStringList m_words;  // names, longest first at scrub time
    QStringList m_digits; // CNIC, phone and passport numbers as bare digits/letters
};

} // namespace caselink
