// The evidence store on a real encrypted database: chunked intake with the SHA-256 checked against sha256sum of the
// original, re-verification that catches a changed chunk, cancelled intake leaving nothing, custody validation and
// audit, exhibits, scope, temporary decrypted copies that never outlive their owner, and flat memory while streaming.
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QtTest>

#include "evidence/evidencetempfiles.h"
#include "evidencefixture.h"
#include "security/accountadmin.h"
#include "storage/database.h"

using namespace caselink;
using namespace caselink::test;

namespace {

qint64 peakRssKiB() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').first().toLongLong();
        }
    }
    return -1;
}

bool resetPeakRss() {
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

} // namespace

class TestEvidence : public QObject {
    Q_OBJECT

private slots:
    void intakeHashesInChunksAndVerifies() {
        EvidenceFixture f(false);
        f.fill();
        const QString path = f.db.dir() + QStringLiteral("/phone-extraction.bin");
        const QByteArray bytes = randomBytes(3 * EvidenceStore::kChunkSize + 12345, 7);
        QVERIFY(writeFile(path, bytes));
        EvidenceStore store(*f.context);
        qint64 lastDone = 0;
        FileIntake intake;
        intake.progress = [&](qint64 done, qint64 total) {
            lastDone = done;
            return total == bytes.size();
        };
        auto item = store.addFile(f.caseId, path, intake);
        QVERIFY2(item, item ? "" : qPrintable(item.error().message));
        QCOMPARE(lastDone, bytes.size());
        QCOMPARE(item->sha256.toLatin1(), fileSha256(path));
        QCOMPARE(item->sizeBytes, bytes.size());
        QCOMPARE(item->fileName, QStringLiteral("phone-extraction.bin"));
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM evidence_chunks WHERE evidence_id = '%1'").arg(item->id)),
                 4);
        QCOMPARE(*store.verify(item->id), true);
        auto custody = store.custody(item->id);
        QCOMPARE(custody->size(), std::size_t(1));
        QCOMPARE(custody->front().action, CustodyAction::Collected);
        QCOMPARE(custody->front().recordedBy, kGrantUser);

        // Round trip out of the database, byte for byte.
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QVERIFY(store.writeTo(item->id, out));
        QCOMPARE(out.data(), bytes);

        // One changed byte in the stored chunks is caught by verify and by every read.
        QVERIFY(f.session->database().exec(
            QStringLiteral(
                "UPDATE evidence_chunks SET data = zeroblob(length(data)) WHERE evidence_id = '%1' AND seq = 2")
                .arg(item->id)));
        QCOMPARE(*store.verify(item->id), false);
        QBuffer damaged;
        damaged.open(QIODevice::WriteOnly);
        const Status read = store.writeTo(item->id, damaged);
        QVERIFY(!read);
        QCOMPARE(read.error().code, ErrorCode::Integrity);
        const auto audit = *f.session->audit().list(AuditFilter{0, 100, QStringLiteral("evidence.verify"), {}});
        QCOMPARE(audit.size(), std::size_t(2));
        QCOMPARE(audit.back().fields.value(QStringLiteral("intact")).toBool(), false);
    }

    void cancelledIntakeLeavesNothing() {
        EvidenceFixture f;
        const QString path = f.db.dir() + QStringLiteral("/video.mp4");
        QVERIFY(writeFile(path, randomBytes(5 * EvidenceStore::kChunkSize, 3)));
        const qint64 items = f.count(QStringLiteral("SELECT count(*) FROM evidence_items"));
        const qint64 audit = f.count(QStringLiteral("SELECT count(*) FROM audit_log"));
        EvidenceStore store(*f.context);
        FileIntake intake;
        intake.progress = [](qint64 done, qint64) {
            return done < 2 * EvidenceStore::kChunkSize;
        };
        auto item = store.addFile(f.caseId, path, intake);
        QVERIFY(!item);
        QVERIFY(item.error().message.contains(QStringLiteral("cancelled")));
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM evidence_items")), items);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM evidence_chunks WHERE evidence_id NOT IN "
                                        "(SELECT id FROM evidence_items)")),
                 0);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM audit_log")), audit);
    }

    void custodyEventsAreValidatedAndAudited() {
        EvidenceFixture f;
        EvidenceStore store(*f.context);
        const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(-3600);
        CustodyEvent e{{},
                       f.exhibitId,
                       CustodyAction::HandedOver,
                       at,
                       QStringLiteral("SI Kamran"),
                       {},
                       QStringLiteral("Malkhana AHTC Gujranwala"),
                       {},
                       {},
                       {}};
        auto missingReceiver = store.addCustody(e);
        QVERIFY(!missingReceiver);
        QCOMPARE(missingReceiver.error().code, ErrorCode::Input);
        e.toWhom = QStringLiteral("Moharrar Aslam");
        e.place.clear();
        QCOMPARE(store.addCustody(e).error().code, ErrorCode::Input);
        e.place = QStringLiteral("Malkhana AHTC Gujranwala");
        e.at = QDateTime::currentDateTimeUtc().addDays(2);
        QCOMPARE(store.addCustody(e).error().code, ErrorCode::Input); // in the future
        e.at = at;
        QVERIFY(store.addCustody(e));
        CustodyEvent examined{{},
                              f.exhibitId,
                              CustodyAction::Examined,
                              at.addSecs(600),
                              QStringLiteral("FSL examiner Rauf"),
                              {},
                              QStringLiteral("PFSA Lahore"),
                              {},
                              {},
                              {}};
        QVERIFY(store.addCustody(examined));
        auto events = *store.custody(f.exhibitId);
        QCOMPARE(events.size(), std::size_t(3));
        QCOMPARE(events[1].action, CustodyAction::HandedOver);
        QCOMPARE(events[1].toWhom, QStringLiteral("Moharrar Aslam"));
        QCOMPARE(events[2].place, QStringLiteral("PFSA Lahore"));
        const auto audit = *f.session->audit().list(AuditFilter{0, 100, QStringLiteral("evidence.custody"), {}});
        QCOMPARE(audit.size(), std::size_t(2));
        QCOMPARE(audit.front().username, kGrantUser);
        QCOMPARE(audit.front().fields.value(QStringLiteral("place")).toString(),
                 QStringLiteral("Malkhana AHTC Gujranwala"));
        QCOMPARE(audit.front().fields.value(QStringLiteral("to")).toString(), QStringLiteral("Moharrar Aslam"));
    }

    void exhibitsNeedTheMalkhanaReference() {
        EvidenceFixture f;
        EvidenceStore store(*f.context);
        auto bad = store.addExhibit(f.caseId, {QStringLiteral("Mobile phone"), QStringLiteral("  "), {}, {}, {}, {}});
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(QStringLiteral("malkhana")));
        auto item = *store.get(f.exhibitId);
        QCOMPARE(item.kind, EvidenceKind::Exhibit);
        QCOMPARE(item.malkhanaRef, QStringLiteral("M-114/2023"));
        QVERIFY(item.sha256.isEmpty());
        QCOMPARE(store.list(f.caseId)->size(), std::size_t(2));
    }

    void evidenceOfAnotherOfficeDoesNotExist() {
        EvidenceFixture f;
        f.openAs(kAdmin);
        QVERIFY(f.addUser(QStringLiteral("io.peshawar"), Role::Investigator, QStringLiteral("PSH"), true));
        f.openAs(QStringLiteral("io.peshawar"));
        EvidenceStore store(*f.context);
        QCOMPARE(store.get(f.fileId).error().code, ErrorCode::NotFound);
        QCOMPARE(store.list(f.caseId)->size(), std::size_t(0));
        QCOMPARE(store.custody(f.fileId).error().code, ErrorCode::NotFound);
        QCOMPARE(store.addExhibit(f.caseId, {QStringLiteral("x"), QStringLiteral("M-1"), {}, {}, {}, {}}).error().code,
                 ErrorCode::NotFound);
        EvidenceTempFiles temp;
        QCOMPARE(temp.open(*f.context, f.fileId).error().code, ErrorCode::NotFound);
    }

    void temporaryCopiesArePrivateAndRemoved() {
        EvidenceFixture f;
        QString path;
        QString folder;
        {
            EvidenceTempFiles temp;
            auto opened = temp.open(*f.context, f.fileId);
            QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
            path = *opened;
            folder = temp.folder();
            QVERIFY(QFileInfo::exists(path));
            QVERIFY(path.startsWith(folder));
            QVERIFY(QFileInfo(path).fileName().endsWith(QStringLiteral(".txt")));
            QCOMPARE(QFileInfo(folder).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeOther |
                                                        QFile::WriteOther | QFile::WriteGroup | QFile::ExeGroup),
                     QFileDevice::Permissions());
            QVERIFY(readFile(path).contains("Statement of Ayesha Siddiqa"));
            const auto audit = *f.session->audit().list(AuditFilter{0, 100, QStringLiteral("evidence.open"), {}});
            QCOMPARE(audit.size(), std::size_t(1));
            QCOMPARE(temp.open(*f.context, f.exhibitId).error().code, ErrorCode::Usage); // nothing to open
        }
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(folder));

        // A folder left by a process that no longer runs is removed at the next start; a live one is kept.
        const QString stale = QDir::temp().filePath(EvidenceTempFiles::prefix() + QStringLiteral("999999999-abc"));
        QVERIFY(QDir().mkpath(stale + QStringLiteral("/x")));
        QVERIFY(writeFile(stale + QStringLiteral("/x/copy.pdf"), "victim statement"));
        EvidenceTempFiles live;
        QVERIFY(live.open(*f.context, f.fileId));
        QVERIFY(EvidenceTempFiles::removeStale() >= 1);
        QVERIFY(!QFileInfo::exists(stale));
        QVERIFY(QFileInfo::exists(live.folder()));
        live.removeAll();
        QVERIFY(live.folder().isEmpty());
    }

    void streamingKeepsMemoryFlat() {
        EvidenceFixture f;
        // A small page cache so that what is measured is the store's own buffering, not SQLite's cache.
        QVERIFY(f.session->database().exec(QStringLiteral("PRAGMA cache_size = -2048")));
        const QString path = f.db.dir() + QStringLiteral("/large.bin");
        {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            for (int i = 0; i < 48; ++i) {
                out.write(randomBytes(EvidenceStore::kChunkSize, 100 + i));
            }
        }
        if (!resetPeakRss()) {
            QSKIP("peak RSS cannot be reset on this kernel");
        }
        const qint64 before = peakRssKiB();
        EvidenceStore store(*f.context);
        auto item = store.addFile(f.caseId, path);
        QVERIFY(item);
        QFile copy(f.db.dir() + QStringLiteral("/copy.bin"));
        QVERIFY(copy.open(QIODevice::WriteOnly));
        QVERIFY(store.writeTo(item->id, copy));
        copy.close();
        const qint64 grown = peakRssKiB() - before;
        qInfo("48 MiB in and out: peak RSS grew by %lld KiB", grown);
        QVERIFY2(grown < 16 * 1024, qPrintable(QStringLiteral("peak RSS grew by %1 KiB").arg(grown)));
        QCOMPARE(fileSha256(copy.fileName()), fileSha256(path));
    }
};

QTEST_GUILESS_MAIN(TestEvidence)
#include "test_evidence.moc"
