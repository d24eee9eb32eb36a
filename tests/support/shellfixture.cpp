#include "shellfixture.h"
#include "repo/caseroles.h"

namespace caselink::test {

Writer::Writer(const TestDatabase& db, const QString& user) {
    session = db.unlock(user, passwordOf(user));
    if (session) {
        auto created = RepositoryContext::create(*session);
        if (created) {
            context = std::move(*created);
        }
    }
}

Writer::~Writer() {
    context.reset();
    if (session) {
        (void)session->close();
    }
}

bool Writer::addUser(const QString& name, Role role, const QString& office, bool victimGrant) {
    return bool(AccountAdmin(*session).addUser(NewUser{name, {}, role, office, victimGrant, fastKdf()},
                                               secret(passwordOf(name))));
}

QString Writer::person(const QString& latin, const QString& urdu, const QString& cnic, const QString& phone) {
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

QString Writer::caseFile(const QString& fir, QDate firDate, const QString& title) {
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

bool Writer::accused(const QString& caseId, const QString& personId) {
    return bool(CaseRoleRepository(*context).add(
        {{}, caseId, personId, PersonRole::Agent, true, ArrestStatus::Wanted, {}, {}, {}}));
}

QString Writer::arrestWithRemand(const QString& caseId, const QString& personId, int arrestedDaysAgo,
                                 int endedDaysAgo) {
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

bool unlockWindow(MainWindow& window, const TestDatabase& db, const QString& user) {
    window.unlockWidget()->setUsername(user);
    return window.unlockWidget()->unlock(db.path(), user, secret(passwordOf(user))) && !window.isLocked();
}

} // namespace caselink::test
