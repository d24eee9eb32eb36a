#include "evidencefixture.h"
#include "repo/caseroles.h"

#include <QFile>

namespace caselink::test {

EvidenceFixture::EvidenceFixture(bool populate) {
    auto admin = db.unlock();
    QVERIFY(admin);
    QVERIFY(AccountAdmin(*admin).addUser(NewUser{kGrantUser, QStringLiteral("Inspector Grant"), Role::Investigator,
                                                 QStringLiteral("GRW-AHTC"), true, fastKdf()},
                                         secret(passwordOf(kGrantUser))));
    QVERIFY(admin->close());
    admin.reset();
    openAs(kGrantUser);
    if (populate) {
        fill();
    }
}

QString EvidenceFixture::person(const QString& name, const QString& cnic, const QString& phone, const QString& father) {
    PersonRepository persons(*context);
    Person p;
    p.nameLatin = name;
    p.relation = Relation::SonOf;
    p.relativeLatin = father;
    p.cnic = cnic;
    if (!phone.isEmpty()) {
        p.phones << phone;
    }
    p.addresses.push_back({QStringLiteral("PK"),
                           QStringLiteral("Punjab"),
                           QStringLiteral("Gujranwala"),
                           {},
                           QStringLiteral("Kamoke"),
                           QStringLiteral("House 12, Street 4, Kamoke")});
    auto saved = persons.create(p);
    return saved ? saved->id : QString();
}

void EvidenceFixture::fill() {
    CaseRepository cases(*context);
    CaseRecord c;
    c.firNumber = QStringLiteral("C-188/2023");
    c.firDate = QDate(2023, 6, 20);
    c.title = QStringLiteral("Recruiters of the Libya route, Gujranwala");
    c.summary = QStringLiteral("Complaint by Ayesha Siddiqa (0321-7654321) against agent Rana Tariq Mehmood; "
                               "witness Mukhtar Bhatti saw the payment.");
    auto created = cases.create(c);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    caseId = created->id;
    QVERIFY(cases.setStatus(caseId, CaseStatus::UnderInvestigation));
    accusedId = person(kAccusedName, kAccusedCnic, QStringLiteral("+923001234567"), QStringLiteral("Muhammad Aslam"));
    victimId = person(kVictimName, kVictimCnic, kVictimPhone, QStringLiteral("Ghulam Rasool"));
    witnessId = person(kWitnessName, QStringLiteral("3410198765431"), kWitnessPhone, QStringLiteral("Allah Ditta"));
    QVERIFY(!accusedId.isEmpty() && !victimId.isEmpty() && !witnessId.isEmpty());
    QVERIFY(CaseRoleRepository(*context).add(
        {{}, caseId, accusedId, PersonRole::Agent, true, ArrestStatus::Arrested, {}, {}, {}}));
    QVERIFY(CaseRoleRepository(*context).add({{},
                                              caseId,
                                              victimId,
                                              PersonRole::TraffickingVictim,
                                              false,
                                              ArrestStatus::NotApplicable,
                                              VictimOutcome::Survivor,
                                              QStringLiteral("forced labour"),
                                              {}}));
    QVERIFY(CaseRoleRepository(*context).add(
        {{}, caseId, witnessId, PersonRole::Witness, false, ArrestStatus::NotApplicable, {}, {}, {}}));
    ArrestRepository arrests(*context);
    Arrest a;
    a.caseId = caseId;
    a.personId = accusedId;
    a.arrestedAt = QDateTime(QDate(2023, 6, 22), QTime(9, 0), Qt::UTC);
    a.place = QStringLiteral("Allama Iqbal International Airport");
    auto arrest = arrests.record(a);
    QVERIFY2(arrest, arrest ? "" : qPrintable(arrest.error().message));
    QVERIFY(arrests.addCustody({{},
                                arrest->id,
                                CustodyKind::Physical,
                                QDate(2023, 6, 23),
                                QDate(2023, 6, 29),
                                QStringLiteral("JM Gujranwala"),
                                QStringLiteral("R-77/2023")}));
    EventRepository events(*context);
    TimelineEvent e;
    e.caseId = caseId;
    e.type = QStringLiteral("FIR_REGISTERED");
    e.occurredAt = QDateTime(QDate(2023, 6, 20), QTime(11, 0), Qt::UTC);
    e.description = QStringLiteral("FIR on the complaint of Ayesha Siddiqa, CNIC 35202-7654321-8");
    QVERIFY(events.add(e));
    EvidenceStore store(*context);
    const QString path = db.dir() + QStringLiteral("/statement-ayesha.txt");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Statement of Ayesha Siddiqa, CNIC 35202-7654321-8, phone 0321-7654321.\n");
    f.close();
    auto item = store.addFile(
        caseId, path,
        {QStringLiteral("Statement of Ayesha Siddiqa"), {}, {}, {}, QStringLiteral("AHTC Gujranwala"), {}, {}});
    QVERIFY2(item, item ? "" : qPrintable(item.error().message));
    fileId = item->id;
    QFile::remove(path);
    auto exhibit = store.addExhibit(caseId, {QStringLiteral("Forged visa stamps, 14 pieces"),
                                             QStringLiteral("M-114/2023"),
                                             {},
                                             QStringLiteral("SI Kamran"),
                                             QDateTime::currentDateTimeUtc().addDays(-2),
                                             QStringLiteral("Kamoke raid")});
    QVERIFY2(exhibit, exhibit ? "" : qPrintable(exhibit.error().message));
    exhibitId = exhibit->id;
}

QByteArray randomBytes(qint64 size, quint32 seed) {
    QByteArray out(size, Qt::Uninitialized);
    quint32 x = seed | 1;
    for (qint64 i = 0; i < size; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        out[i] = static_cast<char>(x);
    }
    return out;
}

} // namespace caselink::test
