// caselink-cli graph end to end on a generated demo database: GraphML, GEXF, FtM and ANX files written through the
// scope and audited, and accepted by the tools analysts load them with (xmllint with the official schemas, networkx,
// igraph, the followthemoney model; ANX read back for its references and positions); two overlapping FtM exports
// agree on their shared ids; --measures prints the top nodes, each measure's heading on its own line over an aligned
// table; bad options are usage errors; victims stay redacted for an account without the victims grant.
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include "crypto/securebytes.h"
#include "interchangecheck.h"
#include "processrun.h"
#include "security/session.h"
#include "storage/database.h"
#include "tablechecks.h"
#include "testdatabase.h"

namespace caselink {
namespace {

const QString kDemoPassword = QStringLiteral("demo-password-2025");

using Run = test::ProcessResult;

Run cli(const QStringList& arguments) {
    return test::runCli(QStringLiteral(CASELINK_CLI_PATH), arguments, kDemoPassword, {}, 300000);
}

// "44 nodes and 117 edges written to ..." -> "44 117"
QString counts(const Run& run) {
    const QStringList words = run.err.simplified().split(QLatin1Char(' '));
    const qsizetype at = words.indexOf(QStringLiteral("nodes"));
    return at > 0 && at + 3 < words.size() ? words[at - 1] + QLatin1Char(' ') + words[at + 2] : QString();
}

} // namespace

class TestCliGraph : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("demo.caselink"));
        const Run demo = cli({QStringLiteral("demo"), QStringLiteral("--db"), m_db, QStringLiteral("--kdf-memory"),
                              QStringLiteral("8192"), QStringLiteral("--kdf-time"), QStringLiteral("1"),
                              QStringLiteral("--kdf-parallelism"), QStringLiteral("1")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        // The best-linked accused person of demo.io's office, and a victim linked to an accused.
        auto session = Session::unlock(m_db, QStringLiteral("demo.admin"), test::secret(kDemoPassword));
        QVERIFY(session);
        auto stmt = (*session)->database().prepare(QStringLiteral(
            "SELECT cp.person_id FROM case_persons cp JOIN cases c ON c.id = cp.case_id JOIN org_units o ON "
            "o.id = c.office_id JOIN links l ON l.from_id = cp.person_id OR l.to_id = cp.person_id WHERE o.code = "
            "'GRW-AHTC' AND cp.role IN ('KINGPIN', 'AGENT') GROUP BY cp.person_id ORDER BY count(*) DESC, "
            "cp.person_id LIMIT 1"));
        QVERIFY(stmt && *stmt->step());
        m_seed = stmt->columnText(0);
        QVERIFY(!m_seed.isEmpty());
    }

    void exportsEveryFormat() {
        for (const QString& format :
             {QStringLiteral("graphml"), QStringLiteral("gexf"), QStringLiteral("ftm"), QStringLiteral("anx")}) {
            const QString out = m_dir.filePath(QStringLiteral("net.") + format);
            const Run run =
                cli({QStringLiteral("graph"), QStringLiteral("--db"), m_db, QStringLiteral("--user"),
                     QStringLiteral("demo.io"), QStringLiteral("--seed"), m_seed, QStringLiteral("--depth"),
                     QStringLiteral("2"), QStringLiteral("--format"), format, QStringLiteral("--out"), out});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            QVERIFY(run.err.contains(QStringLiteral("written to")));
            QFile file(out);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY(bytes.size() > 200);
            if (format == QLatin1String("ftm")) {
                for (const QByteArray& line : bytes.trimmed().split('\n')) {
                    QJsonParseError error;
                    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
                    QVERIFY2(error.error == QJsonParseError::NoError && doc.isObject(), line.constData());
                    QVERIFY(doc.object().contains(QLatin1String("schema")));
                }
            } else {
                QXmlStreamReader xml(bytes);
                int elements = 0;
                while (!xml.atEnd()) {
                    elements += xml.readNext() == QXmlStreamReader::StartElement ? 1 : 0;
                }
                QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
                QVERIFY(elements > 5);
            }
            QVERIFY(bytes.contains(m_seed.toUtf8()));
            checkWithTools(format, out, counts(run));
            if (QTest::currentTestFailed()) {
                return;
            }
        }
        // Every export left an audit entry.
        auto session = Session::unlock(m_db, QStringLiteral("demo.admin"), test::secret(kDemoPassword));
        QVERIFY(session);
        const qint64 exports = (*session)
                                   ->database()
                                   .scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                                          "'chart.export'"))
                                   ->toLongLong();
        QVERIFY(exports >= 4);
    }

    // Two exports of overlapping networks (depth 1 and 2 around the same person) loaded into one collection: the
    // followthemoney model accepts both, and every id they share names the same kind of entity.
    void overlappingFtmExportsMerge() {
        if (const QString why = test::ftmUnavailable(); !why.isEmpty()) {
            QSKIP(qPrintable(why));
        }
        QStringList files;
        for (const QString& depth : {QStringLiteral("1"), QStringLiteral("2")}) {
            files.append(m_dir.filePath(QStringLiteral("depth%1.ftm").arg(depth)));
            const Run run =
                cli({QStringLiteral("graph"), QStringLiteral("--db"), m_db, QStringLiteral("--user"),
                     QStringLiteral("demo.io"), QStringLiteral("--seed"), m_seed, QStringLiteral("--depth"), depth,
                     QStringLiteral("--format"), QStringLiteral("ftm"), QStringLiteral("--out"), files.last()});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        }
        const test::ProcessResult checked = test::ftmCheck(files);
        QVERIFY2(checked.exitCode == 0, qPrintable(checked.out + checked.err));
        QFile one(files[0]);
        QFile two(files[1]);
        QVERIFY(one.open(QIODevice::ReadOnly) && two.open(QIODevice::ReadOnly));
        QSet<QString> first;
        for (const QByteArray& line : one.readAll().trimmed().split('\n')) {
            first.insert(QJsonDocument::fromJson(line).object().value(QLatin1String("id")).toString());
        }
        int shared = 0;
        for (const QByteArray& line : two.readAll().trimmed().split('\n')) {
            shared += first.contains(QJsonDocument::fromJson(line).object().value(QLatin1String("id")).toString());
        }
        // Everything within one hop is in both files under the same id: the persons and their relations.
        QVERIFY2(shared >= first.size() / 2, qPrintable(QStringLiteral("%1 of %2").arg(shared).arg(first.size())));
    }

    void measuresPrintTopNodes() {
        const Run run = cli({QStringLiteral("graph"), QStringLiteral("--db"), m_db, QStringLiteral("--user"),
                             QStringLiteral("demo.io"), QStringLiteral("--seed"), m_seed, QStringLiteral("--measures"),
                             QStringLiteral("--top"), QStringLiteral("3")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        for (const QString& heading :
             {QStringLiteral("Degree"), QStringLiteral("Betweenness"), QStringLiteral("Closeness"),
              QStringLiteral("Eigenvector centrality"), QStringLiteral("k-core")}) {
            QVERIFY2(run.out.contains(heading), qPrintable(run.out));
        }
        QVERIFY(run.out.contains(QStringLiteral("communities")));
        // Each heading on a line of its own, then the table with its headings over its columns.
        const QStringList lines = run.out.split(QLatin1Char('\n'));
        QVERIFY2(lines.value(0).endsWith(QLatin1Char(')')), qPrintable(run.out)); // "... (modularity 0.470)"
        int tables = 0;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (!lines[i].startsWith(QStringLiteral("RANK"))) {
                continue;
            }
            ++tables;
            QVERIFY2(i >= 2 && lines[i - 2].isEmpty() && !lines[i - 1].isEmpty(), qPrintable(run.out));
            QCOMPARE(test::tableCells(lines[i]).size(), 5);
            QStringList rows;
            for (qsizetype r = i + 1; r < lines.size() && !lines[r].isEmpty(); ++r) {
                rows << lines[r];
            }
            QCOMPARE(rows.size(), 3);
            const QString problem = test::misalignment(lines[i], rows);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        QCOMPARE(tables, 5);
        const QStringList headings{lines.value(2), lines.value(8)};
        QCOMPARE(headings, (QStringList{QStringLiteral("Degree"), QStringLiteral("Betweenness")}));
    }

    void usageErrors() {
        const QStringList base{QStringLiteral("graph"),   QStringLiteral("--db"),   m_db,  QStringLiteral("--user"),
                               QStringLiteral("demo.io"), QStringLiteral("--seed"), m_seed};
        for (const QStringList& extra :
             {QStringList{QStringLiteral("--format"), QStringLiteral("dot"), QStringLiteral("--out"),
                          QStringLiteral("x")},
              QStringList{QStringLiteral("--format"), QStringLiteral("gexf")},
              QStringList{QStringLiteral("--measures"), QStringLiteral("--types"), QStringLiteral("BRIBED")},
              QStringList{QStringLiteral("--measures"), QStringLiteral("--depth"), QStringLiteral("9")},
              QStringList{}}) {
            const Run run = cli(base + extra);
            QVERIFY2(run.exitCode != 0, qPrintable(extra.join(QLatin1Char(' '))));
            QVERIFY(!run.err.isEmpty());
        }
        const Run unknown = cli({QStringLiteral("graph"), QStringLiteral("--db"), m_db, QStringLiteral("--user"),
                                 QStringLiteral("demo.io"), QStringLiteral("--seed"), QStringLiteral("no-such-id"),
                                 QStringLiteral("--measures")});
        QVERIFY(unknown.exitCode != 0);
        QVERIFY(unknown.err.contains(QStringLiteral("not in your scope")));
    }

private:
    void checkWithTools(const QString& format, const QString& file, const QString& expected) {
        if (format == QLatin1String("graphml")) {
            const test::ProcessResult schema = test::xmllintSchema(QStringLiteral("graphml/graphml.xsd"), file);
            QVERIFY2(schema.exitCode == 0, qPrintable(schema.err));
            for (const test::ProcessResult& loaded : {test::networkxGraphMl(file), test::igraphGraphMl(file)}) {
                QVERIFY2(loaded.exitCode == 0, qPrintable(loaded.err));
                QCOMPARE(loaded.out.trimmed(), expected + QStringLiteral(" True"));
            }
        } else if (format == QLatin1String("gexf")) {
            const test::ProcessResult schema = test::xmllintSchema(QStringLiteral("gexf-1.3/gexf.xsd"), file);
            QVERIFY2(schema.exitCode == 0, qPrintable(schema.err));
        } else if (format == QLatin1String("ftm")) {
            if (const QString why = test::ftmUnavailable(); !why.isEmpty()) {
                qWarning("%s", qPrintable(why));
                return;
            }
            const test::ProcessResult checked = test::ftmCheck({file});
            QVERIFY2(checked.exitCode == 0, qPrintable(checked.out + checked.err));
        } else {
            checkAnx(file, expected);
        }
    }

    // The chart the CLI extracted was never laid out on screen: every entity must still have its own place, and
    // every link must refer to the chart items of its ends.
    void checkAnx(const QString& file, const QString& expected) {
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&in);
        QSet<QString> items;
        QSet<QString> ends;
        QSet<QString> positions;
        int links = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement) {
                continue;
            }
            const auto a = xml.attributes();
            if (xml.name() == QLatin1String("ChartItem")) {
                const QString id = a.value(QLatin1String("Id")).toString();
                QVERIFY(!id.isEmpty() && !items.contains(id));
                items.insert(id);
            } else if (xml.name() == QLatin1String("End")) {
                QVERIFY(a.value(QLatin1String("X")).toInt() > 0 && a.value(QLatin1String("Y")).toInt() > 0);
                positions.insert(a.value(QLatin1String("X")) + QLatin1Char(',') + a.value(QLatin1String("Y")));
            } else if (xml.name() == QLatin1String("Link")) {
                ++links;
                ends.insert(a.value(QLatin1String("End1Reference")).toString());
                ends.insert(a.value(QLatin1String("End2Reference")).toString());
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(QStringLiteral("%1 %2").arg(positions.size()).arg(links), expected);
        for (const QString& end : ends) {
            QVERIFY2(items.contains(end), qPrintable(end));
        }
    }

    QTemporaryDir m_dir;
    QString m_db;
    QString m_seed;
};

} // namespace caselink

QTEST_GUILESS_MAIN(caselink::TestCliGraph)
#include "test_cli_graph.moc"
