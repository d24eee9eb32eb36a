#include "synthetic/scenario.h"

#include <algorithm>

#include <QDateTime>
#include <QTimeZone>

#include "text/namesearchforms.h"

namespace caselink::synthetic {
namespace {

constexpr std::array<ZoneShare, 12> kZones{{
    {"GRW", 40, 70, 78},
    {"ISB", 12, 25, 27},
    {"LHR", 12, 14, 16},
    {"FSD", 8, 13, 14},
    {"KHI", 8, 10, 11},
    {"KHT", 4, 6, 5},
    {"MLT", 4, 3, 3},
    {"BLN", 4, 1, 1},
    {"PSH", 4, 1, 1},
    {"HYD", 2, 0, 0},
    {"SKR", 1, 0, 0},
    {"GB", 1, 0, 0},
}};

struct RankShare {
    const char* rank;
    int weight;
    bool investigates; // Sub-Inspector or above may be an IO
};

constexpr std::array<RankShare, 8> kRanks{{
    {"DEPUTY_DIRECTOR", 4, true},
    {"ASSISTANT_DIRECTOR", 10, true},
    {"INSPECTOR", 24, true},
    {"SUB_INSPECTOR", 30, true},
    {"ASSISTANT_SUB_INSPECTOR", 14, false},
    {"HEAD_CONSTABLE", 9, false},
    {"CONSTABLE", 9, false},
    {"ADDITIONAL_DIRECTOR", 0, true},
}};

} // namespace

std::span<const ZoneShare> zoneShares() {
    return kZones;
}

World::World(BulkWriter& w, Rng& r, const ScaleConfig& c)
    : writer(w)
    , rng(r)
    , config(c) {
}

namespace {

const QTimeZone& pakistan() {
    static const QTimeZone zone = [] {
        QTimeZone z(QByteArrayLiteral("Asia/Karachi"));
        return z.isValid() ? z : QTimeZone(5 * 3600);
    }();
    return zone;
}

} // namespace

QDateTime World::pakistanTime(const QDate& day, int minuteOfDay) {
    return QDateTime(day, QTime(minuteOfDay / 60 % 24, minuteOfDay % 60), pakistan()).toUTC();
}

QDate World::pakistanDay(const QDateTime& instant) {
    return instant.toTimeZone(pakistan()).date();
}

QString World::stamp(const QDate& day, int minute) {
    return QDateTime(day, QTime(minute / 60 % 24, minute % 60), Qt::UTC).toString(Qt::ISODateWithMs);
}

Status World::loadOffices(Database& db) {
    auto s = db.prepare(QStringLiteral("SELECT u.id, u.code, u.unit_type, u.name_en, z.code, z.id FROM org_units u "
                                       "LEFT JOIN org_units z ON z.id = u.parent_id AND z.unit_type = 'ZONE' "
                                       "WHERE u.active = 1 ORDER BY u.code"));
    if (!s) {
        return std::unexpected(s.error());
    }
    while (true) {
        auto row = s->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            break;
        }
        Office o;
        o.id = s->columnText(0);
        o.code = s->columnText(1);
        const QString type = s->columnText(2);
        o.nameEn = s->columnText(3);
        o.zoneCode = s->columnText(4);
        o.zoneId = s->columnText(5);
        if (type == QLatin1String("ZONE")) {
            zoneIds.insert(o.code, o.id);
        }
        o.circle = type == QLatin1String("CIRCLE") && !o.zoneCode.isEmpty();
        if (o.circle) {
            circles.push_back(static_cast<int>(offices.size()));
        }
        offices.push_back(std::move(o));
    }
    if (circles.empty() || !zoneIds.contains(QStringLiteral("GRW"))) {
        return fail(ErrorCode::Input, QStringLiteral("The organisation tree has no circles to generate cases for."));
    }
    return ok();
}

int World::circleIn(const QString& zoneCode) {
    std::vector<int> matching;
    for (int c : circles) {
        if (offices[static_cast<std::size_t>(c)].zoneCode == zoneCode) {
            matching.push_back(c);
        }
    }
    if (matching.empty()) {
        return zoneCode == QLatin1String("GRW") ? circles.front() : circleIn(QStringLiteral("GRW"));
    }
    return matching[static_cast<std::size_t>(rng.between(0, static_cast<int>(matching.size()) - 1))];
}

Status World::writeOfficers() {
    std::array<int, kRanks.size()> weights{};
    for (std::size_t i = 0; i < kRanks.size(); ++i) {
        weights[i] = kRanks[i].weight;
    }
    for (int c : circles) {
        Office& office = offices[static_cast<std::size_t>(c)];
        for (int i = 0; i < config.officersPerCircle; ++i) {
            // The first two officers of a circle are always investigators, so every circle has an IO.
            const RankShare& rank = i < 2 ? kRanks[3 - i] : kRanks[static_cast<std::size_t>(rng.weighted(weights))];
            QString urdu;
            const QString name = NameFactory::officerName(rng, &urdu);
            const QString id = rng.uuid();
            // The first investigator post of the account's office is the account holder's (the demo's IO).
            const bool account = i == 0 && !investigatorUserId.isEmpty() && office.id == investigatorOfficeId;
            if (auto st = writer.row(Table::Officers, id, name, urdu, QString::fromLatin1(rank.rank),
                                     QStringLiteral("FIA-%1").arg(m_serviceNumber++), office.id,
                                     account ? investigatorUserId : QString());
                !st) {
                return st;
            }
            if (rank.investigates) {
                office.investigators.push_back(id);
            }
        }
    }
    return ok();
}

NameSearchForms World::formsOf(const QString& name) {
    auto it = m_forms.find(name);
    if (it == m_forms.end()) {
        it = m_forms.insert(name, searchForms(name));
    }
    return *it;
}

Status World::writePerson(const PersonSpec& spec, QString* id) {
    const Identity& p = spec.identity;
    *id = rng.uuid();
    const QString created = stamp(spec.recordedOn, 540 + rng.between(0, 480));
    const District& d = districts()[static_cast<std::size_t>(p.district)];
    Status st = writer.row(Table::Persons, *id, p.nameLatin, p.nameUrdu, p.relation, p.relativeLatin, p.relativeUrdu,
                           QString(QLatin1Char(p.sex)), isoDay(p.birthDate), p.birthDate.year(), p.cnic,
                           QStringLiteral("CNIC"), spec.redBook ? 1 : 0, spec.proclaimedOffender ? 1 : 0,
                           spec.redNotice ? 1 : 0, spec.notes, spec.officeId, created, created);
    if (st && spec.phone) {
        st = writer.row(Table::PersonPhones, rng.uuid(), *id, NameFactory::mobile(rng), QStringLiteral("mobile"));
    }
    if (st && spec.passport) {
        const QDate issued = spec.recordedOn.addDays(-rng.between(60, 1700));
        st = writer.row(Table::PersonPassports, rng.uuid(), *id, NameFactory::passport(rng), isoDay(issued),
                        isoDay(issued.addYears(5)), spec.passportStatus);
    }
    if (st) {
        const QString district = QString::fromUtf8(d.latin);
        st = writer.row(Table::PersonAddresses, rng.uuid(), *id, QString::fromUtf8(d.province), district, p.tehsil,
                        p.locality, addressKey(p.locality, p.tehsil, district));
    }
    if (st && !spec.alias.isEmpty()) {
        st = writer.row(Table::PersonAliases, rng.uuid(), *id, spec.alias);
    }
    if (!st) {
        return st;
    }
    // The same row PersonRepository::refreshSearch writes.
    const PersonSearchRow row = personSearchRow({p.nameLatin, p.nameUrdu, p.relativeLatin, p.relativeUrdu, spec.alias},
                                                [this](const QString& name) { return formsOf(name); });
    ++personsWritten;
    return writer.row(Table::PersonSearch, *id, row.names, row.keys);
}

Status World::link(const QString& type, const QString& fromId, const QString& toId, const QDate& from,
                   const QString& caseId, const QString& relation, double strength, const QString& fromKind,
                   const QString& toKind) {
    ++linksWritten;
    return writer.row(Table::Links, rng.uuid(), fromKind, fromId, toKind, toId, type, relation, strength,
                      from.isValid() ? isoDay(from) : QString(), caseId);
}

Status World::event(const QString& caseId, const QString& personId, const QString& type, const QDate& day,
                    const QString& description) {
    return writer.row(Table::Events, rng.uuid(), caseId, personId, type, stamp(day, 480 + rng.between(0, 600)),
                      description);
}

Status World::eventAt(const QString& caseId, const QString& personId, const QString& type, const QDateTime& at) {
    return writer.row(Table::Events, rng.uuid(), caseId, personId, type, at.toString(Qt::ISODateWithMs), QString());
}

} // namespace caselink::synthetic
