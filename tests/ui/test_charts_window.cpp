// A relationship chart as an investigator meets it in the real main window: opened from the case overview's Chart
// button, repeated payments between two persons drawn as one link with their count and total (double-click shows each
// and bundles them again), a legend naming the types on the chart, the Hierarchy layout putting every recruiter above
// the person recruited, and Export… writing an SVG and a PDF that carry the title, the marking, the date and the
// scope; the case timeline from the overview's Timeline button with payments, travel and the documents used, and a
// legend of its icons; screenshots of the chart, its exported picture and the timeline in English and Urdu.
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QGraphicsView>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>

#include "domain/localtime.h"
#include "render/timelinesymbols.h"
#include "shellfixture.h"
#include "ui/charts/chartlegendwidget.h"
#include "ui/charts/chartscene.h"
#include "ui/charts/chartworkspace.h"
#include "ui/integration/applicationwiring.h"
#include "ui/language.h"
#include "ui/navigator.h"
#include "ui/settings.h"
#include "ui/shell/workspacetabs.h"
#include "ui/timeline/timelineview.h"

using namespace caselink;
using namespace Qt::StringLiterals;

namespace {

// The visible drawn links joining persons a and b.
QList<ChartEdgeItem*> linksBetween(ChartScene& scene, int a, int b) {
    QList<ChartEdgeItem*> out;
    for (std::size_t i = 0; i < scene.bundles().size(); ++i) {
        const EdgeBundle& bundle = scene.bundles()[i];
        ChartEdgeItem* item = scene.linkItem(int(i));
        if (item->isVisible() && std::minmax(bundle.source, bundle.target) == std::minmax(a, b)) {
            out << item;
        }
    }
    return out;
}

// Answers the next file dialog with path, as a user typing the name and pressing Return.
void answerFileDialog(const QString& path, int tries = 100) {
    QTimer::singleShot(50, [path, tries] {
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        auto* name = dialog ? dialog->findChild<QLineEdit*>(u"fileNameEdit"_s) : nullptr;
        if (name) {
            name->setText(path);
            QTest::keyClick(name, Qt::Key_Return);
        } else if (tries > 0) {
            answerFileDialog(path, tries - 1);
        }
    });
}

} // namespace

class TestChartsWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(QStringLiteral(CASELINK_SCREENSHOT_DIR)));
        Settings::setFilePath(m_dir.filePath(u"settings.ini"_s));
        m_db = std::make_unique<test::TestDatabase>();
        QVERIFY(m_db->isValid());
        test::Writer w(*m_db, test::kAdmin);
        QVERIFY(w.isValid());
        m_caseId = w.caseFile(u"C-188/2023"_s, QDate(2023, 4, 2), u"Gujranwala-Greece network"_s);
        m_kingpin = w.person(u"Tariq Mehmood"_s, u"طارق محمود"_s);
        m_agent = w.person(u"Bilal Hussain"_s, u"بلال حسین"_s);
        m_subAgent = w.person(u"Naveed Akhtar"_s, u"نوید اختر"_s);
        m_subAgent2 = w.person(u"Shahid Iqbal"_s, u"شاہد اقبال"_s);
        m_victim = w.person(u"Usman Ali"_s, u"عثمان علی"_s);
        m_victim2 = w.person(u"Kamran Riaz"_s, u"کامران ریاض"_s);
        auto exec = [&](const QString& sql) {
            QVERIFY2(w.session->database().exec(sql), qPrintable(sql));
        };
        const std::pair<QString, QString> roles[] = {
            {m_kingpin, u"KINGPIN"_s},         {m_agent, u"AGENT"_s},
            {m_subAgent, u"SUB_AGENT"_s},      {m_subAgent2, u"SUB_AGENT"_s},
            {m_victim, u"SMUGGLED_MIGRANT"_s}, {m_victim2, u"SMUGGLED_MIGRANT"_s}};
        for (const auto& [person, role] : roles) {
            exec(u"INSERT INTO case_persons (id, case_id, person_id, role) VALUES ('%1', '%2', '%3', '%4')"_s.arg(
                newUuid(), m_caseId, person, role));
        }
        auto link = [&](const QString& from, const QString& to, const QString& type) {
            exec(u"INSERT INTO links (id, from_kind, from_id, to_kind, to_id, link_type, valid_from) VALUES ('%1', "
                 "'PERSON', '%2', 'PERSON', '%3', '%4', '2022-01-01')"_s.arg(newUuid(), from, to, type));
        };
        // Two branches under one agent, each down to a recruited migrant.
        link(m_agent, m_kingpin, u"SUB_AGENT_OF"_s);
        link(m_subAgent, m_agent, u"SUB_AGENT_OF"_s);
        link(m_subAgent2, m_agent, u"SUB_AGENT_OF"_s);
        link(m_subAgent, m_victim, u"RECRUITED"_s);
        link(m_subAgent2, m_victim2, u"RECRUITED"_s);
        // Three instalments: 5 + 4 + 3.3 lakh = 12.3 lakh.
        const std::pair<qint64, QString> instalments[] = {
            {50000000, u"2023-03-01"_s}, {40000000, u"2023-03-20"_s}, {33000000, u"2023-04-10"_s}};
        for (const auto& [paisa, on] : instalments) {
            exec(u"INSERT INTO payments (id, case_id, payer_person_id, payee_person_id, amount_minor, currency, "
                 "paid_on) VALUES ('%1', '%2', '%3', '%4', %5, 'PKR', '%6')"_s
                     .arg(newUuid(), m_caseId, m_victim, m_subAgent)
                     .arg(paisa)
                     .arg(on));
        }
        // The migrant's journey on a forged passport.
        const QString passport = newUuid();
        exec(u"INSERT INTO documents (id, case_id, person_id, doc_type, number, authenticity) VALUES ('%1', '%2', "
             "'%3', 'PASSPORT', 'AB1234567', 'FORGED')"_s.arg(passport, m_caseId, m_victim));
        exec(u"INSERT INTO route_legs (id, case_id, person_id, seq, from_country, from_place, to_country, to_place, "
             "mode, border_point, leg_date, document_id) VALUES ('%1', '%2', '%3', 1, 'PK', 'Quetta', 'IR', 'Zahedan', "
             "'LAND', 'Taftan', '2023-04-20', '%4')"_s.arg(newUuid(), m_caseId, m_victim, passport));
    }

    void init() {
        QVERIFY(applyLanguage(u"en"_s));
        m_window = std::make_unique<MainWindow>();
        wireApplication(*m_window);
        m_window->resize(1400, 860);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(test::unlockWindow(*m_window, *m_db, test::kAdmin));
    }

    void cleanup() { m_window.reset(); }

    void paymentsAreOneLinkWithCountAndTotal() {
        ChartWorkspace* chart = openChart();
        QVERIFY(chart);
        ChartScene& scene = *chart->scene();
        const int victim = node(*chart, m_victim);
        const int sub = node(*chart, m_subAgent);
        QVERIFY(victim >= 0 && sub >= 0);
        QList<ChartEdgeItem*> links = linksBetween(scene, victim, sub);
        QCOMPARE(links.size(), 1);
        const QString label = scene.linkLabel(links.front()->index());
        QVERIFY2(label.contains(u"3 payments"_s), qPrintable(label));
        QVERIFY2(label.contains(u"PKR 12.3 lakh"_s), qPrintable(label));
        // Every pair of nodes has at most one drawn link.
        QSet<QPair<int, int>> pairs;
        for (std::size_t i = 0; i < scene.bundles().size(); ++i) {
            if (scene.linkItem(int(i))->isVisible()) {
                const auto [a, b] = std::minmax(scene.bundles()[i].source, scene.bundles()[i].target);
                QVERIFY(!pairs.contains({a, b}));
                pairs.insert({a, b});
            }
        }

        // A double-click on the link shows each payment; another on one of them bundles them again.
        doubleClick(*chart, links.front());
        QTRY_COMPARE(linksBetween(scene, victim, sub).size(), 4); // the recruitment and three payments
        for (ChartEdgeItem* item : linksBetween(scene, victim, sub)) {
            QVERIFY(!scene.linkLabel(item->index()).contains(u"payments"_s));
        }
        doubleClick(*chart, linksBetween(scene, victim, sub).front());
        QTRY_COMPARE(linksBetween(scene, victim, sub).size(), 1);
    }

    void legendNamesTheTypesShown() {
        ChartWorkspace* chart = openChart();
        QVERIFY(chart);
        auto* legend = chart->findChild<ChartLegendWidget*>(u"chartLegend"_s);
        QVERIFY(legend);
        QVERIFY(legend->isVisible());
        const QStringList entries = legend->entries();
        for (const QString& word :
             {u"Kingpin"_s, u"Agent"_s, u"Sub-agent"_s, u"Case"_s, u"paid"_s, u"recruited"_s, u"sub-agent of"_s}) {
            QVERIFY2(entries.contains(word), qPrintable(entries.join(u'|') + u" lacks "_s + word));
        }
        QVERIFY(!entries.contains(u"Phone"_s)); // no phone on this chart
        auto* toggle = chart->findChild<QAction*>(u"showLegendAction"_s);
        QVERIFY(toggle && toggle->isChecked());
        toggle->trigger();
        QVERIFY(!legend->isVisible());
        toggle->trigger();
        QVERIFY(legend->isVisible());
    }

    void hierarchyFollowsRecruitmentInEveryBranch() {
        ChartWorkspace* chart = openChart();
        QVERIFY(chart);
        auto* box = chart->findChild<QComboBox*>(u"layoutBox"_s);
        QVERIFY(box);
        box->setCurrentIndex(box->findText(u"Hierarchy"_s));
        chart->findChild<QAction*>(u"runLayoutAction"_s)->trigger();
        QVERIFY(waitReady(*chart));
        const ChartData& data = chart->scene()->data();
        int checked = 0;
        for (const ChartEdge& e : data.edges) {
            const double ys = data.nodes[std::size_t(e.source)].pos.y();
            const double yt = data.nodes[std::size_t(e.target)].pos.y();
            if (e.type == EdgeType::Recruited) {
                QVERIFY2(ys < yt, "a recruiter is not above the person recruited");
                ++checked;
            } else if (e.type == EdgeType::SubAgentOf) {
                QVERIFY2(yt < ys, "an agent is not above the sub-agent");
                ++checked;
            }
        }
        QCOMPARE(checked, 5);
        // Both sub-agents on one level, below the agent, below the kingpin.
        const auto y = [&](const QString& id) {
            return data.nodes[std::size_t(node(*chart, id))].pos.y();
        };
        QCOMPARE(y(m_subAgent), y(m_subAgent2));
        QVERIFY(y(m_kingpin) < y(m_agent));
        chart->view()->fitInView(chart->scene()->itemsBoundingRect(), Qt::KeepAspectRatio);
        QTest::qWait(30);
        const QString shot = QDir(QStringLiteral(CASELINK_SCREENSHOT_DIR)).filePath(u"chart-hierarchy-en.png"_s);
        QVERIFY(chart->grab().save(shot));
    }

    void exportsCarryTitleMarkingDateScopeAndLegend_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("ur") << u"ur"_s;
    }
    void exportsCarryTitleMarkingDateScopeAndLegend() {
        QFETCH(QString, language);
        QVERIFY(applyLanguage(language));
        ChartWorkspace* chart = openChart();
        QVERIFY(chart);
        const bool urdu = language == u"ur"_s;
        const QString today = displayDate(officeToday());
        const QString svgPath =
            QDir(QStringLiteral(CASELINK_SCREENSHOT_DIR)).filePath(u"chart-export-%1.svg"_s.arg(language));
        exportThroughAction(*chart, svgPath);
        QFile svg(svgPath);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(svg.readAll());
        const QStringList expected = urdu ? QStringList{u"خفیہ"_s, chart->title()}
                                          : QStringList{u"CONFIDENTIAL"_s, chart->title(), u"Scope: "_s,
                                                        u"Legend"_s,       u"Kingpin"_s,   u"sub-agent of"_s};
        for (const QString& word : expected) {
            QVERIFY2(text.contains(word.toHtmlEscaped()), qPrintable(word));
        }
        // Right-to-left text is written as one <text> element per direction run: the date is read across them.
        QString runs;
        static const QRegularExpression textElement(u"<text[^>]*>([^<]*)</text>"_s);
        for (const QRegularExpressionMatch& m : textElement.globalMatch(text)) {
            runs += m.captured(1).trimmed();
        }
        const QString plainToday = QString(today).remove(QChar(0x200E));
        QVERIFY2(runs.remove(QChar(0x200E)).contains(plainToday), qPrintable(plainToday));

        const QString pdfPath =
            QDir(QStringLiteral(CASELINK_SCREENSHOT_DIR)).filePath(u"chart-export-%1.pdf"_s.arg(language));
        exportThroughAction(*chart, pdfPath);
        QProcess pdftotext;
        pdftotext.start(u"pdftotext"_s, {u"-layout"_s, pdfPath, u"-"_s});
        QVERIFY(pdftotext.waitForFinished(20000));
        const QString pdfText = QString::fromUtf8(pdftotext.readAllStandardOutput());
        if (!urdu) {
            for (const QString& word : {u"CONFIDENTIAL"_s, chart->title(), u"Scope:"_s, u"Legend"_s, today}) {
                QVERIFY2(pdfText.contains(word), qPrintable(word + u" not in:\n"_s + pdfText));
            }
        }
        const QString png =
            QDir(QStringLiteral(CASELINK_SCREENSHOT_DIR)).filePath(u"chart-export-%1.png"_s.arg(language));
        exportThroughAction(*chart, png);
        QVERIFY(QFileInfo(png).size() > 1000);
        const QString shot =
            QDir(QStringLiteral(CASELINK_SCREENSHOT_DIR)).filePath(u"chart-window-%1.png"_s.arg(language));
        QVERIFY(m_window->grab().save(shot));
        qInfo("screenshot: %s", qPrintable(shot));
    }

    void timelineHasPaymentsTravelDocumentsAndALegend_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("ur") << u"ur"_s;
    }
    void timelineHasPaymentsTravelDocumentsAndALegend() {
        QFETCH(QString, language);
        QVERIFY(applyLanguage(language));
        emit m_window->navigator()->openCase(m_caseId);
        auto* button = m_window->tabs()->currentWidget()->findChild<QPushButton*>(u"timelineButton"_s);
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        auto* timeline = qobject_cast<CaseTimeline*>(m_window->tabs()->currentWidget());
        QVERIFY(timeline);
        QTRY_VERIFY(!timeline->canvas()->data().items.empty());
        std::map<QString, int> types;
        for (const TimelineItem& item : timeline->canvas()->data().items) {
            ++types[item.type];
        }
        QCOMPARE(types[QString::fromLatin1(kPaymentEvent)], 3);
        QCOMPARE(types[QString::fromLatin1(kTravelEvent)], 1);
        QCOMPARE(types[QString::fromLatin1(kDocumentEvent)], 1);
        QStringList legend;
        for (EventGroup g : timelineLegend(timeline->canvas()->data(), timeline->canvas()->view())) {
            legend << eventGroupName(g);
        }
        const QStringList expected = language == u"en"_s
                                         ? QStringList{u"Payment"_s, u"Travel"_s, u"Document used"_s}
                                         : QStringList{u"ادائیگی"_s, u"سفر"_s, u"استعمال شدہ دستاویز"_s};
        for (const QString& word : expected) {
            QVERIFY2(legend.contains(word), qPrintable(legend.join(u'|')));
        }
        // The payment's words name the amount in lakh, as officers read it.
        bool lakh = false;
        for (const TimelineItem& item : timeline->canvas()->data().items) {
            lakh = lakh || (item.type == QLatin1String(kPaymentEvent) &&
                            item.title.contains(language == u"en"_s ? u"lakh"_s : u"لاکھ"_s));
        }
        QVERIFY(lakh);
        QTest::qWait(50);
        const QString shot =
            QDir(QStringLiteral(CASELINK_SCREENSHOT_DIR)).filePath(u"timeline-window-%1.png"_s.arg(language));
        QVERIFY(m_window->grab().save(shot));
        qInfo("screenshot: %s", qPrintable(shot));
    }

private:
    ChartWorkspace* openChart() {
        emit m_window->navigator()->openCase(m_caseId);
        auto* button = m_window->tabs()->currentWidget()->findChild<QPushButton*>(u"chartButton"_s);
        if (!button) {
            return nullptr;
        }
        QTest::mouseClick(button, Qt::LeftButton);
        auto* chart = qobject_cast<ChartWorkspace*>(m_window->tabs()->currentWidget());
        if (!chart || !waitReady(*chart)) {
            return nullptr;
        }
        chart->view()->fitInView(chart->scene()->itemsBoundingRect(), Qt::KeepAspectRatio);
        QTest::qWait(30);
        return chart;
    }
    static bool waitReady(ChartWorkspace& chart) {
        return QTest::qWaitFor([&] { return !chart.isBusy(); }, 20000);
    }
    static int node(ChartWorkspace& chart, const QString& personId) {
        return chart.scene()->data().indexOf(u"person:"_s + personId);
    }
    static void doubleClick(ChartWorkspace& chart, ChartEdgeItem* link) {
        const QPoint at = chart.view()->mapFromScene(link->line().pointAt(0.5));
        QTest::mouseDClick(chart.view()->viewport(), Qt::LeftButton, {}, at);
    }
    void exportThroughAction(ChartWorkspace& chart, const QString& path) {
        QFile::remove(path);
        answerFileDialog(path);
        chart.findChild<QAction*>(u"exportChartAction"_s)->trigger();
        QTRY_VERIFY(QFileInfo::exists(path));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;
    QString m_caseId, m_kingpin, m_agent, m_subAgent, m_subAgent2, m_victim, m_victim2;
};

QTEST_MAIN(TestChartsWindow)
#include "test_charts_window.moc"
