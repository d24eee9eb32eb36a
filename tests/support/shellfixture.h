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

// One open session with its repositories, for writing the records a test starts from. Closed before the window
// unlocks the same database.
struct Writer {
    std::unique_ptr<Session> session;
    std::unique_ptr<RepositoryContext> context;

    Writer(const TestDatabase& db, const QString& user);
    ~Writer();
    bool isValid() const { return context != nullptr; }

    bool addUser(const QString& name, Role role, const QString& office, bool victimGrant = false);
    QString person(const QString& latin, const QString& urdu = {}, const QString& cnic = {}, const QString& phone = {});
    QString caseFile(const QString& fir, QDate firDate, const QString& title = {});
    bool accused(const QString& caseId, const QString& personId);
    // An arrest days ago with a physical remand that ended endedDaysAgo days ago.
    QString arrestWithRemand(const QString& caseId, const QString& personId, int arrestedDaysAgo, int endedDaysAgo);
};

// Signs in through the unlock screen as user; true when the window is unlocked.
bool unlockWindow(MainWindow& window, const TestDatabase& db, const QString& user);

} // namespace caselink::test
