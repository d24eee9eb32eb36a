// A real encrypted database with users in different offices, and the minimal case and person rows the aggregate
// repositories hang from. Cases are written with SQL until the case repository lands.
#pragma once

#include <memory>

#include <QtTest>

#include "repo/personrepository.h"
#include "security/accountadmin.h"
#include "signedindatabase.h"
#include "storage/database.h"

namespace caselink::test {

struct AggregateFixture : SignedInDatabase {
    // Signed in as kAdmin, who sits in GRW-AHTC.
    AggregateFixture() { open(kAdmin, kAdminPassword); }

    // A repository over the current session; make a new one after open().
    template <typename R>
    R repo() {
        return R(*context);
    }
    qint64 auditHead() { return *session->audit().headSeq(); }
    QString officeId(const QString& code) {
        auto stmt = session->database().prepare(QStringLiteral("SELECT id FROM org_units WHERE code = ?"));
        stmt->bind(1, code);
        return *stmt->step() ? stmt->columnText(0) : QString();
    }
    // A case owned by the office with that code, written directly.
    QString insertCase(const QString& officeCode = QStringLiteral("GRW-AHTC")) {
        const QString id = newUuid();
        auto stmt = session->database().prepare(
            QStringLiteral("INSERT INTO cases (id, office_id, enquiry_number, created_at, updated_at) "
                           "VALUES (?, ?, ?, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')"));
        stmt->bind(1, id).bind(2, officeId(officeCode)).bind(3, QStringLiteral("ENQ-") + id.left(6));
        return stmt->run() ? id : QString();
    }
    void assign(const QString& caseId, const QString& username) {
        auto stmt = session->database().prepare(
            QStringLiteral("INSERT INTO case_assignments (case_id, user_id, assigned_at) SELECT ?, id, 'x' FROM users "
                           "WHERE username = ?"));
        stmt->bind(1, caseId).bind(2, username);
        QVERIFY(stmt->run());
    }
    void addRole(const QString& caseId, const QString& personId, const QString& role) {
        auto stmt = session->database().prepare(
            QStringLiteral("INSERT INTO case_persons (id, case_id, person_id, role) VALUES (?, ?, ?, ?)"));
        stmt->bind(1, newUuid()).bind(2, caseId).bind(3, personId).bind(4, role);
        QVERIFY(stmt->run());
    }
    // A person recorded by the signed-in user's office.
    QString addPerson(const QString& name) {
        PersonRepository persons(*context);
        Person p;
        p.nameLatin = name;
        auto saved = persons.create(p);
        return saved ? saved->id : QString();
    }
};

} // namespace caselink::test
