// The parts built beside the shell, reached the way an investigator reaches them in the real main window: the
// Statistics and Evidence sections, a chart and a timeline opened from a case, the evidence store of a case, and
// nothing of them left on screen after the window locks.
#include <QAction>
#include <QBuffer>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "evidence/evidencestore.h"
#include "models/pagedtablemodel.h"
#include "shellfixture.h"
#include "ui/charts/chartscene.h"
#include "ui/charts/chartworkspace.h"
#include "ui/evidence/evidencepanel.h"
#include "ui/evidence/exportcasedialog.h"
#include "ui/importer/importwizard.h"
#include "ui/importer/watchlisthitsview.h"
#include "ui/integration/applicationwiring.h"
#include "ui/language.h"
#include "ui/navigator.h"
#include "ui/settings.h"
#include "ui/shell/listpage.h"
#include "ui/shell/workspacetabs.h"
#include "ui/statistics/statisticsdashboard.h"
#include "ui/timeline/timelineview.h"

using namespace caselink;
using namespace Qt::StringLiterals;

class TestIntegration : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QVERIFY(m_settingsDir.isValid());
        applyLanguage(u"en"_s);
        Settings::setFilePath(m_settingsDir.filePath(u"settings.ini"_s));
        m_db = std::make_unique<test::TestDatabase>();
        QVERIFY(m_db->isValid());
        test::Writer w(*m_db, test::kAdmin);
        QVERIFY(w.isValid());
        m_caseId = w.caseFile(u"C-77/2025"_s, QDate(2025, 3, 9), u"Quetta-Taftan crossing network"_s);
        m_agentId = w.person(u"Naveed Akhtar"_s, u"نوید اختر"_s);
        QVERIFY(!m_caseId.isEmpty() && !m_agentId.isEmpty());
        QVERIFY(w.accused(m_caseId, m_agentId));
        QVERIFY(!w.arrestWithRemand(m_caseId, m_agentId, 6, 2).isEmpty());
        QBuffer file;
        file.setData("statement recorded at the circle office");
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto added = EvidenceStore(*w.context).addFromDevice(m_caseId, file, u"statement.txt"_s);
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
    }

    void init() {
        m_window = std::make_unique<MainWindow>();
        wireApplication(*m_window);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(test::unlockWindow(*m_window, *m_db, test::kAdmin));
    }

    void cleanup() { m_window.reset(); }

    void statisticsSectionIsTheDashboard() {
        QVERIFY(m_window->showSection(u"statistics"_s));
        auto* dashboard = qobject_cast<StatisticsDashboard*>(m_window->sectionWidget(u"statistics"_s));
        QVERIFY(dashboard);
        QTRY_VERIFY(!dashboard->tables().empty());
    }

    void evidenceSectionListsEvidenceAndOpensTheCaseStore() {
        QVERIFY(m_window->showSection(u"evidence"_s));
        auto* page = qobject_cast<ListPage*>(m_window->sectionWidget(u"evidence"_s));
        QVERIFY(page);
        QTRY_COMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->model()->index(0, 1).data().toString(), u"statement.txt"_s);
        page->view()->setCurrentIndex(page->model()->index(0, 1));
        const int tabsBefore = m_window->tabs()->count();
        QTest::keyClick(page->view(), Qt::Key_Return);
        QTRY_COMPARE(m_window->tabs()->count(), tabsBefore + 1);
        auto* panel = qobject_cast<CaseEvidencePanel*>(m_window->tabs()->currentWidget());
        QVERIFY(panel);
        QTRY_COMPARE(panel->table()->rowCount(), 1);
    }

    void chartOpensFromACaseWithItsAccused() {
        emit m_window->navigator()->openChart(u"case"_s, {m_caseId});
        auto* chart = qobject_cast<ChartWorkspace*>(m_window->tabs()->currentWidget());
        QVERIFY(chart);
        QTRY_VERIFY(chart->scene()->data().indexOf(u"person:"_s + m_agentId) >= 0);
    }

    void timelineOpensFromACase() {
        emit m_window->navigator()->openCaseTimeline(m_caseId);
        auto* timeline = qobject_cast<CaseTimeline*>(m_window->tabs()->currentWidget());
        QVERIFY(timeline);
        QTRY_VERIFY(!timeline->canvas()->data().lanes.empty());
    }

    void evidenceAndTimelineTabsOpenOnce() {
        const int before = m_window->tabs()->count();
        emit m_window->navigator()->openEvidence(m_caseId);
        emit m_window->navigator()->openCaseTimeline(m_caseId);
        QCOMPARE(m_window->tabs()->count(), before + 2);
        emit m_window->navigator()->openEvidence(m_caseId);
        QCOMPARE(m_window->tabs()->count(), before + 2);
        QVERIFY(qobject_cast<CaseEvidencePanel*>(m_window->tabs()->currentWidget()));
        emit m_window->navigator()->openCaseTimeline(m_caseId);
        QCOMPARE(m_window->tabs()->count(), before + 2);
        QVERIFY(qobject_cast<CaseTimeline*>(m_window->tabs()->currentWidget()));
    }

    void importAndWatchListAreInTheMenus() {
        auto* importAction = m_window->findChild<QAction*>(u"importAction"_s);
        auto* hitsAction = m_window->findChild<QAction*>(u"watchListAction"_s);
        QVERIFY(importAction && hitsAction);
        QVERIFY(importAction->isEnabled());
        hitsAction->trigger();
        QVERIFY(qobject_cast<WatchListHitsView*>(m_window->tabs()->currentWidget()));
        importAction->trigger();
        QTRY_VERIFY(m_window->findChild<ImportWizard*>() && m_window->findChild<ImportWizard*>()->isVisible());
        m_window->lock();
        QTRY_VERIFY(!m_window->findChild<ImportWizard*>());
        QVERIFY(!importAction->isEnabled());
    }

    // The wired-in actions sit where users learnt them: registering a case, person or organisation first in the File
    // menu, spreadsheet and bundle import after Open, watch-list matching after the duplicate search in Tools; a
    // separator is shown as "|".
    void menusKeepTheirOrder() {
        QCOMPARE(menuTexts(u"fileMenu"_s),
                 (QStringList{u"New &case…"_s, u"New &person…"_s, u"New &organisation…"_s, u"|"_s, u"&New database…"_s,
                              u"&Open database…"_s, u"&Import spreadsheet…"_s, u"Import case &bundle…"_s, u"|"_s,
                              u"&Lock"_s, u"|"_s, u"&Quit"_s}));
        QCOMPARE(menuTexts(u"editMenu"_s), (QStringList{u"&Undo"_s, u"&Redo"_s, u"|"_s, u"&Search…"_s}));
        QCOMPARE(menuTexts(u"toolsMenu"_s), (QStringList{u"Find &duplicate persons…"_s, u"&Watch-list matching"_s}));
    }

    void exportOpensFromTheCaseOverview() {
        emit m_window->navigator()->openCase(m_caseId);
        auto* button = m_window->tabs()->currentWidget()->findChild<QPushButton*>(u"exportCaseButton"_s);
        QVERIFY(button);
        button->click();
        QTRY_VERIFY(m_window->findChild<ExportCaseDialog*>() && m_window->findChild<ExportCaseDialog*>()->isVisible());
    }

    void lockingRemovesEveryFeaturePage() {
        emit m_window->navigator()->openChart(u"case"_s, {m_caseId});
        emit m_window->navigator()->openEvidence(m_caseId);
        QVERIFY(m_window->findChild<ChartWorkspace*>());
        m_window->lock();
        QTRY_VERIFY(!m_window->findChild<ChartWorkspace*>());
        QVERIFY(!m_window->findChild<CaseEvidencePanel*>());
        QVERIFY(!m_window->findChild<StatisticsDashboard*>());
    }

private:
    QStringList menuTexts(const QString& menuName) const {
        QStringList texts;
        if (auto* menu = m_window->findChild<QMenu*>(menuName)) {
            for (const QAction* action : menu->actions()) {
                texts << (action->isSeparator() ? u"|"_s : action->text());
            }
        }
        return texts;
    }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;
    QString m_caseId;
    QString m_agentId;
};

QTEST_MAIN(TestIntegration)
#include "test_integration.moc"
