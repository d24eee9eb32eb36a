// Undo and redo through the per-database stack: each step is an audited repository transaction, failures leave
// the data and the stack consistent, and the stack dies with the database.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

#include "models/personlistmodel.h"
#include "models/undostack.h"
#include "repo/personrepository.h"
#include "security/accountadmin.h"
#include "security/databasemaintenance.h"
#include "signedindatabase.h"
#include "storage/database.h"

using namespace caselink;
using namespace caselink::test;

namespace {

struct Fixture : SignedInDatabase {
    std::unique_ptr<PersonRepository> persons;
    std::unique_ptr<DatabaseUndoStack> undo;

    Fixture() { open(kAdmin, kAdminPassword); }
    void openRepositories() override {
        persons = std::make_unique<PersonRepository>(*context);
        undo = std::make_unique<DatabaseUndoStack>(*context);
    }
    void closeRepositories() override {
        undo.reset();
        persons.reset();
    }
    qsizetype audited(const QString& action) {
        return qsizetype(session->audit().list(AuditFilter{0, 1000, action, {}})->size());
    }
    qint64 head() { return *session->audit().headSeq(); }
};

Person aslam() {
    Person p;
    p.nameLatin = QStringLiteral("Muhammad Aslam");
    p.relation = Relation::SonOf;
    p.relativeLatin = QStringLiteral("Ghulam Rasool");
    p.cnic = QStringLiteral("34101-2345678-9");
    p.phones = {QStringLiteral("0300 1234567")};
    return p;
}

} // namespace

class TestUndo : public QObject {
    Q_OBJECT

private slots:
    void editUndoRedoAudited() {
        Fixture f;
        auto saved = f.persons->create(aslam());
        QVERIFY(saved);
        PersonListModel model(*f.context);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy rowChanged(&model, &QAbstractItemModel::dataChanged);

        Person edit = *f.persons->get(saved->id);
        edit.nameLatin = QStringLiteral("Muhammad Aslam Jutt");
        edit.phones << QStringLiteral("+393331234567");
        QVERIFY(f.undo->editPerson(edit));
        QCOMPARE(f.persons->get(saved->id)->nameLatin, QStringLiteral("Muhammad Aslam Jutt"));
        QCOMPARE(f.audited(QStringLiteral("person.update")), 1);
        QCOMPARE(f.undo->stack()->count(), 1);
        QCOMPARE(f.undo->stack()->undoText(), QStringLiteral("Edit Muhammad Aslam")); // the record as it was
        QCOMPARE(rowChanged.count(), 1);                                              // the model heard it, no polling
        QCOMPARE(model.data(model.index(model.rowOfKey(saved->id), PersonListModel::NameLatin)).toString(),
                 QStringLiteral("Muhammad Aslam Jutt"));

        QVERIFY(f.undo->undo());
        auto restored = f.persons->get(saved->id);
        QCOMPARE(restored->nameLatin, QStringLiteral("Muhammad Aslam"));
        QCOMPARE(restored->phones, QStringList{QStringLiteral("+923001234567")});
        QCOMPARE(f.audited(QStringLiteral("person.update")), 2); // the undo is audited too
        QCOMPARE(model.data(model.index(model.rowOfKey(saved->id), PersonListModel::NameLatin)).toString(),
                 QStringLiteral("Muhammad Aslam"));

        QVERIFY(f.undo->redo());
        QCOMPARE(f.persons->get(saved->id)->phones.size(), 2);
        QCOMPARE(f.audited(QStringLiteral("person.update")), 3);
        QVERIFY(DatabaseMaintenance(*f.session).checkIntegrity()->ok());
    }

    void mergeUndoRedoAudited() {
        Fixture f;
        auto keep = f.persons->create(aslam());
        Person dup;
        dup.nameUrdu = QStringLiteral("محمد اسلم");
        dup.phones = {QStringLiteral("03219876543")};
        auto drop = f.persons->create(dup);
        QVERIFY(keep && drop);
        PersonListModel model(*f.context);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 2);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        QVERIFY(f.undo->mergePersons(keep->id, drop->id));
        QCOMPARE(f.persons->get(drop->id)->mergedInto, keep->id);
        QCOMPARE(f.persons->get(keep->id)->phones.size(), 2);
        QVERIFY(reset.wait(2000));
        QCOMPARE(model.rowCount(), 1); // the merged record leaves the list

        QVERIFY(f.undo->undo());
        QVERIFY(f.persons->get(drop->id)->mergedInto.isEmpty());
        QCOMPARE(f.persons->get(keep->id)->phones.size(), 1);
        QCOMPARE(f.audited(QStringLiteral("person.merge_undo")), 1);
        QVERIFY(reset.wait(2000));
        QCOMPARE(model.rowCount(), 2);

        QVERIFY(f.undo->redo()); // a new merge record, undoable in turn
        QCOMPARE(f.persons->get(drop->id)->mergedInto, keep->id);
        QVERIFY(f.undo->undo());
        QCOMPARE(f.audited(QStringLiteral("person.merge")), 4); // merge, undo, merge, undo (prefix match)
        QCOMPARE(f.audited(QStringLiteral("person.merge_undo")), 2);
        QVERIFY(DatabaseMaintenance(*f.session).checkIntegrity()->ok());
    }

    void failedRedoIsReportedAndNotStacked() {
        Fixture f;
        auto saved = f.persons->create(aslam());
        Person edit = *f.persons->get(saved->id);
        edit.notes = QStringLiteral("first");
        QVERIFY(f.undo->editPerson(edit));
        QSignalSpy failed(f.undo.get(), &DatabaseUndoStack::commandFailed);
        const qint64 auditBefore = f.head();

        Person bad = edit;
        bad.cnic = QStringLiteral("not a cnic");
        auto st = f.undo->editPerson(bad);
        QVERIFY(!st);
        QCOMPARE(st.error().code, ErrorCode::Input);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("Edit Muhammad Aslam"));
        QVERIFY(f.undo->lastError());

        Person ghost = edit;
        ghost.id = QStringLiteral("no-such-person");
        QCOMPARE(f.undo->editPerson(ghost).error().code, ErrorCode::NotFound);

        auto generic = f.undo->run(
            QStringLiteral("Broken"), [] { return fail(ErrorCode::Conflict, QStringLiteral("refused")); },
            [] { return ok(); });
        QCOMPARE(generic.error().message, QStringLiteral("refused"));

        // Nothing written, nothing stacked; the earlier command still undoes.
        QCOMPARE(f.head(), auditBefore);
        QCOMPARE(f.undo->stack()->count(), 1);
        QCOMPARE(f.undo->stack()->index(), 1);
        QVERIFY(!f.undo->stack()->canRedo());
        QVERIFY(f.undo->undo());
        QVERIFY(f.persons->get(saved->id)->notes.isEmpty());
    }

    void failedUndoDropsTheCommand() {
        Fixture f;
        int value = 0;
        bool undoWorks = true;
        QVERIFY(f.undo->run(
            QStringLiteral("Set to one"),
            [&] {
                value = 1;
                return ok();
            },
            [&]() -> Status {
                if (!undoWorks) {
                    return fail(ErrorCode::Conflict, QStringLiteral("changed meanwhile"));
                }
                value = 0;
                return ok();
            }));
        QVERIFY(f.undo->run(
            QStringLiteral("Set to two"),
            [&] {
                value = 2;
                return ok();
            },
            [&] {
                value = 1;
                return ok();
            }));
        QVERIFY(f.undo->undo());
        QCOMPARE(value, 1);
        undoWorks = false;
        QSignalSpy failed(f.undo.get(), &DatabaseUndoStack::commandFailed);
        QVERIFY(!f.undo->undo());
        QCOMPARE(failed.count(), 1);
        QCOMPARE(value, 1);
        // The failed command is gone; what is left is coherent: nothing more to undo, "Set to two" still redoable.
        QCOMPARE(f.undo->stack()->count(), 1);
        QVERIFY(!f.undo->stack()->canUndo());
        QCOMPARE(f.undo->stack()->redoText(), QStringLiteral("Set to two"));
        QVERIFY(f.undo->redo());
        QCOMPARE(value, 2);
    }

    void refusedForUsersWithoutRights() {
        Fixture f;
        QVERIFY(f.addUser(QStringLiteral("pros"), Role::ProsecutorReader, QStringLiteral("GRW-AHTC")));
        auto saved = f.persons->create(aslam());
        QVERIFY(saved);
        f.openAs(QStringLiteral("pros"));
        Person edit = aslam();
        edit.id = saved->id;
        QVERIFY(!f.undo->editPerson(edit));
        QCOMPARE(f.undo->stack()->count(), 0);
    }

    void stackDiesWithTheDatabase() {
        Fixture f;
        auto saved = f.persons->create(aslam());
        Person edit = *f.persons->get(saved->id);
        edit.notes = QStringLiteral("x");
        QVERIFY(f.undo->editPerson(edit));
        QCOMPARE(f.undo->stack()->count(), 1);
        f.persons.reset();
        f.context.reset(); // lock
        QVERIFY(!f.undo->isOpen());
        QCOMPARE(f.undo->stack()->count(), 0);
        QCOMPARE(f.undo->editPerson(edit).error().code, ErrorCode::Usage);
        QVERIFY(!f.undo->undo());
    }
};

QTEST_GUILESS_MAIN(TestUndo)
#include "test_undo.moc"
