// Cases through the repository on a real encrypted database: validation, FIR uniqueness, audit, scope by office and
// assignment, roles with victim protection, search kept in step, keyset paging and change notification.
#include <QSignalSpy>
#include <QtTest>

#include "repo/caseassignments.h"
#include "repo/caselinks.h"
#include "repo/caserepository.h"
#include "repo/caseroles.h"
#include "security/accountadmin.h"
#include "security/databasemaintenance.h"
#include "signedindatabase.h"
#include "storage/database.h"

using namespace caselink;
using namespace caselink::test;

namespace {

CaseRecord firCase(const QString& fir = QStringLiteral("C-188/2023")) {
    CaseRecord c;
    c.firNumber = fir;
    c.firDate = QDate(2023, 6, 20);
    c.title = QStringLiteral("Pylos shipwreck recruiters, Gujranwala");
    c.summary = QStringLiteral("Agents in Gujrat and Mandi Bahauddin sent migrants via Libya.");
    return c;
}

struct Fixture : SignedInDatabase {
    std::unique_ptr<CaseRepository> cases;
    std::unique_ptr<PersonRepository> persons;

    explicit Fixture(const QString& user = kAdmin, const QString& password = kAdminPassword) { open(user, password); }
    void openRepositories() override {
        cases = std::make_unique<CaseRepository>(*context);
        persons = std::make_unique<PersonRepository>(*context);
    }
    void closeRepositories() override {
        cases.reset();
        persons.reset();
    }
    QStringList auditActions() {
        QStringList out;
        auto stmt = session->database().prepare(QStringLiteral("SELECT action FROM audit_log ORDER BY seq"));
        if (stmt) {
            (void)stmt->forEachRow([&](Statement& row) { out << row.columnText(0); });
        }
        return out;
    }
    QString userId(const QString& name) {
        const auto users = AccountAdmin(*session).users(); // held: a range-for over *temporary would dangle
        for (const User& u : *users) {
            if (u.username == name) {
                return u.id;
            }
        }
        return {};
    }
    QString office(const QString& code) {
        const auto units = session->orgUnits();
        for (const OrgUnit& u : *units) {
            if (u.code == code) {
                return u.id;
            }
        }
        return {};
    }
    QStringList offences(int n) {
        auto stmt = session->database().prepare(QStringLiteral("SELECT id FROM ref_offences ORDER BY code LIMIT ?"));
        stmt->bind(1, n);
        QStringList out;
        while (*stmt->step()) {
            out << stmt->columnText(0);
        }
        return out;
    }
    std::vector<AuditEntry> audit(const QString& action) {
        return *session->audit().list(AuditFilter{0, 1000, action, {}});
    }
};

QStringList ids(const std::vector<CaseSummary>& rows) {
    QStringList out;
    for (const CaseSummary& r : rows) {
        out << r.id;
    }
    return out;
}

} // namespace

class TestCaseRepository : public QObject {
    Q_OBJECT

private slots:
    void createUpdateAndStatusAreAudited() {
        Fixture f;
        CaseRecord draft = firCase();
        draft.offenceIds = f.offences(2);
        QCOMPARE(draft.offenceIds.size(), 2);
        auto saved = f.cases->create(draft);
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
        auto c = f.cases->get(saved->id);
        QVERIFY(c);
        QCOMPARE(c->firNumber, QStringLiteral("C-188/2023"));
        QCOMPARE(c->fir->serial, 188);
        QCOMPARE(c->firStation, QStringLiteral("GRW-AHTC")); // an FIA FIR: the owning circle registered it
        QCOMPARE(c->status, CaseStatus::FirRegistered);
        QCOMPARE(c->officeId, f.session->user().officeId);
        QCOMPARE(c->offenceIds.size(), 2);
        auto created = f.audit(QStringLiteral("case.create"));
        QCOMPARE(created.size(), std::size_t(1));
        QCOMPARE(created.front().entityId, saved->id);
        QCOMPARE(created.front().fields.value(QLatin1String("fir")).toString(), QStringLiteral("C-188/2023"));

        CaseRecord edit = *c;
        edit.title = QStringLiteral("Libya route network");
        edit.offenceIds = f.offences(3);
        edit.status = CaseStatus::Convicted; // ignored: status changes go through setStatus
        QVERIFY(f.cases->update(edit));
        auto updated = f.audit(QStringLiteral("case.update"));
        QCOMPARE(updated.size(), std::size_t(1));
        const QJsonArray changed = updated.front().fields.value(QLatin1String("changed")).toArray();
        QVERIFY(changed.contains(QLatin1String("title")));
        QVERIFY(changed.contains(QLatin1String("offences")));
        QVERIFY(!changed.contains(QLatin1String("fir_number")));
        QCOMPARE(f.cases->get(saved->id)->status, CaseStatus::FirRegistered);
        QCOMPARE(f.cases->get(saved->id)->offenceIds.size(), 3);
        // The search index follows the update: the old title is gone, the new one is found.
        QVERIFY(f.cases->search(QStringLiteral("Pylos"))->empty());
        QCOMPARE(ids(*f.cases->search(QStringLiteral("Libya route"))), QStringList{saved->id});

        QVERIFY(f.cases->setStatus(saved->id, CaseStatus::UnderInvestigation));
        QVERIFY(f.cases->setStatus(saved->id, CaseStatus::UnderInvestigation)); // no change, no entry
        auto status = f.audit(QStringLiteral("case.status"));
        QCOMPARE(status.size(), std::size_t(1));
        QCOMPARE(status.front().fields.value(QLatin1String("from")).toString(), QStringLiteral("FIR_REGISTERED"));
        QCOMPARE(status.front().fields.value(QLatin1String("to")).toString(), QStringLiteral("UNDER_INVESTIGATION"));
        QCOMPARE(f.cases->get(saved->id)->status, CaseStatus::UnderInvestigation);
        QVERIFY(DatabaseMaintenance(*f.session).checkIntegrity()->ok());
    }

    void searchFindsFirForms_data() {
        QTest::addColumn<QString>("query");
        QTest::newRow("display form") << "C-188/2023";
        QTest::newRow("without prefix") << "188/2023";
        QTest::newRow("serial") << "188";
        QTest::newRow("urdu digits") << QStringLiteral("۱۸۸/۲۰۲۳");
        QTest::newRow("enquiry number") << "ENQ-77/2023";
        QTest::newRow("title word prefix") << "shipw";
        QTest::newRow("summary words") << "mandi bahauddin";
    }
    void searchFindsFirForms() {
        QFETCH(QString, query);
        Fixture f;
        CaseRecord draft = firCase();
        draft.enquiryNumber = QStringLiteral("ENQ-77/2023");
        auto saved = f.cases->create(draft);
        QVERIFY(saved);
        CaseRecord other;
        other.firNumber = QStringLiteral("45/2024");
        other.title = QStringLiteral("Taftan border");
        QVERIFY(f.cases->create(other));
        auto found = f.cases->search(query);
        QVERIFY2(found, found ? "" : qPrintable(found.error().message));
        QCOMPARE(ids(*found), QStringList{saved->id});
    }

    void hostileSearchInput() {
        Fixture f;
        QVERIFY(f.cases->create(firCase()));
        for (const QString& q : {QStringLiteral("\" OR 1=1 --"), QStringLiteral("NEAR(a b)"), QStringLiteral("*"),
                                 QStringLiteral("numbers:188 OR body:x"), QString(5000, QLatin1Char('x')), QString()}) {
            auto found = f.cases->search(q);
            QVERIFY2(found, qPrintable(q.left(20)));
            QVERIFY2(found->empty(), qPrintable(q.left(20)));
        }
    }

    void duplicateFirRefused_data() {
        QTest::addColumn<QString>("second");
        QTest::addColumn<QString>("station");
        QTest::newRow("same form") << "C-188/2023"
                                   << "";
        QTest::newRow("other prefix") << "188/2023"
                                      << "";
        QTest::newRow("labelled") << "FIR No. C-188/2023"
                                  << "";
        QTest::newRow("station in other case") << "C-188/2023"
                                               << "grw-ahtc";
    }
    void duplicateFirRefused() {
        QFETCH(QString, second);
        QFETCH(QString, station);
        Fixture f;
        QVERIFY(f.cases->create(firCase()));
        QSignalSpy changed(&f.context->notifier(), &ChangeNotifier::changed);
        const qint64 auditBefore = *f.session->audit().headSeq();
        CaseRecord dup = firCase(second);
        dup.firStation = station;
        dup.title = QStringLiteral("duplicate");
        auto saved = f.cases->create(dup);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, ErrorCode::Conflict);
        QVERIFY2(saved.error().message.contains(QStringLiteral("188/2023")), qPrintable(saved.error().message));
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM cases")), 1);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM case_search")), 1);
        QCOMPARE(*f.session->audit().headSeq(), auditBefore);
        QCOMPARE(changed.count(), 0);
    }

    void sameSerialElsewhereIsAnotherFir() {
        Fixture f;
        QVERIFY(f.cases->create(firCase()));
        CaseRecord otherYear = firCase(QStringLiteral("C-188/2022"));
        otherYear.firDate = QDate(2022, 1, 5);
        QVERIFY(f.cases->create(otherYear));
        CaseRecord otherStation = firCase();
        otherStation.firStation = QStringLiteral("PS Civil Lines Gujranwala");
        QVERIFY(f.cases->create(otherStation));
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM cases")), 3);
    }

    void badInputChangesNothing_data() {
        QTest::addColumn<QString>("fir");
        QTest::addColumn<QString>("enquiry");
        QTest::addColumn<QDate>("firDate");
        QTest::addColumn<QString>("code");
        QTest::newRow("two-digit year") << "188/23"
                                        << "" << QDate() << "fir.two_digit_year";
        QTest::newRow("not an FIR") << "one eighty eight"
                                    << "" << QDate() << "fir.format";
        QTest::newRow("serial zero") << "0/2023"
                                     << "" << QDate() << "fir.serial";
        QTest::newRow("year before 1947") << "188/1900"
                                          << "" << QDate() << "fir.year_range";
        QTest::newRow("bidi control") << QStringLiteral("188/2023\u202E") << "" << QDate() << "fir.bidi_control";
        QTest::newRow("sql") << "'; DROP TABLE cases;--"
                             << "" << QDate() << "fir.format";
        QTest::newRow("no number at all") << ""
                                          << "" << QDate() << "case.number_missing";
        QTest::newRow("date without FIR") << ""
                                          << "ENQ-1" << QDate(2023, 1, 1) << "case.fir_date_without_number";
        QTest::newRow("future FIR date") << "188/2023"
                                         << "" << QDate::currentDate().addDays(30) << "case.date_future";
    }
    void badInputChangesNothing() {
        QFETCH(QString, fir);
        QFETCH(QString, enquiry);
        QFETCH(QDate, firDate);
        QFETCH(QString, code);
        Fixture f;
        CaseRecord draft;
        draft.firNumber = fir;
        draft.enquiryNumber = enquiry;
        draft.firDate = firDate;
        const qint64 auditBefore = *f.session->audit().headSeq();
        auto saved = f.cases->create(draft);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, ErrorCode::Input);
        QVERIFY(!saved.error().message.isEmpty());
        Q_UNUSED(code); // the codes are asserted by test_validation; here the message and the empty database matter
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM cases")), 0);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM case_search")), 0);
        QCOMPARE(*f.session->audit().headSeq(), auditBefore);
    }

    void enquiryWithoutFir() {
        Fixture f;
        CaseRecord enquiry;
        enquiry.enquiryNumber = QStringLiteral("ENQ-12/2025");
        enquiry.enquiryDate = QDate(2025, 2, 1);
        auto saved = f.cases->create(enquiry);
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
        auto c = f.cases->get(saved->id);
        QVERIFY(!c->hasFir());
        QCOMPARE(c->status, CaseStatus::EnquiryRegistered);
        QCOMPARE(c->label(), QStringLiteral("ENQ-12/2025"));
        auto refused = f.cases->setStatus(saved->id, CaseStatus::UnderInvestigation);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Input);
        QVERIFY(f.cases->setStatus(saved->id, CaseStatus::EnquiryClosed));
        // Registering the FIR later turns the enquiry into a case that can move on.
        CaseRecord edit = *f.cases->get(saved->id);
        edit.firNumber = QStringLiteral("9/2025");
        QVERIFY(f.cases->update(edit));
        QVERIFY(f.cases->setStatus(saved->id, CaseStatus::FirRegistered));
        QCOMPARE(ids(*f.cases->search(QStringLiteral("9/2025"))), QStringList{saved->id});
    }

    void enquiryNumberUniquePerOfficeAndYear() {
        Fixture f;
        CaseRecord enquiry;
        enquiry.enquiryNumber = QStringLiteral("ENQ-GRW-2025-0142");
        enquiry.enquiryDate = QDate(2025, 2, 1);
        QVERIFY(f.cases->create(enquiry));
        const qint64 auditBefore = *f.session->audit().headSeq();
        CaseRecord again = enquiry;
        again.enquiryNumber = QStringLiteral("enq-grw-2025-0142"); // the same number, typed in lower case
        auto refused = f.cases->create(again);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QVERIFY2(refused.error().message.contains(QStringLiteral("Enquiry enq-grw-2025-0142 of 2025")),
                 qPrintable(refused.error().message));
        QCOMPARE(*f.session->audit().headSeq(), auditBefore);
        again.enquiryDate = QDate(2024, 12, 30); // another year: another enquiry
        QVERIFY(f.cases->create(again));
    }

    void registrationTimeFixesTheDay() {
        Fixture f;
        CaseRecord enquiry;
        enquiry.enquiryNumber = QStringLiteral("ENQ-7/2025");
        // 20:30 UTC on 1 March is 01:30 on 2 March in Pakistan: the day of registration is 2 March.
        enquiry.enquiryRegisteredAt = QDateTime(QDate(2025, 3, 1), QTime(20, 30), Qt::UTC);
        auto saved = f.cases->create(enquiry);
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
        auto c = f.cases->get(saved->id);
        QCOMPARE(c->enquiryDate, QDate(2025, 3, 2));
        QCOMPARE(c->enquiryRegisteredAt, enquiry.enquiryRegisteredAt);
        CaseRecord mismatch = enquiry;
        mismatch.enquiryNumber = QStringLiteral("ENQ-8/2025");
        mismatch.enquiryDate = QDate(2025, 3, 1);
        auto refused = f.cases->create(mismatch);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Input);
    }

    void enquiryBecomesFirAndBack() {
        Fixture f;
        CaseRecord enquiry;
        enquiry.enquiryNumber = QStringLiteral("ENQ-21/2025");
        enquiry.enquiryDate = QDate(2025, 2, 1);
        const QString id = f.cases->create(enquiry)->id;
        FirRegistration fir;
        fir.firNumber = QStringLiteral("C-31/2025");
        fir.registeredAt = QDateTime(QDate(2025, 2, 10), QTime(6, 0), Qt::UTC);
        auto registered = f.cases->registerFir(id, fir);
        QVERIFY2(registered, registered ? "" : qPrintable(registered.error().message));
        auto c = f.cases->get(id);
        QCOMPARE(c->firNumber, QStringLiteral("C-31/2025"));
        QCOMPARE(c->firDate, QDate(2025, 2, 10));
        QCOMPARE(c->status, CaseStatus::FirRegistered);
        QCOMPARE(c->enquiryNumber, QStringLiteral("ENQ-21/2025")); // the enquiry stays
        QVERIFY(f.auditActions().contains(QStringLiteral("case.fir_register")));
        // A second FIR is refused; the undo takes it off and restores the enquiry status.
        QCOMPARE(f.cases->registerFir(id, fir).error().code, ErrorCode::Conflict);
        QVERIFY(f.cases->withdrawFir(id, CaseStatus::EnquiryRegistered));
        c = f.cases->get(id);
        QVERIFY(!c->hasFir());
        QCOMPARE(c->status, CaseStatus::EnquiryRegistered);
        QVERIFY(f.auditActions().contains(QStringLiteral("case.fir_withdraw")));
    }

    void scopeByOffice() {
        Fixture f; // administrator of GRW-AHTC
        f.addUser(QStringLiteral("io.karachi"), Role::Investigator, QStringLiteral("KHI-AHTC"));
        f.addUser(QStringLiteral("io.gujranwala"), Role::Investigator, QStringLiteral("GRW-AHTC"));
        f.addUser(QStringLiteral("sup.central"), Role::Supervisor, QStringLiteral("CENTRAL"));
        f.addUser(QStringLiteral("sup.south"), Role::Supervisor, QStringLiteral("SOUTH"));
        auto saved = f.cases->create(firCase());
        QVERIFY(saved);
        struct Expectation {
            const char* user;
            bool sees;
        };
        for (const auto& [user, sees] : {Expectation{"io.karachi", false}, Expectation{"io.gujranwala", true},
                                         Expectation{"sup.central", true}, Expectation{"sup.south", false}}) {
            f.openAs(QString::fromLatin1(user));
            QVERIFY(f.session);
            auto got = f.cases->get(saved->id);
            QCOMPARE(bool(got), sees);
            if (!sees) {
                QCOMPARE(got.error().code, ErrorCode::NotFound);
                QCOMPARE(got.error().message, f.cases->get(QStringLiteral("no-such-id")).error().message);
                CaseRecord edit = firCase();
                edit.id = saved->id;
                QCOMPARE(f.cases->update(edit).error().code, ErrorCode::NotFound);
                QCOMPARE(f.cases->setStatus(saved->id, CaseStatus::Disposed).error().code, ErrorCode::NotFound);
            }
            QCOMPARE(f.cases->search(QStringLiteral("C-188/2023"))->size(), std::size_t(sees ? 1 : 0));
            QCOMPARE(f.cases->list({}, std::nullopt)->rows.size(), std::size_t(sees ? 1 : 0));
        }
    }

    void officeChoice_data() {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("office");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("investigator, own office") << "io.gujranwala"
                                                  << "GRW-AHTC" << true;
        QTest::newRow("investigator, sister circle") << "io.gujranwala"
                                                     << "GRW-GUJ" << false;
        QTest::newRow("supervisor, circle in region") << "sup.central"
                                                      << "GRW-GUJ" << true;
        QTest::newRow("supervisor, other region") << "sup.central"
                                                  << "KHI-AHTC" << false;
    }
    void officeChoice() {
        QFETCH(QString, user);
        QFETCH(QString, office);
        QFETCH(bool, allowed);
        Fixture f;
        f.addUser(QStringLiteral("io.gujranwala"), Role::Investigator, QStringLiteral("GRW-AHTC"));
        f.addUser(QStringLiteral("sup.central"), Role::Supervisor, QStringLiteral("CENTRAL"));
        const QString officeId = f.office(office);
        f.openAs(user);
        CaseRecord draft = firCase();
        draft.officeId = officeId;
        auto saved = f.cases->create(draft);
        QCOMPARE(bool(saved), allowed);
        if (allowed) {
            QCOMPARE(f.cases->get(saved->id)->officeId, officeId);
        } else {
            QCOMPARE(saved.error().code, ErrorCode::Permission);
            QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM cases")), 0);
        }
    }

    void prosecutorSeesAssignedCasesOnly() {
        Fixture f;
        f.addUser(QStringLiteral("pros"), Role::ProsecutorReader, QStringLiteral("LHR-AHTC"));
        f.addUser(QStringLiteral("io.gujranwala"), Role::Investigator, QStringLiteral("GRW-AHTC"));
        auto assigned = f.cases->create(firCase());
        auto other = f.cases->create(firCase(QStringLiteral("189/2023")));
        QVERIFY(assigned && other);
        const QString prosId = f.userId(QStringLiteral("pros"));
        QCOMPARE(CaseAssignmentRepository(*f.context)
                     .assign(assigned->id, f.userId(QStringLiteral("io.gujranwala")))
                     .error()
                     .code,
                 ErrorCode::Input); // only prosecutor-readers are assigned
        QVERIFY(CaseAssignmentRepository(*f.context).assign(assigned->id, prosId));
        QCOMPARE(CaseAssignmentRepository(*f.context).assign(assigned->id, prosId).error().code, ErrorCode::Conflict);
        QCOMPARE(*CaseAssignmentRepository(*f.context).assignedUsers(assigned->id), QStringList{prosId});
        auto audit = f.audit(QStringLiteral("case.assign"));
        QCOMPARE(audit.size(), std::size_t(1));

        f.openAs(QStringLiteral("io.gujranwala"));
        QCOMPARE(CaseAssignmentRepository(*f.context).assign(other->id, prosId).error().code, ErrorCode::Permission);

        f.openAs(QStringLiteral("pros"));
        QVERIFY(f.cases->get(assigned->id));
        QCOMPARE(f.cases->get(other->id).error().code, ErrorCode::NotFound);
        QCOMPARE(ids(f.cases->list({}, std::nullopt)->rows), QStringList{assigned->id});
        QCOMPARE(ids(*f.cases->search(QStringLiteral("2023"))), QStringList{assigned->id});
        CaseRecord edit = *f.cases->get(assigned->id);
        edit.title = QStringLiteral("changed by a reader");
        QCOMPARE(f.cases->update(edit).error().code, ErrorCode::Permission);
        QCOMPARE(f.cases->setStatus(assigned->id, CaseStatus::UnderTrial).error().code, ErrorCode::Permission);
        QCOMPARE(f.cases->create(firCase(QStringLiteral("190/2023"))).error().code, ErrorCode::Permission);
        QCOMPARE(f.cases->get(assigned->id)->title, firCase().title);
    }

    void keysetPagingReturnsEveryCaseOnce_data() {
        QTest::addColumn<int>("pageSize");
        QTest::newRow("1") << 1;
        QTest::newRow("4") << 4;
        QTest::newRow("7") << 7;
        QTest::newRow("larger than all") << 100;
    }
    void keysetPagingReturnsEveryCaseOnce() {
        QFETCH(int, pageSize);
        Fixture f;
        QStringList created;
        for (int i = 1; i <= 18; ++i) {
            CaseRecord c;
            c.firNumber = QStringLiteral("%1/2024").arg(i);
            c.firDate = QDate(2024, 1, 1 + i % 5); // several cases share a date: the id breaks the tie
            created << f.cases->create(c)->id;
        }
        for (int i = 1; i <= 4; ++i) {
            CaseRecord c;
            c.enquiryNumber = QStringLiteral("ENQ-%1").arg(i);
            created << f.cases->create(c)->id;
        }
        QStringList seen;
        std::optional<CaseKey> after;
        QString previousKey;
        int pages = 0;
        do {
            auto page = f.cases->list({}, after, pageSize);
            QVERIFY(page);
            QVERIFY(int(page->rows.size()) <= pageSize);
            for (const CaseSummary& row : page->rows) {
                QVERIFY(previousKey.isEmpty() || row.sortKey <= previousKey); // newest first
                previousKey = row.sortKey;
                seen << row.id;
            }
            after = page->next;
            QVERIFY(++pages <= 23);
        } while (after);
        QCOMPARE(seen.size(), created.size());
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), created.size());
        QStringList a = seen, b = created;
        a.sort();
        b.sort();
        QCOMPARE(a, b);
        // Enquiries without an FIR were created today: they sort before the 2024 FIRs.
        QVERIFY(seen.indexOf(created.last()) < seen.indexOf(created.first()));
    }

    void listFilters() {
        Fixture f;
        f.addUser(QStringLiteral("sup.central"), Role::Supervisor, QStringLiteral("CENTRAL"));
        f.openAs(QStringLiteral("sup.central"));
        CaseRecord a = firCase(QStringLiteral("1/2023"));
        a.officeId = f.office(QStringLiteral("GRW-GUJ"));
        CaseRecord b = firCase(QStringLiteral("2/2024"));
        b.firDate = QDate(2024, 2, 2);
        b.officeId = f.office(QStringLiteral("LHR-AHTC"));
        auto ida = f.cases->create(a);
        auto idb = f.cases->create(b);
        QVERIFY(ida && idb);
        QVERIFY(f.cases->setStatus(idb->id, CaseStatus::UnderInvestigation));
        auto ofList = [&](const CaseFilter& filter) {
            return ids(f.cases->list(filter, std::nullopt)->rows);
        };
        QCOMPARE(ofList(CaseFilter{f.office(QStringLiteral("GRW")), std::nullopt, 0}), QStringList{ida->id});
        QCOMPARE(ofList(CaseFilter{{}, CaseStatus::UnderInvestigation, 0}), QStringList{idb->id});
        QCOMPARE(ofList(CaseFilter{{}, std::nullopt, 2023}), QStringList{ida->id});
        QCOMPARE(ofList(CaseFilter{{}, std::nullopt, 2021}), QStringList{});
        // A filter cannot widen the scope: an office outside it lists nothing.
        QCOMPARE(ofList(CaseFilter{f.office(QStringLiteral("KHI")), std::nullopt, 0}), QStringList{});
    }

    void notifierFiresAfterCommitOnly() {
        Fixture f;
        Database& db = f.session->database();
        int notified = 0;
        bool insideTransaction = false;
        QObject::connect(&f.context->notifier(), &ChangeNotifier::changed, [&](const ChangeEvent& event) {
            ++notified;
            // BEGIN fails inside an open transaction: a listener must only ever see committed data.
            if (db.exec(QStringLiteral("BEGIN"))) {
                QVERIFY(db.exec(QStringLiteral("ROLLBACK")));
            } else {
                insideTransaction = true;
            }
            QCOMPARE(event.entity, RecordKind::Case);
            QVERIFY(!event.id.isEmpty());
            QCOMPARE(event.caseId, event.id);
        });
        auto saved = f.cases->create(firCase());
        QVERIFY(saved);
        QCOMPARE(notified, 1);
        QVERIFY(!insideTransaction);
        QVERIFY(f.cases->setStatus(saved->id, CaseStatus::UnderInvestigation));
        QCOMPARE(notified, 2);
        QVERIFY(!f.cases->create(firCase())); // refused: nothing committed, nothing announced
        QCOMPARE(notified, 2);
        QVERIFY(!insideTransaction);
    }

    void rolesShowVictimsOnlyWithTheGrant() {
        Fixture f;
        f.addUser(QStringLiteral("io.plain"), Role::Investigator, QStringLiteral("GRW-AHTC"), false);
        f.addUser(QStringLiteral("io.granted"), Role::Investigator, QStringLiteral("GRW-AHTC"), true);
        auto saved = f.cases->create(firCase());
        Person agent;
        agent.nameLatin = QStringLiteral("Rana Tariq");
        Person victim;
        victim.nameLatin = QStringLiteral("Ali Raza");
        victim.phones = {QStringLiteral("03001112223")};
        auto agentId = f.persons->create(agent);
        auto victimId = f.persons->create(victim);
        QVERIFY(saved && agentId && victimId);
        CaseRole agentRole{{}, saved->id, agentId->id, PersonRole::Agent, true, ArrestStatus::Wanted, {}, {}, {}};
        CaseRole victimRole{{},
                            saved->id,
                            victimId->id,
                            PersonRole::SmuggledMigrant,
                            false,
                            ArrestStatus::NotApplicable,
                            VictimOutcome::Survivor,
                            {},
                            {}};
        auto agentRoleId = CaseRoleRepository(*f.context).add(agentRole);
        auto victimRoleId = CaseRoleRepository(*f.context).add(victimRole);
        QVERIFY2(agentRoleId && victimRoleId, agentRoleId ? "" : qPrintable(agentRoleId.error().message));
        QCOMPARE(CaseRoleRepository(*f.context).add(agentRole).error().code, ErrorCode::Conflict);
        CaseRole wrongOutcome = agentRole;
        wrongOutcome.role = PersonRole::Transporter;
        wrongOutcome.victimOutcome = VictimOutcome::Deceased;
        QCOMPARE(CaseRoleRepository(*f.context).add(wrongOutcome).error().code, ErrorCode::Input);
        for (const AuditEntry& e : f.audit(QStringLiteral("case.role"))) {
            const QByteArray fields = QJsonDocument(e.fields).toJson();
            QVERIFY(!fields.contains("Ali") && !fields.contains("Raza") && !fields.contains("3001112223"));
        }

        f.openAs(QStringLiteral("io.plain"));
        auto plain = CaseRoleRepository(*f.context).ofCase(saved->id);
        QVERIFY(plain);
        QCOMPARE(plain->size(), std::size_t(2));
        QCOMPARE(plain->at(0).person.nameLatin, QStringLiteral("Rana Tariq"));
        QCOMPARE(plain->at(0).role.arrestStatus, ArrestStatus::Wanted);
        QVERIFY(plain->at(1).person.isProtected);
        QVERIFY(!plain->at(1).person.nameLatin.contains(QStringLiteral("Raza")));
        QVERIFY(plain->at(1).person.phones.isEmpty());
        QCOMPARE(plain->at(1).role.victimOutcome, std::optional(VictimOutcome::Survivor));

        f.openAs(QStringLiteral("io.granted"));
        auto granted = CaseRoleRepository(*f.context).ofCase(saved->id);
        QCOMPARE(granted->at(1).person.nameLatin, QStringLiteral("Ali Raza"));

        CaseRole edit = granted->at(0).role;
        edit.arrestStatus = ArrestStatus::Absconding;
        QVERIFY(CaseRoleRepository(*f.context).update(edit));
        auto updated = f.audit(QStringLiteral("case.role_update"));
        QCOMPARE(updated.size(), std::size_t(1));
        QCOMPARE(updated.front().fields.value(QLatin1String("changed")).toArray(),
                 QJsonArray{QStringLiteral("arrest_status")});
        QVERIFY(CaseRoleRepository(*f.context).remove(*victimRoleId));
        QCOMPARE(CaseRoleRepository(*f.context).ofCase(saved->id)->size(), std::size_t(1));
        QCOMPARE(CaseRoleRepository(*f.context).remove(*victimRoleId).error().code, ErrorCode::NotFound);
    }

    void linkedCasesRespectScope() {
        Fixture f;
        f.addUser(QStringLiteral("sup.national"), Role::Supervisor, QStringLiteral("HQ"));
        f.addUser(QStringLiteral("io.karachi"), Role::Investigator, QStringLiteral("KHI-AHTC"));
        auto a = f.cases->create(firCase());
        auto b = f.cases->create(firCase(QStringLiteral("200/2023")));
        QVERIFY(a && b);
        QVERIFY(CaseLinkRepository(*f.context).link(a->id, b->id, QStringLiteral("same kingpin")));
        QCOMPARE(CaseLinkRepository(*f.context).link(b->id, a->id).error().code, ErrorCode::Conflict);
        QCOMPARE(CaseLinkRepository(*f.context).link(a->id, a->id).error().code, ErrorCode::Usage);
        QCOMPARE(CaseLinkRepository(*f.context).linked(b->id)->size(), std::size_t(1));
        QCOMPARE(CaseLinkRepository(*f.context).linked(b->id)->front().label, QStringLiteral("C-188/2023"));

        f.openAs(QStringLiteral("io.karachi"));
        CaseRecord khi = firCase(QStringLiteral("5/2024"));
        khi.firDate = QDate(2024, 3, 3);
        auto k = f.cases->create(khi);
        QVERIFY(k);
        QCOMPARE(CaseLinkRepository(*f.context).link(k->id, a->id).error().code, ErrorCode::NotFound);

        f.openAs(QStringLiteral("sup.national"));
        QVERIFY(CaseLinkRepository(*f.context).link(k->id, a->id));
        QCOMPARE(CaseLinkRepository(*f.context).linked(a->id)->size(), std::size_t(2));
        f.openAs(QStringLiteral("io.karachi")); // the Gujranwala case stays invisible from Karachi
        QVERIFY(CaseLinkRepository(*f.context).linked(k->id)->empty());
        f.openAs(QStringLiteral("sup.national"));
        QVERIFY(CaseLinkRepository(*f.context).unlink(a->id, k->id));
        QCOMPARE(CaseLinkRepository(*f.context).unlink(a->id, k->id).error().code, ErrorCode::NotFound);
    }

    void domainKeysMatchTheSchema() {
        QCOMPARE(allCaseStatuses().size(), std::size_t(13));
        QCOMPARE(allPersonRoles().size(), std::size_t(14));
        for (CaseStatus s : allCaseStatuses()) {
            QCOMPARE(caseStatusFromKey(caseStatusKey(s)), std::optional(s));
            QVERIFY(!caseStatusDisplayName(s).isEmpty());
        }
        for (PersonRole r : allPersonRoles()) {
            QCOMPARE(personRoleFromKey(personRoleKey(r)), std::optional(r));
            QCOMPARE(Scope::protectedRoles().contains(personRoleKey(r)), isProtectedRole(r));
            QCOMPARE(Scope::accusedRoles().contains(personRoleKey(r)), isAccusedRole(r));
        }
        QVERIFY(!caseStatusFromKey(QStringLiteral("fir_registered"))); // keys are exact
    }
};

QTEST_GUILESS_MAIN(TestCaseRepository)
#include "test_caserepository.moc"
