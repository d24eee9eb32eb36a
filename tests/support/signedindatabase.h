// A test database with one account signed in and the repository context over its session: where most tests that
// write and read records start. Accounts are created with passwordOf(name), so any of them can be signed in by name.
#pragma once

#include <memory>

#include <QString>

#include "repo/repositorycontext.h"
#include "testdatabase.h"

namespace caselink::test {

struct SignedInDatabase {
    TestDatabase db;
    std::unique_ptr<Session> session;
    std::unique_ptr<RepositoryContext> context;

    explicit SignedInDatabase(const QString& officeCode = QStringLiteral("GRW-AHTC"))
        : db(officeCode) {}
    virtual ~SignedInDatabase() = default;

    // Closes the current session and signs in; a refused sign-in is recorded as a test failure and leaves no session.
    bool open(const QString& user, const QString& password);
    bool openAs(const QString& user) { return open(user, passwordOf(user)); }
    // Signs out cleanly, the repositories before the session; false when the session did not close cleanly.
    bool close();
    // Adds an account through the signed-in session (an administrator's); a refusal is recorded as a test failure.
    bool addUser(const QString& name, Role role, const QString& officeCode, bool victimGrant = false);
    // The integer a query yields, -1 when it fails.
    qint64 count(const QString& sql);

protected:
    // Fixtures that keep repositories over the context make them here after each sign-in and drop them before the
    // context goes, so no repository outlives the session it was made for.
    virtual void openRepositories() {}
    virtual void closeRepositories() {}
};

} // namespace caselink::test
