// The review of persons held after an import, on real encrypted databases: a spreadsheet import's held record merged
// into the existing one takes its role, arrest and event along and undo restores both records; "different" keeps
// both; a bundle's held person, decided either way, ends up with every role, arrest, remand and event the bundle
// carried (nothing dropped) and undo takes exactly that away again; an account without the victim grant sees that a
// protected person's pair exists but not who, and cannot decide it.
#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include "evidencefixture.h"
#include "exchange/bundleimport.h"
#include "exchange/bundlerecords.h"
#include "exchange/bundlewriter.h"
#include "exchange/heldreview.h"
#include "heldreviewfixture.h"
#include "models/commands/personcommands.h"
#include "models/heldreviewlistmodel.h"
#include "models/undostack.h"
#include "security/accountadmin.h"

using namespace caselink;
using namespace caselink::test;
using namespace Qt::StringLiterals;

namespace {

const QString kIsbGrant = u"io.isb"_s;
const QString kIsbPlain = u"io.isb.plain"_s; // no victim grant

// Office A's public key, which office B's administrator has trusted (set once office A exists).
QByteArray g_officeAKey;

// Office B: an investigator with the victim grant and one without, in the office that receives the bundle.
struct OfficeB : SignedInDatabase {
    OfficeB()
        : SignedInDatabase(u"ISB-AHTC"_s) {
        openAs(kAdmin);
        auto trusted = TrustedKeyRepository(*context).trust({u"GRW-AHTC"_s, g_officeAKey, {}, {}});
        QVERIFY2(trusted, trusted ? "" : qPrintable(trusted.error().message));
        addUser(kIsbGrant, Role::Investigator, u"ISB-AHTC"_s, true);
        addUser(kIsbPlain, Role::Investigator, u"ISB-AHTC"_s, false);
        open(kIsbGrant);
    }
    // Closes the current session cleanly (checked) before signing in as user.
    void open(const QString& user) {
        QVERIFY(close());
        openAs(user);
    }
    QString text(const QString& sql) { return session->database().scalar(sql)->toString(); }
};

qint64 count(RepositoryContext& context, const QString& sql) {
    return context.db().scalar(sql)->toLongLong();
}

QString itemFor(RepositoryContext& context, const QString& existingId) {
    return context.db()
        .scalar(u"SELECT id FROM bundle_duplicate_reviews WHERE existing_person_id = '%1'"_s.arg(existingId))
        ->toString();
}

bool hasAudit(Session& session, const QString& action) {
    auto entries = session.audit().list(AuditFilter{0, 1000, action, {}});
    return entries && !entries->empty();
}

} // namespace

class TestHeldReview : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<EvidenceFixture> m_a; // office A, which sends the bundle
    QString m_bundle;

    // Office B holding A's accused (same CNIC, another spelling) and A's witness (same name and father's name).
    struct Held {
        QString accusedItem;
        QString witnessItem;
        QString knownId;
        QString namesakeId;
    };
    Held importHolding(OfficeB& b) {
        Held held;
        PersonRepository persons(*b.context);
        Person known;
        known.nameLatin = u"Rana Tariq Mahmood"_s;
        known.cnic = kAccusedCnic;
        known.notes = u"Recorded here in 2022."_s;
        held.knownId = persons.create(known)->id;
        Person namesake;
        namesake.nameLatin = kWitnessName;
        namesake.relation = Relation::SonOf;
        namesake.relativeLatin = u"Allah Ditta"_s;
        held.namesakeId = persons.create(namesake)->id;
        auto report = BundleImporter::importBundle(*b.context, m_bundle);
        if (!report) {
            qWarning("%s", qPrintable(report.error().message));
            return held;
        }
        held.accusedItem = itemFor(*b.context, held.knownId);
        held.witnessItem = itemFor(*b.context, held.namesakeId);
        return held;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_a = std::make_unique<EvidenceFixture>();
        auto key = TrustedKeyRepository(*m_a->context).ownKey();
        QVERIFY(key);
        g_officeAKey = key->pem;
        m_bundle = m_dir.filePath(u"a.zip"_s);
        auto exported = BundleWriter::exportCase(*m_a->context, m_a->caseId, RedactionProfile::Prosecutor, m_bundle);
        QVERIFY2(exported, exported ? "" : qPrintable(exported.error().message));
    }

    void spreadsheetSameMergesAndUndoRestoresBoth() {
        TestDatabase db;
        auto session = db.unlock();
        auto context = std::move(*RepositoryContext::create(*session));
        const HeldFromSpreadsheet held = holdFromSpreadsheet(*context, db.dir());
        QVERIFY(!held.itemId.isEmpty());
        HeldReview review(*context);
        QCOMPARE(*review.openCount(), 1);

        HeldReviewListModel model(*context);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.keyAt(0).toString(), held.itemId);
        QCOMPARE(model.index(0, HeldReviewListModel::Held).data().toString(), u"Kamran Shah"_s);
        QCOMPARE(model.index(0, HeldReviewListModel::Existing).data().toString(), u"Kamran Shah"_s);
        QCOMPARE(model.index(0, HeldReviewListModel::Source).data().toString(), u"arrests-gujrat.csv, row 2"_s);
        QVERIFY(!model.index(0, HeldReviewListModel::Reasons).data().toString().isEmpty());

        auto item = review.get(held.itemId);
        QVERIFY2(item, item ? "" : qPrintable(item.error().message));
        QCOMPARE(item->source, HeldSource::Spreadsheet);
        QVERIFY(item->score && *item->score >= 0.65);
        QVERIFY(!item->reasons.isEmpty());
        QCOMPARE(item->origin, u"arrests-gujrat.csv"_s);
        QCOMPARE(item->held.person.relativeLatin, u"Wali Shah"_s);
        QCOMPARE(item->held.roles.size(), std::size_t(1));
        QCOMPARE(item->held.roles.front().caseLabel, u"C-12/2024"_s);
        QCOMPARE(item->existing.person.phones, QStringList{u"+923007654321"_s});
        QVERIFY(item->canDecide);

        const QString roleCase = u"SELECT count(*) FROM case_persons WHERE case_id = '%1' AND person_id = '%2'"_s;
        const QString arrestOf = u"SELECT count(*) FROM arrests WHERE case_id = '%1' AND person_id = '%2'"_s;
        const QString eventOf = u"SELECT count(*) FROM events WHERE event_type = 'ARREST' AND person_id = '%1'"_s;
        QCOMPARE(count(*context, arrestOf.arg(held.caseId, held.heldId)), 1);

        DatabaseUndoStack undo(*context);
        QVERIFY(undo.push(
            std::make_unique<HeldDecisionCommand>(*context, held.itemId, HeldDecision::Same, u"Same person"_s)));
        // The created record is merged into the existing one, which now holds the role, the arrest and its event.
        QCOMPARE(PersonRepository(*context).get(held.heldId)->mergedInto, held.existingId);
        QCOMPARE(count(*context, roleCase.arg(held.caseId, held.existingId)), 1);
        QCOMPARE(count(*context, arrestOf.arg(held.caseId, held.existingId)), 1);
        QCOMPARE(count(*context, eventOf.arg(held.existingId)), 1);
        QCOMPARE(count(*context, arrestOf.arg(held.caseId, held.heldId)), 0);
        QCOMPARE(context->db().scalar(u"SELECT status FROM import_review"_s)->toString(), u"SAME"_s);
        QCOMPARE(*review.openCount(), 0);
        QTRY_COMPARE(model.rowCount(), 0);
        QVERIFY(hasAudit(*session, u"held_review.decide"_s));
        QVERIFY(hasAudit(*session, u"person.merge"_s));

        // Undo: two records again, each with what it had; the pair is open again.
        QVERIFY(undo.undo());
        QVERIFY(PersonRepository(*context).get(held.heldId)->mergedInto.isEmpty());
        QCOMPARE(count(*context, arrestOf.arg(held.caseId, held.heldId)), 1);
        QCOMPARE(count(*context, arrestOf.arg(held.caseId, held.existingId)), 0);
        QCOMPARE(count(*context, eventOf.arg(held.heldId)), 1);
        QCOMPARE(context->db().scalar(u"SELECT status FROM import_review"_s)->toString(), u"OPEN"_s);
        QVERIFY(context->db().scalar(u"SELECT decision FROM import_review"_s)->isNull());
        QCOMPARE(*review.openCount(), 1);
        QTRY_COMPARE(model.rowCount(), 1);
        QVERIFY(undo.redo());
        QCOMPARE(PersonRepository(*context).get(held.heldId)->mergedInto, held.existingId);
        QVERIFY(session->audit().verify()->intact);
    }

    void spreadsheetDifferentKeepsBoth() {
        TestDatabase db;
        auto session = db.unlock();
        auto context = std::move(*RepositoryContext::create(*session));
        const HeldFromSpreadsheet held = holdFromSpreadsheet(*context, db.dir());
        QVERIFY(!held.itemId.isEmpty());
        HeldReview review(*context);
        auto decided = review.decide(held.itemId, HeldDecision::Different);
        QVERIFY2(decided, decided ? "" : qPrintable(decided.error().message));
        QCOMPARE(context->db().scalar(u"SELECT status FROM import_review"_s)->toString(), u"DIFFERENT"_s);
        QCOMPARE(count(*context, u"SELECT count(*) FROM persons WHERE merged_into IS NOT NULL"_s), 0);
        QCOMPARE(count(*context, u"SELECT count(*) FROM persons WHERE name_latin = 'Kamran Shah'"_s), 2);
        QCOMPARE(*review.openCount(), 0);
        // Decided once: a second decision is refused, and the decided item is not open to reopen twice.
        QCOMPARE(review.decide(held.itemId, HeldDecision::Same).error().code, ErrorCode::Conflict);
        QVERIFY(review.reopen(held.itemId));
        QCOMPARE(review.reopen(held.itemId).error().code, ErrorCode::Conflict);
        QCOMPARE(*review.openCount(), 1);
    }

    void bundleImportKeepsHeldEventsWithTheirPerson() {
        OfficeB b;
        const Held held = importHolding(b);
        QVERIFY(!held.accusedItem.isEmpty() && !held.witnessItem.isEmpty());
        // A's accused has an arrest with a remand, and the events they record name him. None of it is written in B
        // yet, and none of it is lost: it waits in the held record.
        const QJsonObject incoming =
            QJsonDocument::fromJson(
                b.text(u"SELECT incoming FROM bundle_duplicate_reviews WHERE id = '%1'"_s.arg(held.accusedItem))
                    .toUtf8())
                .object();
        QCOMPARE(incoming.value(u"arrests"_s).toArray().size(), 1);
        const QJsonArray events = incoming.value(u"events"_s).toArray();
        QCOMPARE(events.size(), 2); // ARREST and PHYSICAL_REMAND
        for (const QJsonValue& e : events) {
            QCOMPARE(b.count(u"SELECT count(*) FROM events WHERE id = '%1'"_s.arg(e[u"id"_s].toString())), 0);
        }
        // Every event of A's case is either in B's timeline or waiting with a held person.
        const qint64 eventsInA = m_a->count(u"SELECT count(*) FROM events WHERE case_id = '%1'"_s.arg(m_a->caseId));
        const qint64 eventsInB = b.count(u"SELECT count(*) FROM events WHERE case_id = '%1'"_s.arg(m_a->caseId));
        const qint64 waiting = b.count(u"SELECT sum(json_array_length(incoming, '$.events')) FROM "
                                       "bundle_duplicate_reviews"_s);
        QCOMPARE(eventsInB + waiting, eventsInA);
        QVERIFY(b.count(u"SELECT score * 100 FROM bundle_duplicate_reviews WHERE id = '%1'"_s.arg(held.accusedItem)) ==
                100);
    }

    void bundleSameMovesEverythingToTheExistingPerson() {
        OfficeB b;
        const Held held = importHolding(b);
        QVERIFY(!held.accusedItem.isEmpty());
        const QString caseId = m_a->caseId;
        const QString incomingId = m_a->accusedId;
        HeldReview review(*b.context);
        auto item = review.get(held.accusedItem);
        QVERIFY2(item, item ? "" : qPrintable(item.error().message));
        QCOMPARE(item->source, HeldSource::Bundle);
        QCOMPARE(item->origin, u"GRW-AHTC"_s);
        QCOMPARE(item->caseLabel, u"C-188/2023"_s);
        QCOMPARE(item->held.person.nameLatin, kAccusedName);
        QVERIFY(!item->held.recorded);
        QCOMPARE(item->held.arrests, 1);
        QCOMPARE(item->held.events, 2);
        QCOMPARE(item->existing.person.nameLatin, u"Rana Tariq Mahmood"_s);
        QVERIFY(item->canDecide);
        const QString before = b.text(u"SELECT group_concat(x, '|') FROM (SELECT count(*) AS x FROM persons UNION ALL "
                                      "SELECT count(*) FROM case_persons UNION ALL SELECT count(*) FROM arrests UNION "
                                      "ALL SELECT count(*) FROM custody_periods UNION ALL SELECT count(*) FROM events "
                                      "UNION ALL SELECT count(*) FROM person_merges)"_s);

        DatabaseUndoStack undo(*b.context);
        auto command =
            std::make_unique<HeldDecisionCommand>(*b.context, held.accusedItem, HeldDecision::Same, u"Same person"_s);
        HeldDecisionCommand* pushed = command.get();
        const Status done = undo.push(std::move(command));
        QVERIFY2(done, done ? "" : qPrintable(done.error().message));
        QVERIFY2(pushed->outcome().skipped.isEmpty(), qPrintable(pushed->outcome().skipped.join(u'\n')));
        // The incoming record exists with A's UUID, merged into the known person, who holds the role, the arrest,
        // the remand and the events: nothing of what the bundle carried is dropped.
        const Person incoming = *PersonRepository(*b.context).get(incomingId);
        QCOMPARE(incoming.mergedInto, held.knownId);
        QCOMPARE(incoming.nameLatin, kAccusedName);
        const QString arrestId = m_a->context->db()
                                     .scalar(u"SELECT id FROM arrests WHERE person_id = '%1'"_s.arg(m_a->accusedId))
                                     ->toString();
        QCOMPARE(b.text(u"SELECT person_id FROM arrests WHERE id = '%1'"_s.arg(arrestId)), held.knownId);
        QCOMPARE(b.count(u"SELECT count(*) FROM custody_periods WHERE arrest_id = '%1'"_s.arg(arrestId)), 1);
        QCOMPARE(b.count(u"SELECT count(*) FROM case_persons WHERE case_id = '%1' AND person_id = '%2' AND "
                         "role = 'AGENT'"_s.arg(caseId, held.knownId)),
                 1);
        QCOMPARE(b.count(u"SELECT count(*) FROM events WHERE case_id = '%1' AND person_id = '%2' AND event_type IN "
                         "('ARREST', 'PHYSICAL_REMAND')"_s.arg(caseId, held.knownId)),
                 2);
        // The known record's own details are kept as they were.
        const Person known = *PersonRepository(*b.context).get(held.knownId);
        QCOMPARE(known.nameLatin, u"Rana Tariq Mahmood"_s);
        QCOMPARE(known.notes, u"Recorded here in 2022."_s);
        QCOMPARE(b.text(u"SELECT status FROM bundle_duplicate_reviews WHERE id = '%1'"_s.arg(held.accusedItem)),
                 u"MERGED"_s);
        QVERIFY(!review.get(held.accusedItem)->canDecide);

        // Undo takes away exactly what the decision wrote; the pair is open again.
        QVERIFY(undo.undo());
        QCOMPARE(b.text(u"SELECT group_concat(x, '|') FROM (SELECT count(*) AS x FROM persons UNION ALL "
                        "SELECT count(*) FROM case_persons UNION ALL SELECT count(*) FROM arrests UNION "
                        "ALL SELECT count(*) FROM custody_periods UNION ALL SELECT count(*) FROM events "
                        "UNION ALL SELECT count(*) FROM person_merges)"_s),
                 before);
        QCOMPARE(b.count(u"SELECT count(*) FROM persons WHERE id = '%1'"_s.arg(incomingId)), 0);
        QCOMPARE(PersonRepository(*b.context).get(held.knownId)->nameLatin, u"Rana Tariq Mahmood"_s);
        QVERIFY(review.get(held.accusedItem)->canDecide);
        QVERIFY(undo.redo());
        QCOMPARE(b.text(u"SELECT person_id FROM arrests WHERE id = '%1'"_s.arg(arrestId)), held.knownId);
        QVERIFY(b.session->audit().verify()->intact);
    }

    void bundleDistinctCreatesTheIncomingPerson() {
        OfficeB b;
        const Held held = importHolding(b);
        QVERIFY(!held.witnessItem.isEmpty());
        HeldReview review(*b.context);
        auto decided = review.decide(held.witnessItem, HeldDecision::Different);
        QVERIFY2(decided, decided ? "" : qPrintable(decided.error().message));
        const Person witness = *PersonRepository(*b.context).get(m_a->witnessId);
        QVERIFY(witness.mergedInto.isEmpty());
        QCOMPARE(witness.nameLatin, kWitnessName);
        QCOMPARE(witness.phones, QStringList{kWitnessPhone});
        QCOMPARE(b.count(u"SELECT count(*) FROM case_persons WHERE case_id = '%1' AND person_id = '%2' AND "
                         "role = 'WITNESS'"_s.arg(m_a->caseId, m_a->witnessId)),
                 1);
        QCOMPARE(b.count(u"SELECT count(*) FROM case_persons WHERE person_id = '%1'"_s.arg(held.namesakeId)), 0);
        QCOMPARE(b.text(u"SELECT status FROM bundle_duplicate_reviews WHERE id = '%1'"_s.arg(held.witnessItem)),
                 u"DISTINCT"_s);
        QVERIFY(review.reopen(held.witnessItem));
        QCOMPARE(b.count(u"SELECT count(*) FROM persons WHERE id = '%1'"_s.arg(m_a->witnessId)), 0);
        QCOMPARE(b.count(u"SELECT count(*) FROM case_persons WHERE person_id = '%1'"_s.arg(m_a->witnessId)), 0);
    }

    // Bundles imported before held events waited with their person wrote those events on the case without anyone;
    // deciding such an item takes the arrest's own copies over rather than failing on them, and reopen puts them back.
    void olderHeldRecordsAdoptTheirOrphanEvents() {
        OfficeB b;
        const Held held = importHolding(b);
        QVERIFY(!held.accusedItem.isEmpty());
        const QString incoming =
            b.text(u"SELECT incoming FROM bundle_duplicate_reviews WHERE id = '%1'"_s.arg(held.accusedItem));
        EventRepository events(*b.context);
        for (const QJsonValue& v : QJsonDocument::fromJson(incoming.toUtf8()).object()[u"events"_s].toArray()) {
            TimelineEvent e = bundlerecords::eventFromJson(v.toObject(), m_a->caseId);
            e.personId.clear();
            QVERIFY(events.add(e));
        }
        QVERIFY(b.session->database().exec(u"UPDATE bundle_duplicate_reviews SET incoming = json_remove(incoming, "
                                           "'$.events')"_s));
        const qint64 orphans = b.count(u"SELECT count(*) FROM events WHERE person_id IS NULL"_s);
        HeldReview review(*b.context);
        auto decided = review.decide(held.accusedItem, HeldDecision::Same);
        QVERIFY2(decided, decided ? "" : qPrintable(decided.error().message));
        QCOMPARE(b.count(u"SELECT count(*) FROM events WHERE person_id IS NULL"_s), orphans - 2);
        QCOMPARE(b.count(u"SELECT count(*) FROM events WHERE person_id = '%1'"_s.arg(held.knownId)), 2);
        QVERIFY(review.reopen(held.accusedItem));
        QCOMPARE(b.count(u"SELECT count(*) FROM events WHERE person_id IS NULL"_s), orphans);
    }

    void withoutTheVictimGrantOnlyPseudonyms() {
        OfficeB b;
        const Held held = importHolding(b);
        QVERIFY(!held.witnessItem.isEmpty());
        b.open(kIsbPlain);
        HeldReview review(*b.context);
        QCOMPARE(*review.openCount(), 2); // both pairs exist for this account too
        // The witness's pair: neither side says who, no reasons, no decision.
        auto witness = review.get(held.witnessItem);
        QVERIFY2(witness, witness ? "" : qPrintable(witness.error().message));
        QVERIFY(witness->withheld);
        QVERIFY(witness->held.person.nameLatin.startsWith(u"Protected person "_s));
        QVERIFY(witness->existing.person.nameLatin.startsWith(u"Protected person "_s));
        QVERIFY(witness->held.person.cnic.isEmpty() && witness->held.person.phones.isEmpty());
        QVERIFY(witness->existing.person.relativeLatin.isEmpty());
        QVERIFY(witness->reasons.isEmpty());
        QVERIFY(witness->held.roles.empty());
        QVERIFY(!witness->canDecide);
        QVERIFY(witness->cannotDecide.contains(u"victim grant"_s));
        QCOMPARE(review.decide(held.witnessItem, HeldDecision::Different).error().code, ErrorCode::Permission);
        QCOMPARE(b.count(u"SELECT count(*) FROM persons WHERE id = '%1'"_s.arg(m_a->witnessId)), 0);
        // The accused's pair is not protected: this account sees and decides it.
        auto accused = review.get(held.accusedItem);
        QVERIFY(!accused->withheld);
        QCOMPARE(accused->held.person.nameLatin, kAccusedName);
        QVERIFY(accused->canDecide);

        HeldReviewListModel model(*b.context);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        const int row = model.rowOfKey(held.witnessItem);
        QVERIFY(row >= 0);
        QVERIFY(model.index(row, HeldReviewListModel::Held).data().toString().startsWith(u"Protected person "_s));
        QVERIFY(model.index(row, HeldReviewListModel::Existing).data().toString().startsWith(u"Protected person "_s));
        QVERIFY(!model.index(row, HeldReviewListModel::Reasons).data().toString().contains(u"name"_s));
        for (int column = 0; column < model.columnCount(); ++column) {
            QVERIFY(!model.index(row, column).data().toString().contains(kWitnessName));
        }
        QCOMPARE(model.index(model.rowOfKey(held.accusedItem), HeldReviewListModel::Held).data().toString(),
                 kAccusedName);
        // A filter by source keeps the pairs of that source only.
        model.setFilterText(u"SPREADSHEET"_s);
        QCOMPARE(model.rowCount(), 0);
        model.setFilterText(u"BUNDLE"_s);
        QCOMPARE(model.rowCount(), 2);
    }
};

QTEST_MAIN(TestHeldReview)
#include "test_heldreview.moc"
