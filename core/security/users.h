// Accounts of a case database: who may unlock it, with which role and for which office.
#pragma once

#include <optional>

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace caselink {

enum class Role { Administrator, Investigator, Supervisor, ProsecutorReader };

QString roleKey(Role role); // stable key stored in the database: "administrator", ...
std::optional<Role> roleFromKey(const QString& key);
QString roleDisplayName(Role role); // translated
QStringList roleKeys();

struct User {
    QString id; // UUID
    QString username;
    QString displayName;
    Role role = Role::Investigator;
    QString officeId;   // org_units.id
    QString officeCode; // org_units.code
    bool victimGrant = false;
    QDateTime createdAt;
    std::optional<QDateTime> revokedAt;

    bool isActive() const { return !revokedAt.has_value(); }
};

struct OrgUnit {
    QString id;
    QString code;
    QString parentId;
    QString type; // HQ, REGION, ZONE, CIRCLE, ICP, LINK_OFFICE_ABROAD
    QString nameEn;
    QString nameUr;
};

} // namespace caselink
