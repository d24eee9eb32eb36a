// The main window on a scale database (caselink-cli demo --scale large), opened READ-ONLY:
// - unlock to usable: from the moment Session::unlock has returned (Argon2 excluded) to the window shown with the
//   Dashboard painted, and on to the Dashboard's figures (scope counts, nearest deadlines) filled in;
// - the first screen of every sidebar list (model + page built, first page fetched, painted), and the row count the
//   page shows after it;
// - global search: from the query set on the field to its results model filled, for Latin and Urdu names, CNICs and
//   FIR numbers, against an unindexed LIKE '%...%' scan of persons and cases in the same run.
// Usage: CASELINK_PASSWORD=... bench_workspace DATABASE USER
#include <algorithm>
#include <cstdio>

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardItemModel>
#include <QTemporaryDir>

#include "benchutil.h"
#include "models/arrestlistmodel.h"
#include "models/auditlistmodel.h"
#include "models/caselistmodel.h"
#include "models/organisationlistmodel.h"
#include "models/personlistmodel.h"
#include "repo/arrestrepository.h"
#include "repo/courtrepository.h"
#include "repo/deadlinequery.h"
#include "repo/repositorycontext.h"
#include "security/session.h"
#include "storage/database.h"
#include "ui/mainwindow.h"
#include "ui/overviewpage.h"
#include "ui/settings.h"
#include "ui/shell/deadlinesview.h"
#include "ui/shell/globalsearchfield.h"
#include "ui/shell/listpage.h"
#include "ui/shell/redbookview.h"

using namespace caselink;

namespace {

double msSince(const QElapsedTimer& t) {
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

std::unique_ptr<Session> openReadOnly(const QString& path, const QString& user) {
    UnlockOptions options;
    options.readOnly = true;
    auto session =
        Session::unlock(path, user, SecureBytes::fromUtf8(qEnvironmentVariable("CASELINK_PASSWORD")), options);
    if (!session) {
        std::fprintf(stderr, "%s\n", qPrintable(session.error().message));
        return nullptr;
    }
    return std::move(*session);
}

void printStats(const char* name, std::vector<double> ms) {
    std::sort(ms.begin(), ms.end());
    bench::printRow(name, {ms[ms.size() / 2], ms.front(), ms.back()});
}

std::vector<QString> column(Database& db, const QString& sql) {
    std::vector<QString> out;
    auto stmt = db.prepare(sql);
    while (stmt && *stmt->step()) {
        out.push_back(stmt->columnText(0));
    }
    return out;
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    if (argc < 3 || qEnvironmentVariableIsEmpty("CASELINK_PASSWORD")) {
        std::fprintf(stderr, "usage: CASELINK_PASSWORD=... bench_workspace DATABASE USER\n");
        return 1;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const QString user = QString::fromLocal8Bit(argv[2]);
    QTemporaryDir settingsDir;
    Settings::setFilePath(settingsDir.filePath(QStringLiteral("bench.ini")));

    // --- Unlock to usable main window -----------------------------------------------------------------------------
    std::vector<double> usable;
    std::vector<double> figures;
    const int kOpens =
        qEnvironmentVariableIntValue("BENCH_OPENS") > 0 ? qEnvironmentVariableIntValue("BENCH_OPENS") : 3;
    for (int i = 0; i < kOpens; ++i) {
        auto session = openReadOnly(path, user);
        if (!session) {
            return 2;
        }
        MainWindow window;
        window.resize(1280, 800);
        QElapsedTimer t;
        t.start();
        window.openSession(std::move(session));
        window.show();
        window.repaint(); // the Dashboard painted: the window is usable
        usable.push_back(msSince(t));
        // On a national-size database the figures wait for the user's click (OverviewPage::kAutoFiguresPersons):
        // measured here as that click.
        QApplication::processEvents();
        QElapsedTimer click;
        click.start();
        if (!window.overviewPage()->figuresLoaded()) {
            window.overviewPage()->refreshFigures();
        }
        figures.push_back(msSince(click));
        window.lock();
    }
    std::printf("== unlock to usable (after Session::unlock returned; %d opens)\n", kOpens);
    printStats("window shown, Dashboard painted", usable);
    printStats("Dashboard figures + work queue", figures);

    auto session = openReadOnly(path, user);
    if (!session) {
        return 2;
    }
    auto context = std::move(*RepositoryContext::create(*session));

    // --- First screen of each list ---------------------------------------------------------------------------------
    std::printf("== first screen of each sidebar page (model built, first page fetched, painted)\n");
    struct ListCase {
        const char* name;
        std::function<PagedTableModel*()> make;
    };
    const std::vector<ListCase> lists = {
        {"Cases",
         [&] {
             return new CaseListModel(*context);
         }},
        {"People",
         [&] {
             return new PersonListModel(*context);
         }},
        {"Organisations",
         [&] {
             return new OrganisationListModel(*context);
         }},
        {"Arrests",
         [&] {
             return new ArrestListModel(*context);
         }},
        {"Audit log",
         [&] {
             return new AuditListModel(*context);
         }},
    };
    for (const ListCase& list : lists) {
        std::vector<double> first;
        std::vector<double> counted;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer t;
            t.start();
            ListPage page(list.make(), QString(), QString(), QStringLiteral("benchPage"));
            page.resize(1000, 700);
            page.show();
            page.repaint();
            first.push_back(msSince(t));
            t.restart();
            page.updateCount();
            counted.push_back(msSince(t));
        }
        std::vector<double> modelOnly;
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer t;
            t.start();
            std::unique_ptr<PagedTableModel> model(list.make());
            modelOnly.push_back(msSince(t));
        }
        printStats(qPrintable(QStringLiteral("%1: model alone (first page)").arg(QLatin1String(list.name))), modelOnly);
        printStats(qPrintable(QStringLiteral("%1: first screen").arg(QLatin1String(list.name))), first);
        printStats(qPrintable(QStringLiteral("%1: row count label").arg(QLatin1String(list.name))), counted);
    }
    {
        std::vector<double> ms;
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer t;
            t.start();
            DeadlinesView view(*context);
            view.resize(1000, 700);
            view.show();
            view.repaint();
            ms.push_back(msSince(t));
        }
        printStats("Deadlines: first screen (30 days)", ms);
        const QDate today = QDate::currentDate();
        std::size_t items = 0;
        printStats("  DeadlineQuery::list alone (1,000 kept)", {bench::measure(1, [&] {
                                                                    auto list = DeadlineQuery(*context).list(today, 30);
                                                                    items = list ? static_cast<std::size_t>(list->total)
                                                                                 : 0;
                                                                }).median});
        std::printf("%-44s %zu rows\n", "  deadlines listed (30 days, overdue included)", items);
        printStats("  of which CourtRepository::upcomingHearings",
                   {bench::measure(1, [&] {
                        (void)CourtRepository(*context).upcomingHearings(today, today.addDays(30));
                    }).median});
    }
    {
        std::vector<double> ms;
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer t;
            t.start();
            RedBookView view(*context);
            view.resize(1000, 700);
            view.show();
            view.repaint();
            ms.push_back(msSince(t));
        }
        printStats("Red Book: first screen", ms);
    }

    // --- Global search ----------------------------------------------------------------------------------------------
    Database& db = session->database();
    const std::vector<QString> latin =
        column(db, QStringLiteral("SELECT p.name_latin FROM persons p WHERE p.rowid % 9973 = 7 AND p.name_latin <> '' "
                                  "AND p.merged_into IS NULL LIMIT 30"));
    const std::vector<QString> urdu =
        column(db, QStringLiteral("SELECT p.name_urdu FROM persons p WHERE p.rowid % 9973 = 11 AND p.name_urdu <> '' "
                                  "AND p.merged_into IS NULL LIMIT 30"));
    // Persons in a protected role are not searchable by an account without the victim grant (demo.admin has none):
    // the CNIC sample leaves them out, so "found" measures the index, not the redaction.
    const std::vector<QString> cnic = column(
        db, QStringLiteral("SELECT substr(cnic, 1, 5) || '-' || substr(cnic, 6, 7) || '-' || substr(cnic, 13) "
                           "FROM persons p WHERE cnic IS NOT NULL AND rowid % 9973 = 13 AND NOT EXISTS (SELECT 1 "
                           "FROM case_persons r WHERE r.person_id = p.id AND r.role IN ('SMUGGLED_MIGRANT', "
                           "'TRAFFICKING_VICTIM', 'WITNESS', 'COMPLAINANT', 'FAMILY_MEMBER')) LIMIT 30"));
    const std::vector<QString> fir = column(
        db, QStringLiteral("SELECT 'C-' || fir_serial || '/' || fir_year FROM cases WHERE fir_serial IS NOT NULL "
                           "AND rowid % 997 = 5 LIMIT 30"));
    std::printf("== global search: query set -> results model filled (%zu/%zu/%zu/%zu queries)\n", latin.size(),
                urdu.size(), cnic.size(), fir.size());
    GlobalSearchField field;
    Navigator* navigator = nullptr;
    field.setContext(context.get(), navigator);
    const auto searchRun = [&](const char* name, const std::vector<QString>& queries) {
        if (queries.empty()) {
            std::printf("%-44s (no sample)\n", name);
            return;
        }
        std::vector<double> ms;
        int found = 0;
        for (const QString& q : queries) {
            QElapsedTimer t;
            t.start();
            field.search(q);
            ms.push_back(msSince(t));
            found += field.resultsModel()->rowCount() > 1 ? 1 : 0;
        }
        printStats(name, ms);
        std::printf("%-44s found %d of %zu\n", "", found, queries.size());
    };
    searchRun("search: Latin name", latin);
    searchRun("search: Urdu name", urdu);
    searchRun("search: CNIC", cnic);
    searchRun("search: FIR", fir);

    // Baseline: what a search without the indexes would do, an unindexed LIKE over persons and cases.
    auto likePersons = db.prepare(
        QStringLiteral("SELECT id FROM persons WHERE name_latin LIKE ?1 OR name_urdu LIKE ?1 OR cnic LIKE ?1 LIMIT 8"));
    auto likeCases = db.prepare(QStringLiteral("SELECT id FROM cases WHERE enquiry_number LIKE ?1 OR title LIKE ?1 OR "
                                               "('C-' || fir_serial || '/' || fir_year) LIKE ?1 LIMIT 8"));
    const auto baseline = [&](const char* name, const std::vector<QString>& queries) {
        if (queries.empty()) {
            return;
        }
        std::vector<double> ms;
        for (std::size_t i = 0; i < std::min<std::size_t>(queries.size(), 5); ++i) {
            const QString needle = QLatin1Char('%') + queries[i] + QLatin1Char('%');
            QElapsedTimer t;
            t.start();
            likePersons->reset();
            likePersons->bind(1, needle);
            while (*likePersons->step()) {
            }
            likeCases->reset();
            likeCases->bind(1, needle);
            while (*likeCases->step()) {
            }
            ms.push_back(msSince(t));
        }
        printStats(name, ms);
    };
    baseline("baseline LIKE scan: Latin name", latin);
    baseline("baseline LIKE scan: Urdu name", urdu);
    baseline("baseline LIKE scan: CNIC (display form)", cnic);
    baseline("baseline LIKE scan: FIR", fir);
    field.setContext(nullptr, nullptr);
    context.reset();
    (void)session->close();
    return 0;
}
