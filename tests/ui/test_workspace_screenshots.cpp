// Renders every page of the case workspace and of the person profile in English and Urdu, with a realistic
// synthetic case (accused network, victims, arrests and remands, payments in two currencies, a route, documents,
// evidence, a linked case and an incident), into screenshots/workspace in the build tree, and asserts what a person
// looking at them would notice: every page shows something, no label or button cuts its text off, and in Urdu the
// tabs run from the right and form labels sit right of their fields.
#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QTabBar>
#include <QTabWidget>
#include <QTimeZone>

#include "evidence/evidencestore.h"
#include "repo/arrestrepository.h"
#include "repo/caselinks.h"
#include "repo/caseroles.h"
#include "repo/documentrepository.h"
#include "repo/incidentrepository.h"
#include "repo/officerrepository.h"
#include "repo/paymentrepository.h"
#include "repo/personinsight.h"
#include "repo/referencerepository.h"
#include "repo/routerepository.h"
#include "screenshotchecks.h"
#include "ui/language.h"
#include "ui/settings.h"
#include "ui/workspace/addpersondialog.h"
#include "ui/workspace/casedialog.h"
#include "ui/workspace/caseworkspace.h"
#include "ui/workspace/personfields.h"
#include "ui/workspace/personprofile.h"
#include "workspacefixture.h"

using namespace caselink;
using namespace caselink::test;
using namespace Qt::StringLiterals;

namespace {

struct Built {
    QString caseId;
    QString kingpinId;
};

template <typename T>
QString idOf(const T& saved) {
    return saved ? saved->id : QString();
}

QDateTime pkt(QDate date, int hour) {
    return QDateTime(date, QTime(hour, 30), QTimeZone(5 * 3600)).toUTC();
}

Qt::LayoutDirection directionOf(const QString& language) {
    return language == u"ur"_s ? Qt::RightToLeft : Qt::LeftToRight;
}

// The first tab comes first in the reading direction: in Urdu it sits right of the last one.
QString tabOrderProblem(const QTabWidget* tabs, const QString& language) {
    const QTabBar* bar = tabs->tabBar();
    const QPoint offset = bar->mapTo(bar->window(), QPoint(0, 0));
    return test::mirroringProblem(bar->window(), directionOf(language), bar->tabRect(0).translated(offset),
                                  bar->tabRect(bar->count() - 1).translated(offset));
}

// field's label comes before it in the reading direction.
QString labelOrderProblem(const QWidget* dialog, const QWidget* field, const QString& language) {
    const QWidget* label = test::labelFor(field);
    if (!label) {
        return u"no label for "_s + field->objectName();
    }
    return test::mirroringProblem(dialog, directionOf(language), test::rectInWindow(label), test::rectInWindow(field));
}

} // namespace

class TestWorkspaceScreenshots : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(outDir()));
        QVERIFY(m_f.setUp());
        m_built = build();
        QVERIFY(!m_built.caseId.isEmpty());
    }

    void render_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("ur") << u"ur"_s;
    }
    void render() {
        QFETCH(QString, language);
        Settings::setFilePath(m_dir.filePath(u"%1.ini"_s.arg(language)));
        applyLanguage(language);
        {
            CaseWorkspace workspace(*m_f.context, m_f.navigator, m_f.stack(), m_built.caseId);
            QVERIFY(workspace.isLoaded());
            workspace.resize(1150, 720);
            workspace.show();
            QVERIFY(QTest::qWaitForWindowExposed(&workspace));
            CHECK_NO_PROBLEM(tabOrderProblem(workspace.tabs(), language));
            for (int i = 0; i < workspace.tabs()->count(); ++i) {
                workspace.tabs()->setCurrentIndex(i);
                QTest::qWait(20);
                save(workspace.grab(), u"case-%1-%2.png"_s.arg(workspace.tabs()->widget(i)->objectName(), language));
                CHECK_NO_PROBLEM(test::screenProblem(&workspace, workspace.tabs()->widget(i)));
            }
        }
        {
            PersonProfile profile(*m_f.context, m_f.navigator, m_f.stack(), m_built.kingpinId);
            QVERIFY(profile.isLoaded());
            QVERIFY(profile.correlationTable()->rowCount() > 0);
            profile.resize(1000, 620);
            profile.show();
            QVERIFY(QTest::qWaitForWindowExposed(&profile));
            CHECK_NO_PROBLEM(tabOrderProblem(profile.tabs(), language));
            for (int i = 0; i < profile.tabs()->count(); ++i) {
                profile.tabs()->setCurrentIndex(i);
                QTest::qWait(20);
                save(profile.grab(), u"person-%1-%2.png"_s.arg(i).arg(language));
                CHECK_NO_PROBLEM(test::screenProblem(&profile, profile.tabs()->widget(i)));
            }
        }
        renderDialogs(language);
        applyLanguage(u"en"_s);
    }

private:
    // The create dialogs with the inline feedback an officer sees while typing.
    void renderDialogs(const QString& language) {
        CaseDialog caseDialog(*m_f.context, m_f.stack());
        caseDialog.firEdit()->setText(u"45/24"_s);
        caseDialog.titleEdit()->setText(u"Sialkot visit-visa racket"_s);
        caseDialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&caseDialog));
        QVERIFY(!caseDialog.okButton()->isEnabled());
        save(caseDialog.grab(), u"dialog-case-%1.png"_s.arg(language));
        CHECK_NO_PROBLEM(test::screenProblem(&caseDialog, &caseDialog));
        CHECK_NO_PROBLEM(labelOrderProblem(&caseDialog, caseDialog.firEdit(), language));
        AddPersonDialog personDialog(*m_f.context, m_f.stack(), m_built.caseId, AddPersonDialog::Mode::Accused);
        personDialog.searchEdit()->setText(u"Zulfiqar"_s);
        personDialog.createNew()->setChecked(true);
        personDialog.fields()->cnic()->setText(u"34201-44556-1"_s);
        personDialog.fields()->phones()->setText(u"3001234567"_s);
        personDialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&personDialog));
        QVERIFY(!personDialog.okButton()->isEnabled());
        save(personDialog.grab(), u"dialog-person-%1.png"_s.arg(language));
        CHECK_NO_PROBLEM(test::screenProblem(&personDialog, &personDialog));
        CHECK_NO_PROBLEM(labelOrderProblem(&personDialog, personDialog.searchEdit(), language));
    }

    static QString outDir() { return QStringLiteral(CASELINK_SCREENSHOT_DIR) + u"/workspace"_s; }
    void save(const QPixmap& pixmap, const QString& name) {
        QVERIFY(!pixmap.isNull());
        QVERIFY(pixmap.save(outDir() + u'/' + name));
    }

    QString person(const QString& latin, const QString& urdu, const QString& father, const QString& cnic,
                   const QStringList& phones, const QString& locality, Sex sex = Sex::Male) {
        Person p;
        p.nameLatin = latin;
        p.nameUrdu = urdu;
        p.relation = sex == Sex::Female ? Relation::DaughterOf : Relation::SonOf;
        p.relativeLatin = father;
        p.sex = sex;
        p.cnic = cnic;
        p.phones = phones;
        p.addresses = {PersonAddress{u"PK"_s, u"Punjab"_s, u"Gujrat"_s, u"Kharian"_s, locality, {}}};
        return idOf(PersonRepository(*m_f.context).create(p));
    }
    QString role(const QString& caseId, const QString& personId, PersonRole r, ArrestStatus status,
                 std::optional<VictimOutcome> outcome = std::nullopt) {
        CaseRole role;
        role.caseId = caseId;
        role.personId = personId;
        role.role = r;
        role.arrestStatus = status;
        role.nominatedInFir = isAccusedRole(r);
        role.victimOutcome = outcome;
        return CaseRoleRepository(*m_f.context).add(role).value_or(QString());
    }

    Built build() {
        RepositoryContext& ctx = *m_f.context;
        const QDate today = QDate::currentDate();
        const QDate firDate = today.addDays(-12);
        Incident incident;
        incident.title = u"Boat capsized off Pylos"_s;
        incident.occurredOn = today.addDays(-40);
        incident.location = u"Ionian Sea, 47 nm south-west of Pylos"_s;
        incident.country = u"GR"_s;
        incident.aboard = 750;
        Officer io;
        io.name = u"Inspector Nadeem Abbas"_s;
        io.rank = OfficerRank::Inspector;
        io.serviceNumber = u"FIA-10442"_s;
        CaseRecord c;
        c.firNumber = u"C-41/%1"_s.arg(firDate.year());
        c.firDate = firDate;
        c.enquiryNumber = u"ENQ-GRW-%1-0117"_s.arg(firDate.year());
        c.enquiryDate = firDate.addDays(-20);
        c.status = CaseStatus::UnderInvestigation;
        c.title = u"Dinga network: migrants sent to Libya and on by boat to Italy"_s;
        c.summary = u"Complaint by the brother of a missing migrant. Agents in Dinga and Kharian collected 25 to 30 "
                    "lakh per person, arranged visit visas to Dubai and onward travel to Benghazi."_s;
        c.court = u"Special Judicial Magistrate (FIA), Gujranwala"_s;
        c.prosecutor = u"Ms. Sadia Noor, Deputy Prosecutor"_s;
        c.incidentId = idOf(IncidentRepository(ctx).create(incident));
        c.ioOfficerId = idOf(OfficerRepository(ctx).create(io));
        if (auto offences = ReferenceRepository(ctx).offences(); offences && offences->size() > 3) {
            c.offenceIds = {offences->at(0).id, offences->at(2).id, offences->at(3).id};
        }
        const QString caseId = idOf(CaseRepository(ctx).create(c));
        CaseRecord other;
        other.firNumber = u"C-9/%1"_s.arg(firDate.year());
        other.firDate = firDate.addDays(-60);
        other.status = CaseStatus::UnderTrial;
        other.title = u"Kharian hawala dealer"_s;
        const QString otherCase = idOf(CaseRepository(ctx).create(other));
        (void)CaseLinkRepository(ctx).link(caseId, otherCase, u"same hawala channel"_s);

        const QString kingpin = person(u"Chaudhry Zulfiqar Ahmed"_s, u"چوہدری ذوالفقار احمد"_s, u"Muhammad Bashir"_s,
                                       u"34201-4455667-1"_s, {u"0300 6254411"_s, u"+971 50 123 4567"_s}, u"Dinga"_s);
        const QString agent = person(u"Imran Khalid"_s, u"عمران خالد"_s, u"Khalid Mehmood"_s, u"34201-7788990-3"_s,
                                     {u"0333 8123456"_s}, u"Dinga"_s);
        const QString subAgent =
            person(u"Waqas Butt"_s, u"وقاص بٹ"_s, u"Nazir Butt"_s, {}, {u"0345 7001122"_s}, u"Lalamusa"_s);
        const QString hawala = person(u"Haji Rafiq"_s, u"حاجی رفیق"_s, u"Ghulam Rasool"_s, u"34202-1122334-5"_s,
                                      {u"0300 6254411"_s}, u"Kharian Cantt"_s);
        const QString victim1 = person(u"Adnan Ali"_s, u"عدنان علی"_s, u"Ali Ahmed"_s, u"34201-5566778-9"_s,
                                       {u"0302 4455667"_s}, u"Chak Jani"_s);
        const QString victim2 = person(u"Sajid Hussain"_s, u"ساجد حسین"_s, u"Mushtaq Hussain"_s, {}, {}, u"Guliana"_s);
        const QString complainant = person(u"Asghar Ali"_s, u"اصغر علی"_s, u"Ali Ahmed"_s, u"34201-5566779-7"_s,
                                           {u"0302 9988776"_s}, u"Chak Jani"_s);
        role(caseId, kingpin, PersonRole::Kingpin, ArrestStatus::Abroad);
        role(caseId, agent, PersonRole::Agent, ArrestStatus::Wanted);
        role(caseId, subAgent, PersonRole::SubAgent, ArrestStatus::Wanted);
        role(caseId, hawala, PersonRole::MoneyHandler, ArrestStatus::Wanted);
        role(caseId, victim1, PersonRole::SmuggledMigrant, ArrestStatus::NotApplicable, VictimOutcome::Survivor);
        role(caseId, victim2, PersonRole::SmuggledMigrant, ArrestStatus::NotApplicable, VictimOutcome::Missing);
        role(caseId, complainant, PersonRole::Complainant, ArrestStatus::NotApplicable);
        role(otherCase, hawala, PersonRole::MoneyHandler, ArrestStatus::OnBail);

        ArrestRepository arrests(ctx);
        Arrest a1{{},
                  caseId,
                  agent,
                  pkt(today.addDays(-6), 22),
                  u"Dinga, house search"_s,
                  {},
                  ArrestCategory::General,
                  AirportIntercept::None,
                  false,
                  pkt(today.addDays(-5), 11),
                  {},
                  {}};
        Arrest a2{{},
                  caseId,
                  subAgent,
                  pkt(today.addDays(-3), 6),
                  u"Allama Iqbal International Airport, Lahore"_s,
                  {},
                  ArrestCategory::General,
                  AirportIntercept::Departure,
                  true,
                  pkt(today.addDays(-2), 10),
                  {},
                  u"No magistrate on duty overnight"_s}; // 28 hours: late, recorded with the reason
        const QString arrest1 = idOf(arrests.record(a1));
        const QString arrest2 = idOf(arrests.record(a2));
        (void)arrests.addCustody({{},
                                  arrest1,
                                  CustodyKind::Physical,
                                  today.addDays(-5),
                                  today.addDays(-1),
                                  u"Mr. Tariq Mehmood, Judicial Magistrate"_s,
                                  u"RO-211"_s});
        (void)arrests.addCustody({{},
                                  arrest1,
                                  CustodyKind::Physical,
                                  today.addDays(-1),
                                  today.addDays(4),
                                  u"Mr. Tariq Mehmood, Judicial Magistrate"_s,
                                  u"RO-219"_s});
        (void)arrests.addCustody({{},
                                  arrest2,
                                  CustodyKind::Physical,
                                  today.addDays(-2),
                                  today.addDays(2),
                                  u"Ms. Amna Riaz, Judicial Magistrate"_s,
                                  u"RO-224"_s});

        PaymentRepository payments(ctx);
        PaymentDraft p1;
        p1.caseId = caseId;
        p1.payerPersonId = victim1;
        p1.payeePersonId = agent;
        p1.amountText = u"25 lakh"_s;
        p1.paidOn = firDate.addDays(-90);
        (void)payments.create(p1);
        PaymentDraft p2 = p1;
        p2.payeePersonId = hawala;
        p2.amountText = u"EUR 8,000"_s;
        p2.rateText = u"302.50"_s;
        p2.channel = PaymentChannel::HawalaHundi;
        p2.fmuReference = u"FMU-STR-2291"_s;
        (void)payments.create(p2);
        PaymentDraft p3 = p1;
        p3.payerPersonId = agent;
        p3.payeePersonId = kingpin;
        p3.amountText = u"AED 20,000"_s;
        p3.channel = PaymentChannel::Bank;
        (void)payments.create(p3);

        RouteRepository route(ctx);
        const struct {
            const char* fromC;
            const char* from;
            const char* toC;
            const char* to;
            TravelMode mode;
            const char* border;
            int day;
            LegOutcome outcome;
        } legs[] = {{"PK", "Lahore", "AE", "Dubai", TravelMode::Air, "", -120, LegOutcome::Crossed},
                    {"AE", "Dubai", "EG", "Cairo", TravelMode::Air, "", -110, LegOutcome::Crossed},
                    {"EG", "Cairo", "LY", "Benghazi", TravelMode::Air, "", -100, LegOutcome::Crossed},
                    {"LY", "Benghazi", "LY", "Tobruk", TravelMode::Land, "", -60, LegOutcome::Crossed},
                    {"LY", "Tobruk", "GR", "Pylos", TravelMode::Sea, "", -40, LegOutcome::Missing}};
        for (const auto& leg : legs) {
            RouteLeg l;
            l.caseId = caseId;
            l.personId = victim2;
            l.fromCountry = QString::fromLatin1(leg.fromC);
            l.fromPlace = QString::fromLatin1(leg.from);
            l.toCountry = QString::fromLatin1(leg.toC);
            l.toPlace = QString::fromLatin1(leg.to);
            l.mode = leg.mode;
            l.borderPoint = QString::fromLatin1(leg.border);
            l.date = today.addDays(leg.day);
            l.outcome = leg.outcome;
            (void)route.add(l);
        }
        RouteLeg general;
        general.caseId = caseId;
        general.fromPlace = u"Gujrat"_s;
        general.toCountry = u"PK"_s;
        general.toPlace = u"Quetta"_s;
        (void)route.add(general);
        general.fromPlace = u"Quetta"_s;
        general.toPlace = u"Taftan"_s;
        general.borderPoint = u"Taftan"_s;
        (void)route.add(general);
        general.fromPlace = u"Taftan"_s;
        general.toCountry = u"IR"_s;
        general.toPlace = u"Zahedan"_s;
        (void)route.add(general);

        DocumentRepository documents(ctx);
        Document d1{{},
                    caseId,
                    victim2,
                    DocumentType::Passport,
                    u"AB1234567"_s,
                    u"PK"_s,
                    Authenticity::Genuine,
                    u"M-114/2025"_s,
                    u"Recovered from the agent's office"_s};
        Document d2{{},
                    caseId,
                    victim2,
                    DocumentType::Visa,
                    u"UAE-VV-88231"_s,
                    u"AE"_s,
                    Authenticity::GenuineMisused,
                    u"M-115/2025"_s,
                    u"Visit visa used for onward travel"_s};
        Document d3{{},
                    caseId,
                    subAgent,
                    DocumentType::Passport,
                    u"CX9876543"_s,
                    u"PK"_s,
                    Authenticity::Forged,
                    u"M-116/2025"_s,
                    u"Photo substituted"_s};
        (void)documents.create(d1);
        (void)documents.create(d2);
        (void)documents.create(d3);

        EvidenceStore evidence(ctx);
        (void)evidence.addExhibit(caseId, ExhibitDraft{u"Mobile phone (Samsung A12) of Imran Khalid"_s,
                                                       u"M-117/2025"_s,
                                                       {},
                                                       u"SI Kamran Yousaf"_s,
                                                       pkt(today.addDays(-6), 23),
                                                       u"Dinga"_s});
        QByteArray statement = QByteArrayLiteral("Statement of the complainant under section 161 CrPC (synthetic).");
        QBuffer device(&statement);
        device.open(QIODevice::ReadOnly);
        FileIntake intake;
        intake.title = u"Complainant's statement (161 CrPC)"_s;
        intake.collectedBy = u"Inspector Nadeem Abbas"_s;
        (void)evidence.addFromDevice(caseId, device, u"statement-161.txt"_s, intake);

        QImage photo(240, 300, QImage::Format_RGB32);
        photo.fill(QColor(0xd8, 0xdc, 0xe0));
        QPainter painter(&photo);
        painter.setBrush(QColor(0x7a, 0x86, 0x90));
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(QPoint(120, 110), 55, 65);
        painter.drawEllipse(QPoint(120, 300), 110, 110);
        painter.end();
        QByteArray png;
        QBuffer pngBuffer(&png);
        pngBuffer.open(QIODevice::WriteOnly);
        photo.save(&pngBuffer, "PNG");
        (void)PersonInsight(ctx).setPhoto(kingpin, {u"image/png"_s, png});
        if (auto p = PersonRepository(ctx).get(kingpin)) {
            Person flagged = *p;
            flagged.redBook = true;
            flagged.redNotice = true;
            flagged.aliases = {u"Zulfi"_s, u"Chaudhry Sahib"_s};
            flagged.birthDate = QDate(1971, 4, 2);
            flagged.passports = {PersonPassport{u"BN4410023"_s, u"PK"_s, u"VALID"_s}};
            (void)PersonRepository(ctx).update(flagged);
        }
        return {caseId, kingpin};
    }

    QTemporaryDir m_dir;
    WorkspaceFixture m_f;
    Built m_built;
};

QTEST_MAIN(TestWorkspaceScreenshots)
#include "test_workspace_screenshots.moc"
