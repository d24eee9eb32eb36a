// Imports of every kind beyond persons, arrests and watch lists against hand entry (the rows differ in their ids
// only), dry runs and cancels that leave the database as it was, and header suggestions in English and Urdu.
#include <QTest>

#include "importkindsfixture.h"
#include "repo/caseroles.h"

using namespace Qt::StringLiterals;
using namespace caselink;
using namespace caselink::test;

class TestImportParity : public ImportKindsFixture {
    Q_OBJECT

private slots:
    void init() { setUp(); }

    void cleanup() { tearDown(); }

    // The same record entered through the repository and imported from a file: the rows differ in their ids only.
    void importedRecordsMatchHandEnteredOnes() {
        signIn(kVictimOfficer);
        PersonRepository persons(*m_context);
        auto person = [&](const QString& name, const QString& cnic, const QString& district) {
            Person p;
            p.nameLatin = name;
            p.relativeLatin = u"Ghulam Nabi"_s;
            p.relation = Relation::SonOf;
            p.sex = Sex::Male;
            p.cnic = cnic;
            if (!district.isEmpty()) {
                PersonAddress home;
                home.district = district;
                p.addresses.push_back(home);
            }
            return persons.create(p)->id;
        };
        const QString handPayer = person(u"Hand Payer"_s, u"34101-1000001-1"_s, {});
        const QString handPayee = person(u"Hand Payee"_s, u"34101-1000003-1"_s, {});
        const QString filePayer = person(u"File Payer"_s, u"34101-1000005-1"_s, {});
        const QString filePayee = person(u"File Payee"_s, u"34101-1000007-1"_s, {});

        PaymentDraft draft;
        draft.caseId = m_caseId;
        draft.payerPersonId = handPayer;
        draft.payeePersonId = handPayee;
        draft.amountText = u"EUR 8,000"_s;
        draft.paidOn = QDate(2025, 1, 20);
        draft.rateText = u"302.45"_s;
        draft.channel = PaymentChannel::HawalaHundi;
        const QString handPayment = PaymentRepository(*m_context).create(draft)->id;
        const Run payment =
            import(writeCsv(u"p.csv"_s, u"FIR,Payer CNIC,Payee CNIC,Payer,Payee,Amount,Date,Rate,Channel\n"
                                        "C-41/2025,3410110000051,3410110000071,File Payer,File Payee,"
                                        "\"EUR 8,000\",20-01-2025,302.45,hawala\n"_s),
                   ImportKind::Payments);
        QCOMPARE(payment.summary.matched, 1);
        const QStringList paymentIds{u"id"_s, u"payer_person_id"_s, u"payee_person_id"_s};
        compareRows(u"payments"_s, u"payer_person_id = '%1'"_s.arg(filePayer), u"id = '%1'"_s.arg(handPayment),
                    paymentIds);

        RouteLeg leg;
        leg.caseId = m_caseId;
        leg.personId = handPayer;
        leg.fromCountry = u"PK"_s;
        leg.fromPlace = u"Quetta"_s;
        leg.toCountry = u"IR"_s;
        leg.toPlace = u"Zahedan"_s;
        leg.mode = TravelMode::Land;
        leg.borderPoint = u"Taftan"_s;
        leg.date = QDate(2025, 1, 12);
        leg.outcome = LegOutcome::Crossed;
        const QString handLeg = RouteRepository(*m_context).add(leg)->id;
        QVERIFY(import(writeCsv(u"r.csv"_s, u"FIR,CNIC,Name,From Country,From,To Country,To,Mode,Border,Date,Outcome\n"
                                            "C-41/2025,3410110000051,File Payer,Pakistan,Quetta,Iran,Zahedan,land,"
                                            "Taftan,12.01.2025,crossed\n"_s),
                       ImportKind::Routes)
                    .summary.committed);
        const QStringList legIds{u"id"_s, u"person_id"_s};
        compareRows(u"route_legs"_s, u"person_id = '%1'"_s.arg(filePayer), u"id = '%1'"_s.arg(handLeg), legIds);

        CaseRole role;
        role.caseId = m_caseId;
        role.personId = handPayee;
        role.role = PersonRole::TraffickingVictim;
        role.victimOutcome = VictimOutcome::Deportee;
        role.exploitation = u"forced labour"_s;
        const QString handRole = *CaseRoleRepository(*m_context).add(role);
        QVERIFY(import(writeCsv(u"v.csv"_s, u"FIR,CNIC,Name,Victim Type,Outcome,Exploitation\n"
                                            "C-41/2025,34101-1000007-1,File Payee,trafficking victim,deported,"
                                            "forced labour\n"_s),
                       ImportKind::Victims)
                    .summary.committed);
        const QStringList roleIds{u"id"_s, u"person_id"_s};
        compareRows(u"case_persons"_s, u"person_id = '%1'"_s.arg(filePayee), u"id = '%1'"_s.arg(handRole), roleIds);

        // A new victim's person record (with the home district) as PersonRepository::create writes it.
        const QString handVictim = person(u"Naeem Akhtar"_s, u"34101-1000009-1"_s, u"Gujranwala"_s);
        QVERIFY(import(writeCsv(u"n.csv"_s, u"FIR,CNIC,Name,Father Name,Sex,Home District\n"
                                            "C-41/2025,34101-1000011-1,Naeem Akhtar,Ghulam Nabi,M,Gujranwala\n"_s),
                       ImportKind::Victims)
                    .summary.committed);
        const QString fileVictim = personWithCnic(u"3410110000111"_s);
        const QStringList personIds{u"id"_s, u"cnic"_s, u"created_at"_s, u"updated_at"_s};
        compareRows(u"persons"_s, u"id = '%1'"_s.arg(fileVictim), u"id = '%1'"_s.arg(handVictim), personIds);
        const QStringList addressIds{u"id"_s, u"person_id"_s};
        compareRows(u"person_addresses"_s, u"person_id = '%1'"_s.arg(fileVictim), u"person_id = '%1'"_s.arg(handVictim),
                    addressIds);
        // The scope terms differ by design: the imported victim is linked to the case, the hand-entered one is not.
        const QStringList searchIds{u"person_id"_s, u"scope"_s};
        compareRows(u"person_search"_s, u"person_id = '%1'"_s.arg(fileVictim), u"person_id = '%1'"_s.arg(handVictim),
                    searchIds);

        TimelineEvent offload;
        offload.personId = handPayer;
        offload.type = u"INTERCEPTED_AT_AIRPORT"_s;
        offload.occurredAt = QDateTime(QDate(2025, 1, 14), QTime(3, 40), QTimeZone(5 * 3600));
        ParsedRow parsed;
        parsed.airport = u"Islamabad Airport"_s;
        parsed.flight = u"PK-233"_s;
        parsed.destination = u"Baku"_s;
        offload.description = ImportRecords::offloadDescription(parsed);
        const QString handEvent = EventRepository(*m_context).add(offload)->id;
        QVERIFY(
            import(writeCsv(u"o.csv"_s, u"Name,CNIC,Date,Airport,Flight,Destination\n"
                                        "File Payer,3410110000051,14-01-2025 03:40,Islamabad Airport,pk-233,Baku\n"_s),
                   ImportKind::Offloads)
                .summary.committed);
        const QStringList eventIds{u"id"_s, u"person_id"_s};
        compareRows(u"events"_s, u"person_id = '%1'"_s.arg(filePayer), u"id = '%1'"_s.arg(handEvent), eventIds);

        signIn(kAdmin);
        RedBookRepository redBook(*m_context);
        RedBookEdition edition;
        edition.edition = 13;
        edition.year = 2025;
        const QString editionId = *redBook.addEdition(edition);
        RedBookEntry entry;
        entry.editionId = editionId;
        entry.personId = handPayer;
        entry.zoneId = m_context->db().scalar(u"SELECT id FROM org_units WHERE code = 'GRW'"_s)->toString();
        entry.serial = 1;
        entry.status = RedBookStatus::Arrested;
        entry.statusOn = QDate(2025, 3, 1);
        const QString handEntry = *redBook.addEntry(entry);
        QVERIFY(import(writeCsv(u"b.csv"_s, u"Edition,S.No,Name,CNIC,Zone,Status,Status Date\n"
                                            "13,2,File Payer,34101-1000005-1,Gujranwala,arrested,01-03-2025\n"_s),
                       ImportKind::RedBook)
                    .summary.committed);
        const QStringList entryIds{u"id"_s, u"person_id"_s, u"serial"_s};
        compareRows(u"red_book_entries"_s, u"person_id = '%1'"_s.arg(filePayer), u"id = '%1'"_s.arg(handEntry),
                    entryIds);
    }

    void dryRunAndCancelLeaveTheDatabaseUnchanged_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("file");
        QTest::newRow("victims") << int(ImportKind::Victims) << u"victims_messy.csv"_s;
        QTest::newRow("payments") << int(ImportKind::Payments) << u"payments_messy.csv"_s;
        QTest::newRow("routes") << int(ImportKind::Routes) << u"routes_messy.csv"_s;
        QTest::newRow("redbook") << int(ImportKind::RedBook) << u"redbook_messy.csv"_s;
        QTest::newRow("offloads") << int(ImportKind::Offloads) << u"offloads_messy.csv"_s;
    }

    void dryRunAndCancelLeaveTheDatabaseUnchanged() {
        QFETCH(int, kind);
        QFETCH(QString, file);
        signIn(kVictimOfficer);
        if (ImportKind(kind) == ImportKind::RedBook) {
            signIn(kAdmin);
        }
        const QString before = fingerprint();
        const RunOptions dry{.dryRun = true, .edition = 13, .editionYear = 2025};
        const Run dryRun = import(file, ImportKind(kind), dry);
        QVERIFY2(!dryRun.failed, qPrintable(dryRun.error.message));
        QVERIFY(!dryRun.summary.committed);
        QVERIFY(dryRun.summary.imported > 0);
        QCOMPARE(fingerprint(), before);
        // Cancelled at the first bad row, after the good rows above it were written inside the transaction.
        const Run cancelled =
            import(file, ImportKind(kind), {.cancelAtFirstIssue = true, .edition = 13, .editionYear = 2025});
        QVERIFY2(!cancelled.failed, qPrintable(cancelled.error.message));
        QVERIFY(cancelled.summary.cancelled);
        QVERIFY(!cancelled.summary.committed);
        QCOMPARE(fingerprint(), before);
        // The real import counts what the dry run counted.
        const Run real = import(file, ImportKind(kind), {.edition = 13, .editionYear = 2025});
        QVERIFY(real.summary.committed);
        QCOMPARE(real.summary.imported, dryRun.summary.imported);
        QCOMPARE(real.summary.rejected, dryRun.summary.rejected);
        QVERIFY(fingerprint() != before);
    }

    void headersSuggestFieldsInEnglishAndUrdu() {
        const ColumnMapping victims = suggestMapping(
            ImportKind::Victims, {u"نام"_s, u"ولدیت"_s, u"ایف آئی آر نمبر"_s, u"آبائی ضلع"_s, u"انجام"_s});
        QCOMPARE(victims.column(u"fir"_s), 2);
        QCOMPARE(victims.column(u"district"_s), 3);
        QCOMPARE(victims.column(u"outcome"_s), 4);
        const ColumnMapping payments = suggestMapping(
            ImportKind::Payments, {u"ادا کنندہ"_s, u"وصول کنندہ"_s, u"رقم"_s, u"مقدمہ نمبر"_s, u"ذریعہ"_s});
        QCOMPARE(payments.column(u"payer_name"_s), 0);
        QCOMPARE(payments.column(u"payee_name"_s), 1);
        QCOMPARE(payments.column(u"amount"_s), 2);
        QCOMPARE(payments.column(u"channel"_s), 4);
        QVERIFY(missingRequired(ImportKind::Payments, payments).isEmpty());
        const ColumnMapping routes = suggestMapping(
            ImportKind::Routes, {u"FIR"_s, u"Departure Country"_s, u"Destination Country"_s, u"Mode of Travel"_s});
        QVERIFY(missingRequired(ImportKind::Routes, routes).isEmpty());
        QVERIFY(missingRequired(ImportKind::Offloads,
                                suggestMapping(ImportKind::Offloads, {u"مسافر کا نام"_s, u"تاریخ پرواز"_s}))
                    .isEmpty());
        QCOMPARE(importKindKeys(), (QStringList{u"persons"_s, u"arrests"_s, u"watchlist"_s, u"victims"_s, u"payments"_s,
                                                u"routes"_s, u"redbook"_s, u"offloads"_s}));
        for (const QString& key : importKindKeys()) {
            QVERIFY(!importKindLabel(*importKindFromKey(key)).isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestImportParity)
#include "test_import_parity.moc"
