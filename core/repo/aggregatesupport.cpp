#include "repo/aggregatesupport.h"

#include <QCoreApplication>

#include "domain/money.h"

namespace caselink {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::AggregateSupport)
};
} // namespace

QString orNull(const QString& text) {
    return text.isEmpty() ? QString() : text;
}

namespace {

QString likeEscaped(const QString& text) {
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return escaped;
}

} // namespace

QString likePrefix(const QString& text) {
    return likeEscaped(text) + QLatin1Char('%');
}

QString likeContains(const QString& text) {
    return QLatin1Char('%') + likeEscaped(text) + QLatin1Char('%');
}

QString isoDate(QDate date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate fromIsoDate(const QString& text) {
    return text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
}

QString organisationVisible(const Scope& scope, const QString& o) {
    if (scope.role() == Role::ProsecutorReader) {
        return QStringLiteral("EXISTS (SELECT 1 FROM memberships om JOIN persons op ON op.id = om.person_id "
                              "WHERE om.organisation_id = %1.id AND %2)")
            .arg(o, scope.personVisible(QStringLiteral("op")));
    }
    return QStringLiteral("(%1.office_id IN (SELECT value FROM json_each(:scope_offices)))").arg(o);
}

Result<Statement> prepareScoped(RepositoryContext& context, const QString& sql) {
    auto stmt = context.db().prepare(sql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    context.scope().bind(*stmt);
    return stmt;
}

Status forEachRow(Statement& statement, const std::function<void(Statement&)>& each) {
    while (true) {
        auto row = statement.step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            return ok();
        }
        each(statement);
    }
}

Status readOne(Statement& statement, const std::function<void(Statement&)>& read, const QString& notFoundMessage) {
    auto row = statement.step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return fail(ErrorCode::NotFound, notFoundMessage);
    }
    read(statement);
    return ok();
}

Status requireVisibleCase(RepositoryContext& context, const QString& caseId) {
    auto stmt = prepareScoped(context, QStringLiteral("SELECT 1 FROM cases c WHERE c.id = :id AND %1")
                                           .arg(context.scope().caseVisible(QStringLiteral("c"))));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindNamed(":id", caseId);
    return readOne(
        *stmt, [](Statement&) {}, Tr::tr("No such case, or not in your scope."));
}

Status checkVisiblePerson(RepositoryContext& context, const QString& personId, const QString& code,
                          const QString& label, std::vector<Issue>& issues) {
    if (personId.isEmpty()) {
        return ok();
    }
    auto stmt = prepareScoped(context, QStringLiteral("SELECT 1 FROM persons p WHERE p.id = :id AND %1")
                                           .arg(context.scope().personVisible(QStringLiteral("p"))));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindNamed(":id", personId);
    auto st = readOne(
        *stmt, [](Statement&) {}, QString());
    if (!st && st.error().code != ErrorCode::NotFound) {
        return st;
    }
    if (!st) {
        issues.push_back({Severity::Error, code, Tr::tr("The %1 is not a person in your scope.").arg(label)});
    }
    return ok();
}

Status checkCountry(RepositoryContext& context, const QString& iso2, const QString& code, const QString& label,
                    std::vector<Issue>& issues) {
    auto stmt = context.db().prepare(QStringLiteral("SELECT 1 FROM ref_countries WHERE iso2 = ?"));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, nn(iso2));
    auto st = readOne(
        *stmt, [](Statement&) {}, QString());
    if (!st && st.error().code != ErrorCode::NotFound) {
        return st;
    }
    if (!st) {
        issues.push_back({Severity::Error, code,
                          Tr::tr("%1: \"%2\" is not a country in the reference list.").arg(label, visibleInput(iso2))});
    }
    return ok();
}

std::optional<qint64> wholeRupees(const QString& text, const QString& codePrefix, std::vector<Issue>& issues) {
    if (text.trimmed().isEmpty()) {
        return std::nullopt;
    }
    auto money = validateMoney(text, QStringLiteral("PKR"));
    issues.insert(issues.end(), money.issues.begin(), money.issues.end());
    if (!money.value) {
        return std::nullopt;
    }
    if (money.value->currency != QLatin1String("PKR")) {
        issues.push_back({Severity::Error, codePrefix + QStringLiteral(".currency"),
                          Tr::tr("Give the amount in rupees; convert %1 at the rate of the order's date.")
                              .arg(money.value->currency)});
        return std::nullopt;
    }
    if (money.value->minorUnits % 100 != 0) {
        issues.push_back(
            {Severity::Error, codePrefix + QStringLiteral(".paisa"), Tr::tr("Give the amount in whole rupees.")});
        return std::nullopt;
    }
    return money.value->minorUnits / 100;
}

void cleanText(QString& field, qsizetype maxLength, std::vector<Issue>& issues, LineMode mode) {
    auto clean = sanitizeText(field, maxLength, mode);
    issues.insert(issues.end(), clean.issues.begin(), clean.issues.end());
    if (clean.value) {
        field = *clean.value;
    }
}

Result<std::vector<Issue>> refuseOnErrors(std::vector<Issue> issues) {
    if (hasErrors(issues)) {
        return fail(ErrorCode::Input, errorMessages(issues));
    }
    return issues;
}

} // namespace caselink
