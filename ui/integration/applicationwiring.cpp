#include "ui/integration/applicationwiring.h"

#include <functional>

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>

#include "models/evidencelistmodel.h"
#include "repo/repositorycontext.h"
#include "ui/bundle/importbundledialog.h"
#include "ui/charts/chartworkspace.h"
#include "ui/evidence/evidencepanel.h"
#include "ui/evidence/exportcasedialog.h"
#include "ui/importer/importwizard.h"
#include "ui/importer/watchlisthitsview.h"
#include "ui/mainwindow.h"
#include "ui/navigator.h"
#include "ui/shell/actionregistry.h"
#include "ui/shell/listpage.h"
#include "ui/shell/workspacetabs.h"
#include "ui/statistics/statisticsdashboard.h"
#include "ui/timeline/timelineview.h"
#include "ui/workspace/casedialog.h"
#include "ui/workspace/newrecorddialogs.h"

using namespace Qt::StringLiterals;

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::ApplicationWiring)
};

QWidget* evidenceSection(RepositoryContext& context, Navigator& navigator) {
    auto* page = new ListPage(new EvidenceListModel(context), Tr::tr("Evidence"),
                              Tr::tr("Filter by title, malkhana reference or case number"), u"evidencePage"_s);
    QObject::connect(page, &ListPage::activated, &navigator, [page, &navigator](const QVariant&) {
        const QString caseId = page->view()->currentIndex().data(EvidenceListModel::CaseIdRole).toString();
        if (!caseId.isEmpty()) {
            emit navigator.openEvidence(caseId);
        }
    });
    return page;
}

QString chartTitle(const QString& seedKind) {
    if (seedKind == u"case"_s) {
        return Tr::tr("Case chart");
    }
    if (seedKind == u"person"_s) {
        return Tr::tr("Person chart");
    }
    return Tr::tr("Chart");
}

// Pages that show one thing (a case's evidence, a case's timeline, the watch-list hits) are focused when already
// open instead of opened twice, as case and person tabs are. key names the thing; make builds the page.
void focusOrOpen(MainWindow& window, const QString& key, const std::function<QWidget*(RepositoryContext&)>& make,
                 const QString& title) {
    RepositoryContext* context = window.context();
    if (!context) {
        return;
    }
    QTabWidget& tabs = *window.tabs();
    for (int i = 0; i < tabs.count(); ++i) {
        if (tabs.widget(i)->property("featureKey").toString() == key) {
            tabs.setCurrentIndex(i);
            return;
        }
    }
    QWidget* page = make(*context);
    page->setProperty("featureKey", key);
    window.openTab(page, title);
}

// Spreadsheet import after Open in the File menu, watch-list matching in Tools; both only while a session is open.
void addImportActions(MainWindow& window) {
    using Group = ActionRegistry::Group;
    using When = ActionRegistry::Availability;
    ActionRegistry& actions = *window.actions();
    QAction* import = actions.add(new QAction(Tr::tr("&Import spreadsheet…"), &window), u"importAction"_s,
                                  Group::FileDatabase, 30, When::WhileUnlocked);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    QObject::connect(import, &QAction::triggered, window.navigator(), &Navigator::openImport);
    QAction* hits = actions.add(new QAction(Tr::tr("&Watch-list matching"), &window), u"watchListAction"_s,
                                Group::ToolsRecords, 20, When::WhileUnlocked);
    QObject::connect(hits, &QAction::triggered, window.navigator(), &Navigator::openWatchListHits);
}

// File > Import case bundle…, after the spreadsheet import: checks a bundle from another office, imports it and
// opens the case.
void addBundleImport(MainWindow& window) {
    QAction* action =
        window.actions()->add(new QAction(Tr::tr("Import case &bundle…"), &window), u"importBundleAction"_s,
                              ActionRegistry::Group::FileDatabase, 40, ActionRegistry::Availability::WhileUnlocked);
    QObject::connect(action, &QAction::triggered, &window, [&window] {
        RepositoryContext* context = window.context();
        if (!context) {
            return;
        }
        auto* dialog = new ImportBundleDialog(*context, &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(&window, &MainWindow::sessionClosing, dialog, &QWidget::close);
        QObject::connect(dialog, &ImportBundleDialog::openCase, window.navigator(), &Navigator::openCase);
        dialog->open();
    });
}

// Opens a registration dialog over the window; when it is saved, opened(dialog) shows the new record.
template <typename Dialog>
void openRegistration(MainWindow& window, const std::function<Dialog*(RepositoryContext&, QUndoStack&)>& make,
                      const std::function<void(Dialog*)>& opened) {
    RepositoryContext* context = window.context();
    if (!context || !window.undoStack()) {
        return;
    }
    Dialog* dialog = make(*context, *window.undoStack());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(&window, &MainWindow::sessionClosing, dialog, &QWidget::close);
    QObject::connect(dialog, &QDialog::accepted, &window, [dialog, opened] { opened(dialog); });
    dialog->open();
}

// File > New case… (Ctrl+Shift+N), New person…, New organisation…, and the same actions as buttons and context-menu
// entries on the Cases, People and Organisations lists.
void addRegistrationActions(MainWindow& window) {
    using Group = ActionRegistry::Group;
    using When = ActionRegistry::Availability;
    ActionRegistry& actions = *window.actions();
    QAction* newCase = actions.add(new QAction(Tr::tr("New &case…"), &window), u"newCaseAction"_s, Group::FileNew, 10,
                                   When::WhileWritable);
    newCase->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction* newPerson = actions.add(new QAction(Tr::tr("New &person…"), &window), u"newPersonAction"_s, Group::FileNew,
                                     20, When::WhileWritable);
    QAction* newOrganisation = actions.add(new QAction(Tr::tr("New &organisation…"), &window),
                                           u"newOrganisationAction"_s, Group::FileNew, 30, When::WhileWritable);
    QObject::connect(newCase, &QAction::triggered, &window, [&window] {
        openRegistration<CaseDialog>(
            window, [&window](RepositoryContext& c, QUndoStack& s) { return new CaseDialog(c, s, {}, &window); },
            [&window](CaseDialog* d) { emit window.navigator()->openCase(d->savedCaseId()); });
    });
    QObject::connect(newPerson, &QAction::triggered, &window, [&window] {
        openRegistration<NewPersonDialog>(
            window, [&window](RepositoryContext& c, QUndoStack& s) { return new NewPersonDialog(c, s, &window); },
            [&window](NewPersonDialog* d) { emit window.navigator()->openPerson(d->savedPersonId()); });
    });
    QObject::connect(newOrganisation, &QAction::triggered, &window, [&window] {
        openRegistration<NewOrganisationDialog>(
            window, [&window](RepositoryContext& c, QUndoStack& s) { return new NewOrganisationDialog(c, s, &window); },
            [&window](NewOrganisationDialog* d) {
                emit window.navigator()->openOrganisation(d->savedOrganisationId());
            });
    });
    // The list pages are built afresh at every unlock.
    QObject::connect(&window, &MainWindow::sessionOpened, &window, [&window, newCase, newPerson, newOrganisation] {
        const std::pair<QString, QAction*> pages[] = {
            {u"cases"_s, newCase}, {u"people"_s, newPerson}, {u"organisations"_s, newOrganisation}};
        for (const auto& [section, action] : pages) {
            if (auto* page = qobject_cast<ListPage*>(window.sectionWidget(section))) {
                page->addPageAction(action);
            }
        }
    });
}

} // namespace

void wireApplication(MainWindow& window) {
    Navigator& navigator = *window.navigator();
    QObject::connect(
        &navigator, &Navigator::openChart, &window, [&window](const QString& seedKind, const QStringList& seedIds) {
            RepositoryContext* context = window.context();
            if (!context) {
                return;
            }
            auto* chart = new ChartWorkspace(*context, *window.navigator(), seedKind, seedIds);
            const QString title = chart->title();
            window.openTab(chart, title.isEmpty() ? chartTitle(seedKind) : title);
            // A chart saved under a name is shown by that name.
            QObject::connect(chart, &ChartWorkspace::titleChanged, chart, [&window, chart](const QString& t) {
                QTabWidget& tabs = *window.tabs();
                tabs.setTabText(tabs.indexOf(chart), t);
            });
        });
    QObject::connect(&navigator, &Navigator::openCaseTimeline, &window, [&window](const QString& caseId) {
        focusOrOpen(
            window, u"timeline:"_s + caseId,
            [&window, caseId](RepositoryContext& c) { return new CaseTimeline(c, *window.navigator(), caseId); },
            Tr::tr("Case timeline"));
    });
    QObject::connect(&navigator, &Navigator::openPersonTimeline, &window, [&window](const QStringList& personIds) {
        focusOrOpen(
            window, u"timeline:"_s + personIds.join(u','),
            [&window, personIds](RepositoryContext& c) {
                return new PersonTimeline(c, *window.navigator(), personIds);
            },
            Tr::tr("Timeline"));
    });
    QObject::connect(&navigator, &Navigator::openEvidence, &window, [&window](const QString& caseId) {
        focusOrOpen(
            window, u"evidence:"_s + caseId,
            [caseId](RepositoryContext& c) { return new CaseEvidencePanel(c, caseId); }, Tr::tr("Evidence"));
    });
    QObject::connect(&navigator, &Navigator::exportCase, &window, [&window](const QString& caseId) {
        if (RepositoryContext* context = window.context()) {
            auto* dialog = new ExportCaseDialog(*context, caseId, &window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            QObject::connect(&window, &MainWindow::sessionClosing, dialog, &QWidget::close);
            dialog->open();
        }
    });
    QObject::connect(&navigator, &Navigator::openImport, &window, [&window] {
        if (RepositoryContext* context = window.context()) {
            auto* wizard = new ImportWizard(*context, &window);
            wizard->setAttribute(Qt::WA_DeleteOnClose);
            QObject::connect(&window, &MainWindow::sessionClosing, wizard, &QWidget::close);
            wizard->open();
        }
    });
    QObject::connect(&navigator, &Navigator::openWatchListHits, &window, [&window] {
        focusOrOpen(
            window, u"watchlist"_s,
            [&window](RepositoryContext& c) { return new WatchListHitsView(c, *window.navigator()); },
            Tr::tr("Watch-list matching"));
    });
    addRegistrationActions(window);
    addImportActions(window);
    addBundleImport(window);
    window.setSectionFactory(u"evidence"_s,
                             [](MainWindow& w) { return evidenceSection(*w.context(), *w.navigator()); });
    window.setSectionFactory(u"statistics"_s,
                             [](MainWindow& w) { return new StatisticsDashboard(*w.context(), *w.navigator()); });
}

} // namespace caselink
