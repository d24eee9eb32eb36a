#include "statisticsfixture.h"
#include "repo/caseroles.h"

namespace caselink::test {

StatisticsFixture::StatisticsFixture() {
    openAs(kAdmin);
    addUser(QStringLiteral("sup.hq"), Role::Supervisor, QStringLiteral("HQ"), true);
    addUser(QStringLiteral("sup.nogrant"), Role::Supervisor, QStringLiteral("HQ"), false);
    addUser(QStringLiteral("io.grw"), Role::Investigator, QStringLiteral("GRW-AHTC"), false);
    openAs(QStringLiteral("sup.hq"));
    QVERIFY(context);
    build();
}

QString StatisticsFixture::office(const QString& code) {
    auto stmt = session->database().prepare(QStringLiteral("SELECT id FROM org_units WHERE code = ?"));
    stmt->bind(1, code);
    return *stmt->step() ? stmt->columnText(0) : QString();
}

QString StatisticsFixture::person(const QString& name, Sex sex, int birthYear, const QString& district,
                                  const QString& nationality) {
    Person p;
    p.nameLatin = name;
    p.sex = sex;
    p.birthYear = birthYear;
    p.nationality = nationality;
    if (!district.isEmpty()) {
        PersonAddress a;
        a.province = QStringLiteral("Punjab");
        a.district = district;
        p.addresses.push_back(a);
    }
    auto saved = PersonRepository(*context).create(p);
    if (!saved) {
        qWarning() << saved.error().message;
    }
    return saved ? saved->id : QString();
}

QString StatisticsFixture::makeCase(const QString& officeCode, const QString& fir, QDate firDate,
                                    const QString& enquiry, QDate enquiryDate, const QString& route,
                                    const QStringList& offences) {
    CaseRecord c;
    c.officeId = office(officeCode);
    c.firNumber = fir;
    c.firDate = firDate;
    c.enquiryNumber = enquiry;
    c.enquiryDate = enquiryDate;
    c.routeCode = route;
    c.title = QStringLiteral("Statistics fixture ") + fir + enquiry;
    c.offenceIds = offences;
    auto saved = CaseRepository(*context).create(c);
    if (!saved) {
        qWarning() << saved.error().message;
    }
    return saved ? saved->id : QString();
}

void StatisticsFixture::role(const QString& caseId, const QString& personId, PersonRole r,
                             std::optional<VictimOutcome> outcome) {
    CaseRole cr;
    cr.caseId = caseId;
    cr.personId = personId;
    cr.role = r;
    cr.victimOutcome = outcome;
    auto id = CaseRoleRepository(*context).add(cr);
    QVERIFY2(id, id ? "" : qPrintable(id.error().message));
}

QString StatisticsFixture::arrest(const QString& caseId, const QString& personId, const QString& officeCode, QDate on,
                                  ArrestCategory category) {
    Arrest a;
    a.caseId = caseId;
    a.personId = personId;
    a.arrestingOfficeId = office(officeCode);
    a.arrestedAt = QDateTime(on, QTime(10, 0), Qt::UTC);
    a.category = category;
    auto saved = ArrestRepository(*context).record(a);
    if (!saved) {
        qWarning() << saved.error().message;
    }
    return saved ? saved->id : QString();
}

void StatisticsFixture::event(const QString& caseId, const QString& type, QDate on) {
    TimelineEvent e;
    e.caseId = caseId;
    e.type = type;
    e.occurredAt = QDateTime(on, QTime(12, 0), Qt::UTC);
    auto saved = EventRepository(*context).add(e);
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
}

void StatisticsFixture::payment(const QString& caseId, const QString& amount, QDate on) {
    PaymentDraft p;
    p.caseId = caseId;
    p.amountText = amount;
    p.paidOn = on;
    auto saved = PaymentRepository(*context).create(p);
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
}

void StatisticsFixture::asset(const QString& caseId, AssetAction action, const QString& value, QDate on) {
    Asset a;
    a.caseId = caseId;
    a.kind = QStringLiteral("Vehicle");
    a.valueText = value;
    a.action = action;
    a.actionDate = on;
    auto saved = AssetRepository(*context).create(a);
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
}

void StatisticsFixture::build() {
    auto stmt = session->database().prepare(QStringLiteral("SELECT id FROM ref_offences ORDER BY code LIMIT 1"));
    QVERIFY(*stmt->step());
    offence = stmt->columnText(0);
    c1 = makeCase(QStringLiteral("GRW-AHTC"), QStringLiteral("1/2024"), QDate(2024, 3, 1), QStringLiteral("ENQ-1/2024"),
                  QDate(2024, 2, 20), QStringLiteral("CENTRAL_MED"), {offence});
    c2 = makeCase(QStringLiteral("GRW-AHTC"), QStringLiteral("2/2025"), QDate(2025, 1, 10), {}, {},
                  QStringLiteral("EASTERN_MED"), {});
    c3 = makeCase(QStringLiteral("LHR-AHTC"), QStringLiteral("3/2025"), QDate(2025, 2, 1), {}, {},
                  QStringLiteral("CENTRAL_MED"), {offence});
    c4 = makeCase(QStringLiteral("LHR-AHTC"), {}, {}, QStringLiteral("ENQ-4/2025"), QDate(2025, 3, 5), {}, {});
    QVERIFY(!c1.isEmpty() && !c2.isEmpty() && !c3.isEmpty() && !c4.isEmpty());
    a1 = person(QStringLiteral("Agent One"), Sex::Male, 1980, {});
    a2 = person(QStringLiteral("Agent Two"), Sex::Male, 1975, {}, QStringLiteral("AF"));
    a3 = person(QStringLiteral("Kingpin Three"), Sex::Male, 1970, {});
    role(c1, a1, PersonRole::Agent);
    role(c3, a1, PersonRole::Agent);
    role(c2, a2, PersonRole::SubAgent);
    role(c3, a3, PersonRole::Kingpin);
    const QString v1 = person(QStringLiteral("Victim One"), Sex::Female, 2005, QStringLiteral("Gujrat"));
    const QString v2 = person(QStringLiteral("Victim Two"), Sex::Male, 1990, QStringLiteral("Gujrat"));
    const QString v3 = person(QStringLiteral("Victim Three"), Sex::Male, 1990, QStringLiteral("Sialkot"));
    role(c1, v1, PersonRole::SmuggledMigrant, VictimOutcome::Deceased);
    role(c1, v2, PersonRole::SmuggledMigrant, VictimOutcome::Survivor);
    role(c3, v3, PersonRole::TraffickingVictim, VictimOutcome::Survivor);

    QVERIFY(!arrest(c1, a1, QStringLiteral("GRW-AHTC"), QDate(2024, 3, 5), ArrestCategory::General).isEmpty());
    QVERIFY(
        !arrest(c1, a1, QStringLiteral("GRW-AHTC"), QDate(2024, 3, 20), ArrestCategory::ProclaimedOffender).isEmpty());
    QVERIFY(!arrest(c2, a2, QStringLiteral("GRW-AHTC"), QDate(2025, 1, 15), ArrestCategory::General).isEmpty());
    mostWantedArrest = arrest(c2, a2, QStringLiteral("GRW-AHTC"), QDate(2025, 3, 2), ArrestCategory::MostWanted);
    QVERIFY(!mostWantedArrest.isEmpty());
    QVERIFY(!arrest(c3, a1, QStringLiteral("LHR-AHTC"), QDate(2025, 3, 10), ArrestCategory::General).isEmpty());
    QVERIFY(!arrest(c3, a3, QStringLiteral("LHR-AHTC"), QDate(2025, 3, 11), ArrestCategory::CourtAbsconder).isEmpty());

    CaseRepository cases(*context);
    QVERIFY(cases.setStatus(c1, CaseStatus::Convicted));
    QVERIFY(cases.setStatus(c2, CaseStatus::Acquitted));
    QVERIFY(cases.setStatus(c3, CaseStatus::InterimChallanSubmitted));
    event(c3, QStringLiteral("INTERIM_CHALLAN"), QDate(2025, 2, 15)); // FIR + 14: on time
    event(c2, QStringLiteral("INTERIM_CHALLAN"), QDate(2025, 2, 10)); // FIR + 31: late

    payment(c1, QStringLiteral("100000"), QDate(2024, 1, 5));
    payment(c1, QStringLiteral("300000"), QDate(2024, 1, 20));
    payment(c3, QStringLiteral("200000"), QDate(2024, 12, 1));
    payment(c2, QStringLiteral("5 lakh"), QDate(2024, 11, 1));

    asset(c1, AssetAction::Seized, QStringLiteral("1000000"), QDate(2024, 4, 1));
    asset(c3, AssetAction::Frozen, QStringLiteral("500000"), QDate(2025, 4, 1));
    asset(c3, AssetAction::Seized, QStringLiteral("250000"), QDate(2025, 4, 2));
    ok = true;
}

} // namespace caselink::test
