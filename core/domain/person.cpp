#include "domain/person.h"

#include <QCoreApplication>

namespace caselink {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::Lineage)
};
struct SexTr {
    Q_DECLARE_TR_FUNCTIONS(caselink::Sex)
};
} // namespace

QString lineageText(Relation relation, const QString& relative) {
    if (relative.isEmpty()) {
        return {};
    }
    switch (relation) {
    case Relation::SonOf:
        return Tr::tr("s/o %1").arg(relative);
    case Relation::DaughterOf:
        return Tr::tr("d/o %1").arg(relative);
    case Relation::WifeOf:
        return Tr::tr("w/o %1").arg(relative);
    case Relation::None:
        break;
    }
    return relative;
}

QString relationKey(Relation relation) {
    switch (relation) {
    case Relation::SonOf:
        return QStringLiteral("SO");
    case Relation::DaughterOf:
        return QStringLiteral("DO");
    case Relation::WifeOf:
        return QStringLiteral("WO");
    case Relation::None:
        break;
    }
    return {};
}

Relation relationFromKey(const QString& key) {
    if (key == QLatin1String("SO")) {
        return Relation::SonOf;
    }
    if (key == QLatin1String("DO")) {
        return Relation::DaughterOf;
    }
    if (key == QLatin1String("WO")) {
        return Relation::WifeOf;
    }
    return Relation::None;
}

QString sexKey(Sex sex) {
    switch (sex) {
    case Sex::Male:
        return QStringLiteral("M");
    case Sex::Female:
        return QStringLiteral("F");
    case Sex::Other:
        return QStringLiteral("X");
    case Sex::Unknown:
        break;
    }
    return QStringLiteral("U");
}

Sex sexFromKey(const QString& key) {
    if (key == QLatin1String("M")) {
        return Sex::Male;
    }
    if (key == QLatin1String("F")) {
        return Sex::Female;
    }
    if (key == QLatin1String("X")) {
        return Sex::Other;
    }
    return Sex::Unknown;
}

QString sexDisplayName(Sex sex) {
    switch (sex) {
    case Sex::Male:
        return SexTr::tr("Male");
    case Sex::Female:
        return SexTr::tr("Female");
    case Sex::Other:
        return SexTr::tr("Other (X)");
    case Sex::Unknown:
        break;
    }
    return SexTr::tr("Not recorded");
}

QString Person::displayName() const {
    return nameLatin.isEmpty() ? nameUrdu : nameLatin;
}

} // namespace caselink
