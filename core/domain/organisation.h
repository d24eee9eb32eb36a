// A smuggling network or front company (fake travel or recruitment agency), and the persons who are its members.
#pragma once

#include <optional>

#include <QDate>
#include <QString>

namespace caselink {

enum class OrganisationKind { Network, FrontCompany, TravelAgency, RecruitmentAgency, Other };
QString organisationKindKey(OrganisationKind kind); // "NETWORK", "FRONT_COMPANY", ... as the schema CHECKs
std::optional<OrganisationKind> organisationKindFromKey(const QString& key);
QString organisationKindName(OrganisationKind kind);

struct Organisation {
    QString id;
    QString name;
    QString nameUrdu;
    OrganisationKind kind = OrganisationKind::Network;
    QString registration; // SECP / OEC licence number of a front company, if any
    QString notes;
    QString officeId; // the office that recorded it: scoping uses it
};

struct Membership {
    QString id;
    QString organisationId;
    QString personId;
    QString role; // "kingpin", "sub-agent in Gujrat", ...
    QDate since;
    QDate until;
};

} // namespace caselink
