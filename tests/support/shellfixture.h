// Shared set-up of the shell tests: a real encrypted database with a few records written through the repositories
// by the accounts that own them, then the real main window unlocked as a chosen account.
#pragma once

#include <memory>

#include <QDate>
#include <QTest>

#include "models/undostack.h"
#include "repo/arrestrepository.h"
#include "repo/caserepository.h"
#include "repo/personrepository.h"
#include "security/accountadmin.h"
#include "security/session.h"
#include "testdatabase.h"
#include "ui/mainwindow.h"
#include "ui/unlockwidget.h"

namespace caselink::test {

inline QString passwordOf(const QString& user) {
    return user == kAdmin ? kAdminPassword : QStringLiteral("password of ") + user;
}

// One open session with its repositories, for writing the records a test starts from. Closed before the window
// unlocks the same database.
struct Writer {
    std::unique_ptr<Session> session;
    std::unique_ptr<RepositoryContext> context;

    Writer(const TestDatabase& db, const QString& user) {
        session = db.unlock(user, passwordOf(user));
        if (session) {
            auto created = RepositoryContext::create(*session);
            if (created) {
                context = std::move(*created);
            }
        }
    }
    ~Writer() {
        context.reset();
        if (session) {
            (void)session->close();
        }
    }
    bool isValid() const { return context != nullptr; }

    bool addUser(const QString& name, Role role, const QString& office, bool victimGrant = false) {
        return bool(AccountAdmin(*session).addUser(NewUser{name, {}, role, office, victimGrant, fastKdf()},
                                                   secret(passwordOf(name))));
    }
    QString person(const QString& latin, const QString& urdu = {}, const QString& cnic = {},
                   const QString& phone = {}) {
        Person p;
        p.nameLatin = latin;
        p.nameUrdu = urdu;
        p.cnic = cnic;
        if (!phone.isEmpty()) {
            p.phones << phone;
        }
        auto saved = PersonRepository(*context).create(p);
        if (!saved) {
            qWarning("person: %s", qPrintable(saved.error().message));
        }
        return saved ? saved->id : QString();
    }
    QString caseFile(const QString& fir, QDate firDate, const QString& title = {}) {
        CaseRecord c;
        c.firNumber = fir;
        c.firDate = firDate;
        c.title = title;
        CaseRepository cases(*context);
        auto saved = cases.create(c);
        if (!saved) {
            qWarning("case: %s", qPrintable(saved.error().message));
            return {};
        }
        (void)cases.setStatus(saved->id, CaseStatus::UnderInvestigation);
        return saved->id;
    }
    bool accused(const QString& caseId, const QString& personId) {
        return bool(CaseRepository(*context).addRole(
            {{}, caseId, personId, PersonRole::Agent, true, ArrestStatus::Wanted, {}, {}, {}}));
    }
    // An arrest days ago with a physical remand that ended endedDaysAgo days ago.
    QString arrestWithRemand(const QString& caseId, const QString& personId, int arrestedDaysAgo, int endedDaysAgo) {
        ArrestRepository arrests(*context);
        Arrest a;
        a.caseId = caseId;
        a.personId = personId;
        a.arrestedAt = QDateTime::currentDateTimeUtc().addDays(-arrestedDaysAgo);
        a.place = QStringLiteral("FIA Composite Circle");
        auto saved = arrests.record(a);
        if (!saved) {
            qWarning("arrest: %s", qPrintable(saved.error().message));
            return {};
        }
        const QDate today = QDate::currentDate();
        auto remand = arrests.addCustody({{},
                                          saved->id,
                                          CustodyKind::Physical,
                                          today.addDays(-arrestedDaysAgo + 1),
                                          today.addDays(-endedDaysAgo),
                                          QStringLiteral("JM Gujranwala"),
                                          {}});
        if (!remand) {
            qWarning("remand: %s", qPrintable(remand.error().message));
            return {};
        }
        return saved->id;
    }
};

inline bool unlockWindow(MainWindow& window, const TestDatabase& db, const QString& user) {
    window.unlockWidget()->setUsername(user);
    return window.unlockWidget()->unlock(db.path(), user, secret(passwordOf(user))) && !window.isLocked();
}

} // namespace caselink::test
