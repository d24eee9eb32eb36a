// How one part of the workspace asks for another to be shown, without knowing the main window: a case workspace
// asks for a chart, a search result for a person. The main window owns the one Navigator and connects its signals.
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

namespace caselink {

class Navigator : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

signals:
    void openCase(const QString& caseId);
    void openPerson(const QString& personId);
    void openOrganisation(const QString& organisationId);
    // Every person a search finds, as a list of its own (the search field's "Show all results").
    void openSearchResults(const QString& query);
    // A relationship chart seeded with records of one kind: "person", "organisation", "case", "phone", "document".
    void openChart(const QString& seedKind, const QStringList& seedIds);
    // The timeline of one case, or of the given persons across their cases.
    void openCaseTimeline(const QString& caseId);
    void openPersonTimeline(const QStringList& personIds);
    // The evidence of one case.
    void openEvidence(const QString& caseId);
    // The case file export (PDF and signed bundle) of one case.
    void exportCase(const QString& caseId);
    // The spreadsheet import wizard and the watch-list hits.
    void openImport();
    void openWatchListHits();
    // A sidebar section by its object name ("cases", "people", "deadlines", "statistics", ...).
    void openSection(const QString& section);
};

} // namespace caselink
