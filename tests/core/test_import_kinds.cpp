// The import kinds beyond persons, arrests and watch lists, on a real encrypted database: a messy file per kind
// (mixed date formats, CNICs with and without dashes, Urdu and Latin names, a blank line, one bad row per kind of
// error) whose every bad row is reported with its reason, good rows read back through the repositories exactly as
// hand-entered records would show, dry runs and cancels that leave the database as it was, and the permissions:
// victims need the victim grant, Red Book editions an administrator or supervisor.
#include <QTest>

#include "importkindsfixture.h"
#include "repo/caseroles.h"

using namespace Qt::StringLiterals;
using namespace caselink;
using namespace caselink::test;

class TestImportKinds : public ImportKindsFixture {
    Q_OBJECT

private slots:
    void init() { setUp(); }

    void cleanup() { tearDown(); }

    void victimsLandAsCaseRolesWithOutcomeAndDistrict() {
        signIn(kVictimOfficer);
        const Run run = import(u"victims_messy.csv"_s, ImportKind::Victims);
        QVERIFY2(!run.failed, qPrintable(run.error.message));
        QCOMPARE(run.summary.rows, 9);
        QCOMPARE(run.summary.blankLines, 1);
        verifyRejected(run, {{6, u"cnic.length"_s},
                             {7, u"import.victim_role"_s},
                             {8, u"import.victim_outcome"_s},
                             {9, u"import.case_missing"_s},
                             {10, u"date.month_day_order"_s},
                             {11, u"person.name_missing"_s}});
        QCOMPARE(run.summary.imported, 3);
        // Read back as the case workspace's victims page reads them.
        auto roles = CaseRoleRepository(*m_context).ofCase(m_caseId);
        QVERIFY(roles);
        std::map<QString, CaseRoleView> byName;
        for (const CaseRoleView& r : *roles) {
            byName[r.person.displayName()] = r;
        }
        QCOMPARE(byName.size(), size_t(3));
        const CaseRoleView& bilal = byName.at(u"Bilal Ahmed"_s);
        QCOMPARE(bilal.role.role, PersonRole::SmuggledMigrant);
        QCOMPARE(bilal.role.victimOutcome, std::optional(VictimOutcome::Survivor));
        QCOMPARE(bilal.role.arrestStatus, ArrestStatus::NotApplicable);
        QCOMPARE(bilal.person.cnic, u"3410123456781"_s);
        QCOMPARE(bilal.person.birthDate, QDate(1998, 4, 5));
        QCOMPARE(bilal.person.addresses.size(), size_t(1));
        QCOMPARE(bilal.person.addresses.front().district, u"Gujranwala"_s);
        const CaseRoleView& imran = byName.at(u"عمران علی"_s);
        QCOMPARE(imran.role.victimOutcome, std::optional(VictimOutcome::Deceased));
        QCOMPARE(imran.person.relativeUrdu, u"محمد رفیق"_s);
        const CaseRoleView& saima = byName.at(u"Saima Bibi"_s);
        QCOMPARE(saima.role.role, PersonRole::TraffickingVictim);
        QCOMPARE(saima.role.victimOutcome, std::optional(VictimOutcome::Missing));
        QCOMPARE(saima.person.relation, Relation::DaughterOf);
        // The address key and the search row as PersonRepository writes them: shared addresses and search work.
        QCOMPARE(count(u"SELECT count(*) FROM person_addresses WHERE address_key <> ''"_s), 3);
        auto found = PersonRepository(*m_context).search(u"Imran Ali"_s);
        QVERIFY(found && !found->empty());
        // The audit entry carries counts and the file's hash, no name and no CNIC.
        auto fields = m_context->db().scalar(u"SELECT fields FROM audit_log WHERE action = 'import.commit'"_s);
        QVERIFY(fields);
        for (const QString& identity : {u"Bilal"_s, u"3410123456781"_s, u"عمران"_s, u"Saima"_s}) {
            QVERIFY2(!fields->toString().contains(identity), qPrintable(fields->toString()));
        }
        // The same file again: the victims are recorded already and are not added twice.
        const Run again = import(u"victims_messy.csv"_s, ImportKind::Victims);
        QCOMPARE(again.summary.matched, 2);
        QCOMPARE(again.summary.imported, 1); // Saima has no CNIC: a new record, held for review beside the first
        QCOMPARE(again.summary.review, 1);
        QVERIFY(codesOfRow(again, 2).contains(u"import.victim_recorded"_s));
        QCOMPARE(count(u"SELECT count(*) FROM case_persons WHERE role = 'SMUGGLED_MIGRANT'"_s), 2);
    }

    void victimsRefusedWithoutTheGrant() {
        for (const QString& user : {kPlainOfficer, kAdmin}) {
            signIn(user);
            const QString before = fingerprint();
            for (bool dryRun : {true, false}) {
                const Run run = import(u"victims_messy.csv"_s, ImportKind::Victims, {.dryRun = dryRun});
                QVERIFY(run.failed);
                QCOMPARE(run.error.code, ErrorCode::Permission);
                QVERIFY2(run.error.message.contains(u"victim grant"_s), qPrintable(run.error.message));
                QVERIFY(run.issues.empty()); // not a row was read
            }
            QCOMPARE(fingerprint(), before);
            QVERIFY(!Importer(*m_context).mayImport(ImportKind::Victims));
        }
    }

    void paymentsLandAsThePaymentRepositoryStoresThem() {
        const Run run = import(u"payments_messy.csv"_s, ImportKind::Payments);
        QVERIFY2(!run.failed, qPrintable(run.error.message));
        QCOMPARE(run.summary.rows, 11);
        verifyRejected(run, {{8, u"money."_s},
                             {9, u"payment.same_person"_s},
                             {10, u"import.channel"_s},
                             {11, u"date.invalid_day"_s},
                             {12, u"import.case_missing"_s},
                             {13, u"payment.currency"_s}});
        QVERIFY(codesOfRow(run, 6).contains(u"payment.no_rate"_s)); // a warning: written without a PKR figure
        PaymentRepository payments(*m_context);
        auto list = payments.listForCase(m_caseId);
        QVERIFY(list);
        QCOMPARE(list->size(), size_t(5));
        const QString bilal = personWithCnic(u"3410123456781"_s);
        const QString rana = personWithCnic(u"3520211122235"_s);
        QVERIFY(!bilal.isEmpty() && !rana.isEmpty());
        std::map<QDate, Payment> byDate;
        for (const Payment& p : *list) {
            byDate[p.paidOn] = p;
            QCOMPARE(p.payeePersonId, rana); // the payee linked by CNIC in every row, with or without dashes
        }
        const Payment& lakh = byDate.at(QDate(2025, 1, 15));
        QCOMPARE(lakh.amount, (Money{250'000'000, u"PKR"_s}));
        QCOMPARE(lakh.pkr, std::optional(Money{250'000'000, u"PKR"_s}));
        QCOMPARE(lakh.rateMicros, qint64(1'000'000));
        QCOMPARE(lakh.channel, PaymentChannel::HawalaHundi);
        QCOMPARE(lakh.payerPersonId, bilal);
        const Payment& euro = byDate.at(QDate(2025, 1, 20));
        QCOMPARE(euro.amount, (Money{800'000, u"EUR"_s}));
        QCOMPARE(euro.pkr, std::optional(Money{241'960'000, u"PKR"_s}));
        QCOMPARE(euro.rateMicros, qint64(302'450'000));
        QCOMPARE(euro.channel, PaymentChannel::Bank);
        // The crore in Urdu is Bilal's (his CNIC written without dashes).
        QCOMPARE(count(u"SELECT count(*) FROM payments WHERE amount_minor = 1200000000 AND currency = 'PKR' "
                       "AND channel = 'MOBILE_WALLET' AND payer_person_id = '%1'"_s.arg(bilal)),
                 1);
        const Payment& dirham = byDate.at(QDate(2025, 2, 1));
        QCOMPARE(dirham.amount, (Money{2'000'000, u"AED"_s}));
        QCOMPARE(dirham.pkr, std::optional(Money{152'000'000, u"PKR"_s})); // at the rate 76 the file's PKR implies
        QCOMPARE(dirham.rateMicros, qint64(76'000'000));
        QCOMPARE(dirham.channel, PaymentChannel::Cash);
        const Payment& dollar = byDate.at(QDate(2025, 2, 3));
        QCOMPARE(dollar.amount, (Money{500'000, u"USD"_s}));
        QVERIFY(!dollar.pkr);
        QCOMPARE(dollar.payerPersonId, dirham.payerPersonId);
        auto totals = payments.totalsForCase(m_caseId);
        QVERIFY(totals);
        QCOMPARE(totals->pkrMinor, qint64(250'000'000 + 241'960'000 + 1'200'000'000 + 152'000'000));
        QCOMPARE(totals->withoutPkr, 1);
        // The person's profile lists them like any payment.
        QCOMPARE(payments.listForPerson(rana)->size(), size_t(5));
    }

    void routeLegsFormGapFreeChainsPerTraveller() {
        // A leg of the case's general route recorded by hand before the import: the file's general legs follow it.
        RouteLeg first;
        first.caseId = m_caseId;
        first.fromCountry = u"PK"_s;
        first.fromPlace = u"Lahore"_s;
        first.toCountry = u"PK"_s;
        first.toPlace = u"Karachi"_s;
        QVERIFY(RouteRepository(*m_context).add(first));
        const Run run = import(u"routes_messy.csv"_s, ImportKind::Routes);
        QVERIFY2(!run.failed, qPrintable(run.error.message));
        QCOMPARE(run.summary.rows, 10);
        verifyRejected(run, {{8, u"route.to_country"_s},
                             {9, u"route.mode"_s},
                             {10, u"route.seq_twice"_s},
                             {11, u"date.invalid_month"_s},
                             {12, u"import.case_missing"_s}});
        bool named = false;
        for (const ImportIssue& i : run.issues) {
            named = named || (i.code == u"route.to_country"_s && i.message.contains(u"Atlantis"_s));
        }
        QVERIFY2(named, "the unknown country is named");
        RouteRepository routes(*m_context);
        const QString bilal = personWithCnic(u"3410123456781"_s);
        auto chain = routes.chainForCase(m_caseId, bilal);
        QVERIFY(chain);
        QCOMPARE(chain->size(), size_t(3));
        // In the order of the file's leg numbers, not of its rows.
        QCOMPARE((*chain)[0].seq, 1);
        QCOMPARE((*chain)[0].fromPlace, u"Gujrat"_s);
        QCOMPARE((*chain)[0].toCountry, u"PK"_s);
        QCOMPARE((*chain)[0].mode, TravelMode::Land);
        QCOMPARE((*chain)[0].date, QDate(2025, 1, 10));
        QCOMPARE((*chain)[1].seq, 2);
        QCOMPARE((*chain)[1].toCountry, u"IR"_s);
        QCOMPARE((*chain)[1].borderPoint, u"Taftan"_s);
        QCOMPARE((*chain)[1].outcome, LegOutcome::Crossed);
        QCOMPARE((*chain)[2].seq, 3);
        QCOMPARE((*chain)[2].fromCountry, u"IR"_s);
        QCOMPARE((*chain)[2].toCountry, u"TR"_s);
        QCOMPARE((*chain)[2].outcome, LegOutcome::Intercepted);
        auto general = routes.chainForCase(m_caseId, QString());
        QVERIFY(general);
        QCOMPARE(general->size(), size_t(3));
        QCOMPARE((*general)[0].toPlace, u"Karachi"_s);
        QCOMPARE((*general)[1].seq, 2);
        QCOMPARE((*general)[1].toCountry, u"AE"_s);
        QCOMPARE((*general)[1].mode, TravelMode::Air);
        QCOMPARE((*general)[2].seq, 3);
        QCOMPARE((*general)[2].toCountry, u"LY"_s);
        // Positions stay editable the repository's way: moving the last leg first renumbers without gaps.
        QVERIFY(routes.move((*chain)[2].id, 1));
        auto moved = routes.chainForCase(m_caseId, bilal);
        QCOMPARE((*moved)[0].id, (*chain)[2].id);
        QCOMPARE((*moved)[2].seq, 3);
    }

    void redBookEditionCreatedAndEntriesByZone() {
        const Run run = import(u"redbook_messy.csv"_s, ImportKind::RedBook, {.edition = 13, .editionYear = 2025});
        QVERIFY2(!run.failed, qPrintable(run.error.message));
        QCOMPARE(run.summary.rows, 9);
        verifyRejected(run, {{7, u"red_book.zone"_s},
                             {8, u"red_book.status"_s},
                             {9, u"red_book.serial_taken"_s},
                             {10, u"red_book.serial"_s},
                             {11, u"cnic.length"_s}});
        RedBookRepository redBook(*m_context);
        auto editions = redBook.editions();
        QVERIFY(editions);
        QCOMPARE(editions->size(), size_t(1));
        QCOMPARE(editions->front().edition, 13);
        QCOMPARE(editions->front().year, 2025);
        auto entries = redBook.entries(editions->front().id);
        QVERIFY(entries);
        QCOMPARE(entries->size(), size_t(4));
        auto zoneCode = [&](const QString& id) {
            return m_context->db().scalar(u"SELECT code FROM org_units WHERE id = '%1'"_s.arg(id))->toString();
        };
        const QStringList zones{zoneCode((*entries)[0].zoneId), zoneCode((*entries)[1].zoneId),
                                zoneCode((*entries)[2].zoneId), zoneCode((*entries)[3].zoneId)};
        QCOMPARE(zones, (QStringList{u"GRW"_s, u"GRW"_s, u"ISB"_s, u"LHR"_s}));
        QCOMPARE((*entries)[1].status, RedBookStatus::Arrested);
        QCOMPARE((*entries)[1].statusOn, QDate(2025, 2, 15));
        QCOMPARE((*entries)[2].status, RedBookStatus::Abroad);
        QCOMPARE((*entries)[3].serial, 4);
        auto progress = redBook.progressByZone(editions->front().id);
        QVERIFY(progress);
        QCOMPARE(progress->front().zoneCode, u"GRW"_s);
        QCOMPARE(progress->front().wanted, 1);
        QCOMPARE(progress->front().arrested, 1);
        QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'import.commit' AND "
                       "fields LIKE '%red_book_editions_created%13%'"_s),
                 1);
        // The Red Book run finds a look-alike of a wanted person.
        Person twin;
        twin.nameLatin = u"Rana Shahid"_s;
        twin.relativeLatin = u"Rana Akbar"_s;
        QVERIFY(PersonRepository(*m_context).create(twin));
        auto hits = WatchListMatcher(*m_context).run(u"RED_BOOK"_s);
        QVERIFY(hits && !hits->empty());
        // The same list again: persons already in the edition are not entered twice.
        const Run again = import(u"redbook_messy.csv"_s, ImportKind::RedBook, {.edition = 13});
        QVERIFY(codesOfRow(again, 2).contains(u"red_book.recorded"_s));
        QCOMPARE(redBook.entries(editions->front().id)->size(), size_t(4));
    }

    void redBookNeedsYearForNewEditionAndACompiler() {
        const Run noYear = import(u"redbook_messy.csv"_s, ImportKind::RedBook, {.edition = 14});
        QVERIFY(!noYear.failed);
        QVERIFY(codesOfRow(noYear, 2).contains(u"red_book.edition_year"_s));
        QCOMPARE(noYear.summary.rejected, noYear.summary.rows);
        signIn(kPlainOfficer);
        const QString before = fingerprint();
        const Run refused = import(u"redbook_messy.csv"_s, ImportKind::RedBook, {.edition = 13, .editionYear = 2025});
        QVERIFY(refused.failed);
        QCOMPARE(refused.error.code, ErrorCode::Permission);
        QCOMPARE(fingerprint(), before);
    }

    void offloadsAreEventsOnTheProfileAndMatchable() {
        Person known;
        known.nameLatin = u"Bilal Ahmed"_s;
        known.relativeLatin = u"Muhammad Aslam"_s;
        known.cnic = u"34101-2345678-1"_s;
        const QString bilal = PersonRepository(*m_context).create(known)->id;
        Person lookalike; // no identifier: found only by name and father's name
        lookalike.nameLatin = u"Asma Bibi"_s;
        lookalike.relativeLatin = u"Allah Dita"_s;
        lookalike.sex = Sex::Female;
        const QString asma = PersonRepository(*m_context).create(lookalike)->id;

        const Run run = import(u"offloads_messy.csv"_s, ImportKind::Offloads);
        QVERIFY2(!run.failed, qPrintable(run.error.message));
        QCOMPARE(run.summary.rows, 7);
        verifyRejected(
            run, {{6, u"date."_s}, {7, u"offload.date_missing"_s}, {8, u"passport."_s}, {9, u"import.time_format"_s}});
        QCOMPARE(run.summary.matched, 1);
        QCOMPARE(run.summary.imported, 2);
        QCOMPARE(run.summary.review, 1); // Asma Bibi d/o Allah Ditta may be the Asma on record
        // On the person's timeline as an INTERCEPTED_AT_AIRPORT event, 03:40 Pakistan time.
        auto timeline = EventRepository(*m_context).timelineForPerson(bilal);
        QVERIFY(timeline);
        QCOMPARE(timeline->size(), size_t(1));
        const TimelineEvent& e = timeline->front();
        QCOMPARE(e.type, u"INTERCEPTED_AT_AIRPORT"_s);
        QVERIFY(e.caseId.isEmpty());
        QCOMPARE(e.occurredAt, QDateTime(QDate(2025, 1, 13), QTime(22, 40), QTimeZone::utc()));
        for (const QString& part : {u"Islamabad Airport"_s, u"PK-233"_s, u"Baku"_s, u"onward travel"_s}) {
            QVERIFY2(e.description.contains(part), qPrintable(e.description));
        }
        // On the profile's watch-list tab.
        auto lists = PersonInsight(*m_context).watchlists(bilal);
        QVERIFY(lists);
        QCOMPARE(lists->size(), size_t(1));
        QCOMPARE(lists->front().list, u"OFFLOADED"_s);
        QCOMPARE(lists->front().placedOn, QDate(2025, 1, 14));
        QVERIFY(lists->front().reference.contains(u"PK-233"_s));
        QVERIFY(!lists->front().reference.contains(u'\n'));
        // The offloaded passengers run against every person: Asma's look-alike record is a hit.
        auto hits = WatchListMatcher(*m_context).run(u"OFFLOADED"_s);
        QVERIFY2(hits, hits ? "" : qPrintable(hits.error().message));
        bool asmaHit = false;
        for (const WatchListHit& h : *hits) {
            asmaHit = asmaHit || h.personId == asma;
        }
        QVERIFY(asmaHit);
        // The same list again: every offloading is recorded already.
        const Run again = import(u"offloads_messy.csv"_s, ImportKind::Offloads);
        QCOMPARE(again.summary.matched, 3);
        QVERIFY(codesOfRow(again, 2).contains(u"offload.recorded"_s));
        QCOMPARE(count(u"SELECT count(*) FROM events WHERE event_type = 'INTERCEPTED_AT_AIRPORT'"_s), 3);
    }
};

QTEST_GUILESS_MAIN(TestImportKinds)
#include "test_import_kinds.moc"
