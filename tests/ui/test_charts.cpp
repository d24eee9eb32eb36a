// The chart workspace on a real encrypted database and real widgets (offscreen): opened from a case, laid out in
// the worker, a node expanded, a node opened through the Navigator, find, pin and undo, saved and reopened, exported
// to SVG (with the node labels in it), PNG and PDF; screenshots in English and Urdu for people to look at.
#include <QDir>
#include <QFile>
#include <QGraphicsView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "analysis/graph.h"
#include "repo/personrepository.h"
#include "repo/repositorycontext.h"
#include "storage/database.h"
#include "testdatabase.h"
#include "ui/charts/chartscene.h"
#include "ui/charts/chartworkspace.h"
#include "ui/language.h"
#include "ui/navigator.h"

using namespace caselink;
using namespace Qt::StringLiterals;

namespace {

struct Network {
    test::TestDatabase db;
    std::unique_ptr<Session> session = db.unlock();
    std::unique_ptr<RepositoryContext> context = std::move(*RepositoryContext::create(*session));
    QString kingpin, agent, subAgent, victim, caseId;

    QString person(const QString& latin, const QString& urdu) {
        Person p;
        p.nameLatin = latin;
        p.nameUrdu = urdu;
        auto saved = PersonRepository(*context).create(p);
        return saved ? saved->id : QString();
    }
    void exec(const QString& sql) { QVERIFY2(session->database().exec(sql), qPrintable(sql)); }

    Network() {
        kingpin = person(u"Tariq Mehmood"_s, u"طارق محمود"_s);
        agent = person(u"Bilal Hussain"_s, u"بلال حسین"_s);
        subAgent = person(u"Naveed Akhtar"_s, u"نوید اختر"_s);
        victim = person(u"Usman Ali"_s, u"عثمان علی"_s);
        caseId = newUuid();
        exec(u"INSERT INTO cases (id, office_id, fir_serial, fir_year, fir_station, title, created_at, updated_at) "
             "SELECT '%1', id, 112, 2023, 'FIA AHTC Gujranwala', 'Greece route network', 'x', 'x' FROM org_units "
             "WHERE code = 'GRW-AHTC'"_s.arg(caseId));
        exec(u"INSERT INTO case_persons (id, case_id, person_id, role) VALUES ('%1', '%2', '%3', 'KINGPIN')"_s.arg(
            newUuid(), caseId, kingpin));
        link(agent, kingpin, u"SUB_AGENT_OF"_s, u"2021-01-01"_s);
        link(subAgent, agent, u"SUB_AGENT_OF"_s, u"2022-06-01"_s);
        link(subAgent, victim, u"RECRUITED"_s, u"2023-02-01"_s);
        exec(u"INSERT INTO payments (id, case_id, payer_person_id, payee_person_id, amount_minor, currency, paid_on) "
             "VALUES ('%1', '%2', '%3', '%4', 250000000, 'PKR', '2023-03-14')"_s.arg(newUuid(), caseId, victim,
                                                                                     subAgent));
        exec(
            u"INSERT INTO payments (id, case_id, payer_person_id, payee_person_id, amount_minor, currency, paid_on) "
            "VALUES ('%1', '%2', '%3', '%4', 90000000, 'PKR', '2023-03-20')"_s.arg(newUuid(), caseId, subAgent, agent));
    }
    void link(const QString& from, const QString& to, const QString& type, const QString& since) {
        exec(u"INSERT INTO links (id, from_kind, from_id, to_kind, to_id, link_type, valid_from) VALUES ('%1', "
             "'PERSON', '%2', 'PERSON', '%3', '%4', '%5')"_s.arg(newUuid(), from, to, type, since));
    }
};

int indexOf(ChartWorkspace& w, const QString& personId) {
    return w.scene()->data().indexOf(u"person:"_s + personId);
}

// Extraction, measures and layout all run as background jobs; the chart is ready when they are done.
bool waitForLayout(ChartWorkspace& w) {
    if (!w.isBusy()) {
        return true;
    }
    QSignalSpy done(&w, &ChartWorkspace::ready);
    return done.wait(20000);
}

} // namespace

class TestCharts : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(QStringLiteral(CASELINK_SCREENSHOT_DIR)));
    }

    void openExpandExport() {
        Network net;
        Navigator navigator;
        ChartWorkspace w(*net.context, navigator, u"case"_s, {net.caseId});
        w.resize(1200, 760);
        w.show();
        QVERIFY(waitForLayout(w));
        // Two hops from the case: the kingpin and his agent; the sub-agent is three hops away.
        QVERIFY(indexOf(w, net.kingpin) >= 0);
        QVERIFY(indexOf(w, net.agent) >= 0);
        QCOMPARE(indexOf(w, net.subAgent), -1);
        for (const ChartNode& n : w.scene()->data().nodes) {
            QVERIFY(n.placed);
        }
        QVERIFY(w.undoStack()->count() >= 1); // the layout is an undoable step

        auto added = w.expandNode(indexOf(w, net.agent));
        QVERIFY(added);
        QVERIFY(*added >= 1);
        QVERIFY(waitForLayout(w));
        QVERIFY(indexOf(w, net.subAgent) >= 0);

        QVERIFY(w.find(u"naveed"_s));
        QCOMPARE(w.scene()->selectedNodes(), QList<int>{indexOf(w, net.subAgent)});

        QSignalSpy opened(&navigator, &Navigator::openPerson);
        w.scene()->selectNodes({indexOf(w, net.kingpin)});
        auto* open = w.findChild<QPushButton*>(u"openRecordButton"_s);
        QVERIFY(open && open->isEnabled());
        open->click();
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(0).toString(), net.kingpin);

        const QString svg = m_dir.filePath(u"chart.svg"_s);
        QVERIFY(w.exportTo(svg));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        w.view()->fitInView(w.scene()->itemsBoundingRect(), Qt::KeepAspectRatio);
        for (const QString& label : {u"Tariq Mehmood"_s, u"Bilal Hussain"_s, u"Naveed Akhtar"_s}) {
            QVERIFY2(text.contains(label), qPrintable(label));
        }
        QVERIFY(w.exportTo(m_dir.filePath(u"chart.png"_s)));
        QVERIFY(w.exportTo(m_dir.filePath(u"chart.pdf"_s)));
        QVERIFY(QFileInfo(m_dir.filePath(u"chart.pdf"_s)).size() > 1000);
        QVERIFY(!w.exportTo(m_dir.filePath(u"chart.doc"_s)));
        const qint64 audited = net.session->database()
                                   .scalar(u"SELECT count(*) FROM audit_log WHERE action = 'chart.export'"_s)
                                   ->toLongLong();
        QCOMPARE(audited, 3);
    }

    void pinUndoSaveReopen() {
        Network net;
        Navigator navigator;
        ChartWorkspace w(*net.context, navigator, u"person"_s, {net.agent});
        w.show();
        QVERIFY(waitForLayout(w));
        const int k = indexOf(w, net.kingpin);
        QVERIFY(k >= 0);
        w.setPinned({k}, true);
        QVERIFY(w.scene()->data().nodes[std::size_t(k)].pinned);
        const QPointF pinnedAt = w.scene()->data().nodes[std::size_t(k)].pos;
        w.runLayout(LayoutKind::ForceDirected);
        QVERIFY(waitForLayout(w));
        QCOMPARE(w.scene()->data().nodes[std::size_t(k)].pos, pinnedAt);
        w.undoStack()->undo(); // the second layout
        w.undoStack()->undo(); // the pin
        QVERIFY(!w.scene()->data().nodes[std::size_t(k)].pinned);
        w.undoStack()->redo();
        QVERIFY(w.scene()->data().nodes[std::size_t(k)].pinned);

        auto id = w.saveAs(u"Hussain network"_s);
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));
        ChartWorkspace again(*net.context, navigator, u"person"_s, {net.victim});
        QVERIFY(waitForLayout(again));
        QVERIFY(again.openSaved(*id));
        QVERIFY(!again.isLayoutRunning()); // every node has its saved place
        QCOMPARE(again.scene()->data().nodes.size(), w.scene()->data().nodes.size());
        const int k2 = indexOf(again, net.kingpin);
        QCOMPARE(again.scene()->data().nodes[std::size_t(k2)].pos, pinnedAt);
        QVERIFY(again.scene()->data().nodes[std::size_t(k2)].pinned);
        QCOMPARE(again.title(), u"Chart: Hussain network"_s);
    }

    void screenshots_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("ur") << u"ur"_s;
    }
    void screenshots() {
        QFETCH(QString, language);
        QVERIFY(applyLanguage(language));
        Network net;
        Navigator navigator;
        ChartWorkspace w(*net.context, navigator, u"person"_s, {net.agent});
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(waitForLayout(w));
        (void)w.expandNode(indexOf(w, net.subAgent));
        QVERIFY(waitForLayout(w));
        w.scene()->selectNodes({indexOf(w, net.subAgent)});
        QTest::qWait(50);
        const QString path = QDir(QStringLiteral(CASELINK_SCREENSHOT_DIR)).filePath(u"chart-%1.png"_s.arg(language));
        QVERIFY(w.grab().save(path));
        applyLanguage(u"en"_s);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestCharts)
#include "test_charts.moc"
