#include "signedindatabase.h"

#include <QTest>

#include "security/accountadmin.h"
#include "storage/database.h"

namespace caselink::test {

bool SignedInDatabase::open(const QString& user, const QString& password) {
    closeRepositories();
    context.reset();
    session.reset();
    session = db.unlock(user, password);
    if (!QTest::qVerify(session != nullptr, "session", qPrintable(user), __FILE__, __LINE__)) {
        return false;
    }
    auto created = RepositoryContext::create(*session);
    if (!QTest::qVerify(bool(created), "RepositoryContext::create", qPrintable(user), __FILE__, __LINE__)) {
        return false;
    }
    context = std::move(*created);
    openRepositories();
    return true;
}

bool SignedInDatabase::close() {
    closeRepositories();
    context.reset();
    const bool closed = !session || bool(session->close());
    session.reset();
    return closed;
}

bool SignedInDatabase::addUser(const QString& name, Role role, const QString& officeCode, bool victimGrant) {
    auto added = AccountAdmin(*session).addUser(NewUser{name, {}, role, officeCode, victimGrant, fastKdf()},
                                                secret(passwordOf(name)));
    return QTest::qVerify(bool(added), "addUser", added ? "" : qPrintable(added.error().message), __FILE__, __LINE__);
}

qint64 SignedInDatabase::count(const QString& sql) {
    auto value = session->database().scalar(sql);
    return value ? value->toLongLong() : -1;
}

} // namespace caselink::test
