#include "ui/integration/features.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QTableView>

#include "models/evidencelistmodel.h"
#include "repo/repositorycontext.h"
#include "ui/charts/chartworkspace.h"
#include "ui/evidence/evidencepanel.h"
#include "ui/evidence/exportcasedialog.h"
#include "ui/importer/importwizard.h"
#include "ui/importer/watchlisthitsview.h"
#include "ui/mainwindow.h"
#include "ui/navigator.h"
#include "ui/shell/listpage.h"
#include "ui/statistics/statisticsdashboard.h"
#include "ui/timeline/timelineview.h"

using namespace Qt::StringLiterals;

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::Features)
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

QString chartTitle(const QString& seedKind, const QStringList& seedIds) {
    Q_UNUSED(seedIds)
    if (seedKind == u"case"_s) {
        return Tr::tr("Case chart");
    }
    if (seedKind == u"person"_s) {
        return Tr::tr("Person chart");
    }
    return Tr::tr("Chart");
}

// Import sits in the File menu, watch-list matching in Tools; both only while a session is open.
void addMenuActions(MainWindow& window) {
    auto* importAction = new QAction(Tr::tr("&Import spreadsheet…"), &window);
    importAction->setObjectName(u"importAction"_s);
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    auto* hitsAction = new QAction(Tr::tr("&Watch-list matching"), &window);
    hitsAction->setObjectName(u"watchListAction"_s);
    QObject::connect(importAction, &QAction::triggered, window.navigator(), &Navigator::openImport);
    QObject::connect(hitsAction, &QAction::triggered, window.navigator(), &Navigator::openWatchListHits);
    if (auto* file = window.findChild<QMenu*>(u"fileMenu"_s)) {
        const QList<QAction*> actions = file->actions();
        file->insertAction(actions.size() > 2 ? actions.at(2) : nullptr, importAction);
    }
    if (auto* tools = window.findChild<QMenu*>(u"toolsMenu"_s)) {
        tools->addAction(hitsAction);
    }
    auto update = [importAction, hitsAction](bool locked) {
        importAction->setEnabled(!locked);
        hitsAction->setEnabled(!locked);
    };
    update(window.isLocked());
    QObject::connect(&window, &MainWindow::lockStateChanged, importAction, update);
}

} // namespace

void installFeatures(MainWindow& window) {
    Navigator& navigator = *window.navigator();
    QObject::connect(&navigator, &Navigator::openChart, &window,
                     [&window](const QString& seedKind, const QStringList& seedIds) {
                         if (RepositoryContext* context = window.context()) {
                             auto* chart = new ChartWorkspace(*context, *window.navigator(), seedKind, seedIds);
                             const QString title = chart->title();
                             window.openTab(chart, title.isEmpty() ? chartTitle(seedKind, seedIds) : title);
                         }
                     });
    QObject::connect(&navigator, &Navigator::openCaseTimeline, &window, [&window](const QString& caseId) {
        if (RepositoryContext* context = window.context()) {
            window.openTab(new CaseTimeline(*context, *window.navigator(), caseId), Tr::tr("Case timeline"));
        }
    });
    QObject::connect(&navigator, &Navigator::openPersonTimeline, &window, [&window](const QStringList& personIds) {
        if (RepositoryContext* context = window.context()) {
            window.openTab(new PersonTimeline(*context, *window.navigator(), personIds), Tr::tr("Timeline"));
        }
    });
    QObject::connect(&navigator, &Navigator::openEvidence, &window, [&window](const QString& caseId) {
        if (RepositoryContext* context = window.context()) {
            window.openTab(new CaseEvidencePanel(*context, caseId), Tr::tr("Evidence"));
        }
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
        if (RepositoryContext* context = window.context()) {
            window.openTab(new WatchListHitsView(*context, *window.navigator()), Tr::tr("Watch-list matching"));
        }
    });
    addMenuActions(window);
    window.addSessionHook([](MainWindow& w) {
        RepositoryContext& context = *w.context();
        w.setSectionWidget(u"statistics"_s, new StatisticsDashboard(context, *w.navigator()));
        w.setSectionWidget(u"evidence"_s, evidenceSection(context, *w.navigator()));
    });
}

} // namespace caselink
