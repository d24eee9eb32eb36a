// The list models on a real encrypted database with a few thousand rows: paging visits every row once and in SQL
// order, sorting and filtering run in SQL, scope and victim protection hold, and repository changes arrive
// without polling.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

#include "models/arrestlistmodel.h"
#include "models/auditlistmodel.h"
#include "models/caselistmodel.h"
#include "models/eventlistmodel.h"
#include "models/paymentlistmodel.h"
#include "models/personlistmodel.h"
#include "models/victimlistmodel.h"
#include "repo/personrepository.h"
#include "security/accountadmin.h"
#include "signedindatabase.h"
#include "storage/database.h"
#include "text/namesearchforms.h"

using namespace caselink;
using namespace caselink::test;

namespace {

constexpr int kPersons = 3000;
constexpr int kCases = 1000;
constexpr int kArrests = 2000;
constexpr int kVictims = 800; // the first kVictims persons are smuggled migrants in some case
constexpr int kPayments = 1500;
constexpr int kEvents = 2000;

enum class Kind { Persons, Cases, Arrests, Victims, Payments, Events, Audit };

const char* const kFirst[] = {"Muhammad", "Ali",   "Bilal",  "Usman", "Imran",
                              "Tariq",    "Zahid", "Nadeem", "Asif",  "Kashif"};
const char* const kLast[] = {"Aslam",    "Hussain", "Jutt",  "Butt", "Cheema",
                             "Warraich", "Gondal",  "Bajwa", "Khan", "Malik"};

QString pid(int i) {
    return QStringLiteral("%1-0000-4000-8000-000000000000").arg(i * 7919 % 100000000, 8, 16, QLatin1Char('0'));
}

// Runs one prepared statement per row inside the open transaction.
bool exec(Database& db, const QString& sql, const std::function<void(Statement&)>& bind) {
    auto stmt = db.prepare(sql);
    if (!stmt) {
        qWarning() << stmt.error().message;
        return false;
    }
    bind(*stmt);
    auto st = stmt->run();
    if (!st) {
        qWarning() << st.error().message;
    }
    return bool(st);
}

struct Fixture : SignedInDatabase {
    std::unique_ptr<PersonRepository> persons;

    Fixture() { open(kAdmin, kAdminPassword); }
    void openRepositories() override { persons = std::make_unique<PersonRepository>(*context); }
    void closeRepositories() override { persons.reset(); }

    // Thousands of rows in one transaction, with their search index rows, as an import would write them.
    void seed() {
        Database& d = session->database();
        const QString office = session->user().officeId;
        Transaction tx(d);
        QVERIFY(tx.begin());
        for (int i = 0; i < 5; ++i) {
            QVERIFY(exec(d,
                         QStringLiteral("INSERT INTO officers (id, name, rank, service_number, office_id) "
                                        "VALUES (?, ?, 'INSPECTOR', ?, ?)"),
                         [&](Statement& s) {
                             s.bind(1, QStringLiteral("o%1").arg(i))
                                 .bind(2, QStringLiteral("Inspector %1").arg(QChar(u'A' + i)))
                                 .bind(3, QStringLiteral("SN-%1").arg(i))
                                 .bind(4, office);
                         }));
        }
        auto person = d.prepare(QStringLiteral(
            "INSERT INTO persons (id, name_latin, name_urdu, relation, relative_latin, cnic, red_book, "
            "proclaimed_offender, office_id, created_at, updated_at) VALUES (?, ?, ?, 'SO', ?, ?, ?, ?, ?, 'x', 'x')"));
        auto search = d.prepare(QStringLiteral("INSERT INTO person_search (person_id, names, keys) VALUES (?, ?, ?)"));
        QVERIFY(person && search);
        for (int i = 0; i < kPersons; ++i) {
            const QString name =
                QStringLiteral("%1 %2").arg(QLatin1String(kFirst[i % 10]), QLatin1String(kLast[(i / 10) % 10]));
            person->reset();
            person->bind(1, pid(i))
                .bind(2, i % 7 == 0 ? QStringLiteral("") : name) // some recorded in Urdu only
                .bind(3, QStringLiteral("اسم %1").arg(i))
                .bind(4, QStringLiteral("Father %1").arg(i % 50))
                .bind(5, i % 3 == 0 ? QString() : QStringLiteral("35202%1").arg(1000000 + i, 8, 10, QLatin1Char('0')))
                .bind(6, i % 11 == 0 ? 1 : 0)
                .bind(7, i % 13 == 0 ? 1 : 0)
                .bind(8, office);
            QVERIFY(person->run());
            const NameSearchForms forms = searchForms(name);
            search->reset();
            search->bind(1, pid(i)).bind(2, forms.text()).bind(3, forms.keys.join(QLatin1Char(' ')));
            QVERIFY(search->run());
        }
        const QStringList statuses{QStringLiteral("FIR_REGISTERED"), QStringLiteral("UNDER_INVESTIGATION"),
                                   QStringLiteral("UNDER_TRIAL"), QStringLiteral("CONVICTED")};
        auto kase = d.prepare(QStringLiteral(
            "INSERT INTO cases (id, office_id, enquiry_number, fir_prefix, fir_serial, fir_year, fir_station, "
            "fir_date, "
            "status, io_officer_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'GRW', ?, ?, ?, 'x', 'x')"));
        QVERIFY(kase);
        for (int i = 0; i < kCases; ++i) {
            const bool hasFir = i % 5 != 0;
            kase->reset();
            kase->bind(1, QStringLiteral("c%1").arg(i, 5, 10, QLatin1Char('0')))
                .bind(2, office)
                .bind(3, QStringLiteral("ENQ-%1").arg(i, 5, 10, QLatin1Char('0')))
                .bind(4, i % 9 == 0 ? QStringLiteral("C") : QString())
                .bind(5, hasFir ? QVariant(1000 - i) : QVariant())
                .bind(6, hasFir ? QVariant(2024 + i % 2) : QVariant())
                .bind(7, hasFir ? QStringLiteral("2025-%1-%2")
                                      .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                                      .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                                : QString())
                .bind(8, statuses[i % 4])
                .bind(9, i % 6 == 0 ? QString() : QStringLiteral("o%1").arg(i % 5));
            QVERIFY(kase->run());
        }
        auto caseId = [](int i) {
            return QStringLiteral("c%1").arg(i % kCases, 5, 10, QLatin1Char('0'));
        };
        const QStringList outcomes{QStringLiteral("SURVIVOR"), QStringLiteral("DECEASED"), QStringLiteral("MISSING"),
                                   QString()};
        for (int i = 0; i < kVictims; ++i) {
            QVERIFY(exec(d,
                         QStringLiteral("INSERT INTO case_persons (id, case_id, person_id, role, victim_outcome) "
                                        "VALUES (?, ?, ?, 'SMUGGLED_MIGRANT', ?)"),
                         [&](Statement& s) {
                             s.bind(1, QStringLiteral("v%1").arg(i)).bind(2, caseId(i)).bind(3, pid(i));
                             s.bind(4, outcomes[i % 4]);
                         }));
        }
        const QStringList categories{QStringLiteral("GENERAL"), QStringLiteral("PROCLAIMED_OFFENDER"),
                                     QStringLiteral("COURT_ABSCONDER"), QStringLiteral("MOST_WANTED")};
        for (int i = 0; i < kArrests; ++i) {
            QVERIFY(exec(d,
                         QStringLiteral("INSERT INTO arrests (id, case_id, person_id, arrested_at, "
                                        "arresting_office_id, category) VALUES (?, ?, ?, ?, ?, ?)"),
                         [&](Statement& s) {
                             s.bind(1, QStringLiteral("a%1").arg(i))
                                 .bind(2, caseId(i * 3))
                                 .bind(3, pid(kPersons - 1 - i % 1500))
                                 .bind(4, QStringLiteral("2025-%1-%2T%3:00:00.000Z")
                                              .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                                              .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                                              .arg(i % 24, 2, 10, QLatin1Char('0')))
                                 .bind(5, office)
                                 .bind(6, categories[i % 4]);
                         }));
        }
        const QStringList currencies{QStringLiteral("PKR"), QStringLiteral("EUR"), QStringLiteral("LYD")};
        for (int i = 0; i < kPayments; ++i) {
            QVERIFY(exec(d,
                         QStringLiteral("INSERT INTO payments (id, case_id, payer_person_id, payee_person_id, "
                                        "amount_minor, currency, pkr_minor, paid_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                         [&](Statement& s) {
                             s.bind(1, QStringLiteral("y%1").arg(i))
                                 .bind(2, caseId(i * 7))
                                 .bind(3, pid(i % kVictims)) // victims pay agents
                                 .bind(4, i % 4 == 0 ? QString() : pid(kPersons - 1 - i % 300))
                                 .bind(5, 100000 + (i * 7919) % 5000000)
                                 .bind(6, currencies[i % 3])
                                 .bind(7, i % 5 == 0 ? QVariant() : QVariant(qint64(100000 + i * 31)))
                                 .bind(8, QStringLiteral("2024-%1-15").arg(1 + i % 12, 2, 10, QLatin1Char('0')));
                         }));
        }
        const QStringList types{QStringLiteral("FIR_REGISTERED"), QStringLiteral("ARREST"),
                                QStringLiteral("PHYSICAL_REMAND"), QStringLiteral("INTERIM_CHALLAN")};
        for (int i = 0; i < kEvents; ++i) {
            QVERIFY(exec(
                d,
                QStringLiteral("INSERT INTO events (id, case_id, person_id, event_type, occurred_at) "
                               "VALUES (?, ?, ?, ?, ?)"),
                [&](Statement& s) {
                    s.bind(1, QStringLiteral("e%1").arg(i))
                        .bind(2, caseId(i % 50))
                        .bind(3, i % 3 == 0 ? QString() : pid(i % kPersons))
                        .bind(4, types[i % 4])
                        .bind(5, QStringLiteral("2025-03-%1T10:00:00.000Z").arg(1 + i % 28, 2, 10, QLatin1Char('0')));
                }));
        }
        QVERIFY(tx.commit());
    }
};

std::unique_ptr<PagedTableModel> makeModel(Kind kind, RepositoryContext& context) {
    switch (kind) {
    case Kind::Persons:
        return std::make_unique<PersonListModel>(context);
    case Kind::Cases:
        return std::make_unique<CaseListModel>(context);
    case Kind::Arrests:
        return std::make_unique<ArrestListModel>(context);
    case Kind::Victims:
        return std::make_unique<VictimListModel>(context);
    case Kind::Payments:
        return std::make_unique<PaymentListModel>(context);
    case Kind::Events:
        return std::make_unique<EventListModel>(context);
    case Kind::Audit:
        return std::make_unique<AuditListModel>(context);
    }
    return nullptr;
}

qint64 expectedRows(Kind kind, Fixture& f) {
    switch (kind) {
    case Kind::Persons:
        return kPersons;
    case Kind::Cases:
        return kCases;
    case Kind::Arrests:
        return kArrests;
    case Kind::Victims:
        return kVictims;
    case Kind::Payments:
        return kPayments;
    case Kind::Events:
        return kEvents;
    case Kind::Audit:
        return f.count(QStringLiteral("SELECT count(*) FROM audit_log"));
    }
    return -1;
}

// SQLite's ordering of values: NULL, then numbers, then text (byte order of UTF-8), then blobs.
int sqliteCompare(const QVariant& a, const QVariant& b) {
    auto storageClass = [](const QVariant& v) {
        if (!v.isValid() || v.isNull()) {
            return 0;
        }
        switch (v.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::Double:
            return 1;
        case QMetaType::QByteArray:
            return 3;
        default:
            return 2;
        }
    };
    const int ca = storageClass(a);
    const int cb = storageClass(b);
    if (ca != cb || ca == 0) {
        return ca < cb ? -1 : (ca > cb ? 1 : 0);
    }
    if (ca == 1) {
        return a.toDouble() < b.toDouble() ? -1 : (a.toDouble() > b.toDouble() ? 1 : 0);
    }
    const QByteArray x = ca == 2 ? a.toString().toUtf8() : a.toByteArray();
    const QByteArray y = ca == 2 ? b.toString().toUtf8() : b.toByteArray();
    return x < y ? -1 : (x > y ? 1 : 0);
}

void fetchAll(PagedTableModel& model) {
    int guard = 0;
    while (model.canFetchMore({})) {
        model.fetchMore({});
        QVERIFY(++guard < 100000);
    }
}

// Every row once, in the model's sort order with the key breaking ties.
void verifyOrderAndUniqueness(PagedTableModel& model, Qt::SortOrder order) {
    QSet<QString> keys;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QVariant key = model.keyAt(row);
        QVERIFY2(!keys.contains(key.toString()), qPrintable(key.toString()));
        keys.insert(key.toString());
        if (row == 0) {
            continue;
        }
        const QModelIndex here = model.index(row, 0);
        const QModelIndex before = model.index(row - 1, 0);
        int cmp = sqliteCompare(model.data(before, PagedTableModel::SortValueRole),
                                model.data(here, PagedTableModel::SortValueRole));
        if (cmp == 0) {
            cmp = sqliteCompare(model.keyAt(row - 1), key);
        }
        QVERIFY2(order == Qt::AscendingOrder ? cmp < 0 : cmp > 0, qPrintable(QStringLiteral("row %1").arg(row)));
    }
}

QStringList column(PagedTableModel& model, int col, int role = Qt::DisplayRole) {
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row) {
        out << model.data(model.index(row, col), role).toString();
    }
    return out;
}

} // namespace

class TestModels : public QObject {
    Q_OBJECT

private slots:
    void pagesSortsAndCounts_data() {
        QTest::addColumn<int>("kind");
        QTest::newRow("persons") << int(Kind::Persons);
        QTest::newRow("cases") << int(Kind::Cases);
        QTest::newRow("arrests") << int(Kind::Arrests);
        QTest::newRow("victims") << int(Kind::Victims);
        QTest::newRow("payments") << int(Kind::Payments);
        QTest::newRow("events") << int(Kind::Events);
        QTest::newRow("audit") << int(Kind::Audit);
    }
    void pagesSortsAndCounts() {
        QFETCH(int, kind);
        Fixture f;
        f.seed();
        auto model = makeModel(Kind(kind), *f.context);
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        const qint64 expected = expectedRows(Kind(kind), f);
        QVERIFY(expected > 0);
        QCOMPARE(*model->totalCount(), expected);
        // Nothing beyond the first pages (the tester fetches some) until a view asks.
        QVERIFY(model->rowCount() <= 4 * PagedTableModel::kDefaultPageSize);
        QVERIFY(model->rowCount() < expected || Kind(kind) == Kind::Audit);
        model->setPageSize(97); // pages that end inside runs of equal values
        for (int col = -1; col < model->columnCount(); ++col) {
            if (col >= 0 && !model->headerData(col, Qt::Horizontal, PagedTableModel::SortableRole).toBool()) {
                continue;
            }
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                model->sort(col, order);
                fetchAll(*model);
                QCOMPARE(model->rowCount(), int(expected));
                verifyOrderAndUniqueness(*model, order);
                if (QTest::currentTestFailed()) {
                    qWarning() << "column" << col << "order" << order;
                    return;
                }
            }
        }
        QVERIFY(!model->lastError());
    }

    void sortMatchesSql() {
        Fixture f;
        f.seed();
        CaseListModel model(*f.context);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            model.sort(CaseListModel::FirDate, order);
            fetchAll(model);
            const QString dir = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
            auto stmt = f.session->database().prepare(
                QStringLiteral("SELECT id FROM cases ORDER BY coalesce(fir_date, '') %1, id %1").arg(dir));
            QStringList expected;
            while (*stmt->step()) {
                expected << stmt->columnText(0);
            }
            QStringList actual;
            for (int row = 0; row < model.rowCount(); ++row) {
                actual << model.keyAt(row).toString();
            }
            QCOMPARE(actual, expected);
        }
        // FIR numbers sort as registers are kept: by year, then serial.
        model.sort(CaseListModel::Fir, Qt::AscendingOrder);
        fetchAll(model);
        const QStringList firs = column(model, CaseListModel::Fir);
        QCOMPARE(firs.first(), QString()); // enquiries without an FIR first
        QCOMPARE(firs.last(), QStringLiteral("999/2025"));
        QVERIFY(firs.contains(QStringLiteral("C-991/2025")));
    }

    void filters() {
        Fixture f;
        f.seed();
        CaseListModel cases(*f.context);
        QAbstractItemModelTester caseTester(&cases, QAbstractItemModelTester::FailureReportingMode::Fatal);
        cases.setFilterText(QStringLiteral("ENQ-0001"));
        QCOMPARE(*cases.totalCount(), 10); // ENQ-00010 .. ENQ-00019
        QCOMPARE(cases.rowCount(), 10);
        for (const QString& enquiry : column(cases, CaseListModel::Enquiry)) {
            QVERIFY(enquiry.startsWith(QLatin1String("ENQ-0001")));
        }
        cases.setFilterText(QStringLiteral("50%"));
        QCOMPARE(cases.rowCount(), 0); // LIKE wildcards are text, not patterns
        cases.setFilterText(QString());
        QCOMPARE(*cases.totalCount(), kCases);

        // Persons: FTS over names in any spelling, and CNIC digits. The seeded Bajwas are names 70..79 of every 100.
        f.addUser(QStringLiteral("io.granted"), Role::Investigator, QStringLiteral("GRW-AHTC"), true);
        f.openAs(QStringLiteral("io.granted"));
        PersonListModel persons(*f.context);
        QAbstractItemModelTester personTester(&persons, QAbstractItemModelTester::FailureReportingMode::Fatal);
        persons.setFilterText(QStringLiteral("bajwa"));
        fetchAll(persons);
        QCOMPARE(*persons.totalCount(), kPersons / 10);
        QCOMPARE(persons.rowCount(), kPersons / 10);
        persons.setFilterText(QStringLiteral("35202-0100000-1"));
        QCOMPARE(persons.rowCount(), 1);
        QCOMPARE(persons.data(persons.index(0, PersonListModel::Cnic)).toString(), QStringLiteral("35202-0100000-1"));
        persons.setFilterText(QStringLiteral("\" OR 1=1 --"));
        QCOMPARE(persons.rowCount(), 0);
        QVERIFY(!persons.lastError());
    }

    void scopeHidesOtherOffices_data() {
        pagesSortsAndCounts_data();
        // The audit list is not case data: an investigator sees their own entries (checked below).
    }
    void scopeHidesOtherOffices() {
        QFETCH(int, kind);
        Fixture f;
        f.seed();
        f.addUser(QStringLiteral("io.karachi"), Role::Investigator, QStringLiteral("KHI-AHTC"));
        f.openAs(QStringLiteral("io.karachi"));
        auto model = makeModel(Kind(kind), *f.context);
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        fetchAll(*model);
        if (Kind(kind) == Kind::Audit) {
            QVERIFY(model->rowCount() < expectedRows(Kind::Audit, f));
            for (const QString& user : column(*model, AuditListModel::User)) {
                QCOMPARE(user, QStringLiteral("io.karachi"));
            }
            return;
        }
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(*model->totalCount(), 0);
        model->setFilterText(QStringLiteral("Aslam"));
        QCOMPARE(*model->totalCount(), 0);
    }

    void protectedPersonsArePseudonymised() {
        Fixture f;
        f.seed();
        f.addUser(QStringLiteral("io.plain"), Role::Investigator, QStringLiteral("GRW-AHTC"), false);
        f.addUser(QStringLiteral("io.granted"), Role::Investigator, QStringLiteral("GRW-AHTC"), true);
        const QString victim = pid(1); // "Ali Aslam", a smuggled migrant
        f.openAs(QStringLiteral("io.plain"));
        const QString pseudonym = f.context->scope().pseudonyms().of(victim);
        QVERIFY(pseudonym.startsWith(QLatin1String("Protected person ")));
        {
            PersonListModel persons(*f.context);
            QAbstractItemModelTester tester(&persons, QAbstractItemModelTester::FailureReportingMode::Fatal);
            fetchAll(persons);
            const int row = persons.rowOfKey(victim);
            QVERIFY(row >= 0);
            QCOMPARE(persons.data(persons.index(row, PersonListModel::NameLatin)).toString(), pseudonym);
            QCOMPARE(persons.data(persons.index(row, 0), PersonListModel::ProtectedRole).toBool(), true);
            for (int col :
                 {int(PersonListModel::NameUrdu), int(PersonListModel::Relative), int(PersonListModel::Cnic)}) {
                QVERIFY(persons.data(persons.index(row, col)).toString().isEmpty());
            }
            QVERIFY(!persons.data(persons.index(row, 0), PersonListModel::NameLatinRole).isValid() ||
                    persons.data(persons.index(row, 0), PersonListModel::NameLatinRole).isNull());
            // The filter finds no victim by name or CNIC.
            persons.setFilterText(QStringLiteral("Ali Aslam"));
            fetchAll(persons);
            QCOMPARE(persons.rowOfKey(victim), -1);
            QVERIFY(persons.rowCount() > 0); // accused Ali Aslams still match
            persons.setFilterText(QStringLiteral("3520201000001"));
            QCOMPARE(persons.rowCount(), 0);

            VictimListModel victims(*f.context);
            QAbstractItemModelTester victimTester(&victims, QAbstractItemModelTester::FailureReportingMode::Fatal);
            fetchAll(victims);
            QCOMPARE(victims.rowCount(), kVictims);
            for (const QString& name : column(victims, VictimListModel::Person)) {
                QVERIFY2(name.startsWith(QLatin1String("Protected person ")), qPrintable(name));
            }
            PaymentListModel payments(*f.context);
            fetchAll(payments);
            for (const QString& payer : column(payments, PaymentListModel::Payer)) {
                QVERIFY2(payer.startsWith(QLatin1String("Protected person ")), qPrintable(payer));
            }
        }
        f.openAs(QStringLiteral("io.granted"));
        PersonListModel persons(*f.context);
        fetchAll(persons);
        const int row = persons.rowOfKey(victim);
        QCOMPARE(persons.data(persons.index(row, PersonListModel::NameLatin)).toString(), QStringLiteral("Ali Aslam"));
        VictimListModel victims(*f.context);
        QVERIFY(!victims.data(victims.index(0, VictimListModel::Person))
                     .toString()
                     .startsWith(QLatin1String("Protected person ")));
    }

    void displayFormats() {
        Fixture f;
        f.seed();
        PaymentListModel payments(*f.context);
        QCOMPARE(
            payments.data(payments.index(0, PaymentListModel::Amount), Qt::TextAlignmentRole).value<Qt::Alignment>() &
                Qt::AlignRight,
            Qt::AlignRight);
        QCOMPARE(
            payments.data(payments.index(0, PaymentListModel::Payer), Qt::TextAlignmentRole).value<Qt::Alignment>() &
                Qt::AlignRight,
            Qt::Alignment());
        QVERIFY(payments.data(payments.index(0, PaymentListModel::Amount)).toString().contains(QLatin1Char(',')));
        CaseListModel cases(*f.context);
        cases.sort(CaseListModel::FirDate, Qt::DescendingOrder);
        QCOMPARE(cases.data(cases.index(0, CaseListModel::FirDate)).toString(), QStringLiteral("28-12-2025"));
        QCOMPARE(cases.data(cases.index(0, CaseListModel::Status)).toString().isEmpty(), false);
        QVERIFY(!cases.data(cases.index(0, CaseListModel::Status)).toString().contains(QLatin1Char('_')));

        EventListModel events(*f.context, QStringLiteral("c00001"));
        QAbstractItemModelTester tester(&events, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(*events.totalCount(), kEvents / 50);
        const int row = [&] {
            for (int r = 0; r < events.rowCount(); ++r) {
                if (events.data(events.index(r, 0), EventListModel::TypeCodeRole) == QStringLiteral("ARREST")) {
                    return r;
                }
            }
            return -1;
        }();
        QVERIFY(row >= 0);
        QCOMPARE(events.data(events.index(row, EventListModel::Type)).toString(), QStringLiteral("Arrest"));
        events.setUrdu(true);
        QCOMPARE(events.data(events.index(row, EventListModel::Type)).toString(), QStringLiteral("گرفتاری"));
    }

    void followsRepositoryChanges() {
        Fixture f;
        f.seed();
        PersonListModel model(*f.context);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const qint64 before = *model.totalCount();

        Person p;
        p.nameLatin = QStringLiteral("Zafar Iqbal");
        auto saved = f.persons->create(p);
        QVERIFY(saved);
        QVERIFY(reset.wait(2000)); // announced by the repository, reloaded once control returns to the loop
        QCOMPARE(*model.totalCount(), before + 1);
        model.setFilterText(QStringLiteral("zafar"));
        QCOMPARE(model.rowCount(), 1);

        // An edit of a fetched row updates it in place, at once.
        reset.clear();
        Person edit = *f.persons->get(saved->id);
        edit.nameUrdu = QStringLiteral("ظفر اقبال");
        QVERIFY(f.persons->update(edit));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.data(model.index(0, PersonListModel::NameUrdu)).toString(), QStringLiteral("ظفر اقبال"));
        QTest::qWait(50);
        QCOMPARE(reset.count(), 0);

        // Other entities' changes do not disturb it.
        f.context->notifier().notify(RecordKind::Organisation, QStringLiteral("x"), ChangeKind::Created);
        QTest::qWait(50);
        QCOMPARE(reset.count(), 0);

        // Another process's commit may have changed anything: one reload, however many arrive at once.
        f.context->notifier().notifyExternal();
        f.context->notifier().notifyExternal();
        QTRY_COMPARE(reset.count(), 1);
        QTest::qWait(50);
        QCOMPARE(reset.count(), 1);
    }

    void closingTheDatabaseClearsModels() {
        Fixture f;
        f.seed();
        CaseListModel model(*f.context);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY(model.rowCount() > 0);
        f.persons.reset();
        f.context.reset(); // auto-lock
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(*model.totalCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "test_models.moc"
