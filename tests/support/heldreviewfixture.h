// A person held for review by a real spreadsheet import: a case with FIR C-12/2024 and Kamran Shah s/o Wali Shah on
// record, then an arrests sheet that names him again without any identifier, so the import creates a new record
// (with its role, arrest and ARREST event) and holds it for an officer to compare with the one already here.
// Used by the core test of the review and by the shell's UI and screenshot tests.
#pragma once

#include <QByteArray>
#include <QString>

#include "importer/importer.h"
#include "repo/repositorycontext.h"

namespace caselink::test {

struct HeldFromSpreadsheet {
    QString caseId;
    QString existingId;
    QString heldId; // the record the import created
    QString itemId; // import_review.id
};

// Writes csv to path and imports it as an arrests sheet, as an officer would with the import wizard.
Result<ImportSummary> importArrestsSheet(RepositoryContext& context, const QString& path, const QByteArray& csv);

// existingName/heldName: the recorded spelling and the sheet's spelling of the same name.
HeldFromSpreadsheet holdFromSpreadsheet(RepositoryContext& context, const QString& dir,
                                        const QString& existingName = QStringLiteral("Kamran Shah"),
                                        const QString& heldName = QStringLiteral("Kamran Shah"),
                                        const QString& fir = QStringLiteral("C-12/2024"),
                                        const QString& existingUrdu = {});

} // namespace caselink::test
