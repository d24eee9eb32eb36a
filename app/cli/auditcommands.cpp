// audit verify and audit list: read access to the audit hash chain.
#include "auditcommands.h"

#include <limits>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "commandline.h"
#include "commands.h"
#include "console.h"
#include "domain/localtime.h"
#include "repo/scope.h"

namespace caselink {
namespace {

Status verifyChain(Session& session) {
    const Result<AuditVerification> result = session.audit().verify();
    if (!result) {
        return std::unexpected(result.error());
    }
    Console::printLine(AuditCommands::tr("entries: %1").arg(result->entries));
    Console::printLine(AuditCommands::tr("signed checkpoints: %1").arg(result->checkpoints));
    Console::printLine(AuditCommands::tr("last signed entry: %1").arg(result->lastSignedSeq));
    if (!result->intact) {
        const QString where = result->firstBrokenSeq ? QString::number(*result->firstBrokenSeq) : QStringLiteral("?");
        return fail(ErrorCode::Integrity,
                    AuditCommands::tr("the audit chain is broken at entry %1: %2").arg(where, result->problem));
    }
    Console::printLine(AuditCommands::tr("The audit chain is intact."));
    return ok();
}

QJsonObject entryJson(const AuditEntry& entry) {
    QJsonObject object;
    object.insert(QStringLiteral("seq"), static_cast<qint64>(entry.seq));
    object.insert(QStringLiteral("at"), entry.at.toString(Qt::ISODateWithMs));
    object.insert(QStringLiteral("username"), entry.username);
    object.insert(QStringLiteral("office"), entry.officeCode);
    object.insert(QStringLiteral("action"), entry.action);
    object.insert(QStringLiteral("entity_type"), entry.entityType);
    object.insert(QStringLiteral("entity_id"), entry.entityId);
    object.insert(QStringLiteral("fields"), entry.fields);
    object.insert(QStringLiteral("hash"), QString::fromLatin1(entry.hash.toHex()));
    return object;
}

Status listEntries(Session& session, const AuditFilter& filter, OutputFormat format) {
    const Result<Scope> scope = Scope::forSession(session);
    if (!scope) {
        return std::unexpected(scope.error());
    }
    const Result<std::vector<AuditEntry>> entries =
        session.audit().list(filter, AuditReader::of(scope->role(), scope->officeIds()));
    if (!entries) {
        return std::unexpected(entries.error());
    }
    if (format == OutputFormat::Json) {
        QJsonArray array;
        for (const AuditEntry& entry : *entries) {
            array.append(entryJson(entry));
        }
        Console::print(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return ok();
    }
    QList<QStringList> rows;
    for (const AuditEntry& entry : *entries) {
        rows << QStringList{QString::number(entry.seq),
                            displayDateTime(entry.at), // the table is read by people; --json keeps ISO UTC
                            entry.username,
                            entry.officeCode,
                            entry.action,
                            entry.entityType + QLatin1Char(':') + entry.entityId};
    }
    Console::printTable({AuditCommands::tr("SEQ"), AuditCommands::tr("TIME (UTC)"), AuditCommands::tr("USER"),
                         AuditCommands::tr("OFFICE"), AuditCommands::tr("ACTION"), AuditCommands::tr("ENTITY")},
                        rows);
    return ok();
}

} // namespace

int AuditCommands::verify(const QStringList& arguments) {
    CommandLine commandLine(QStringLiteral("audit verify"),
                            tr("Verifies the audit hash chain and the signatures of its checkpoints. Reports the\n"
                               "first broken entry and exits with 3 when the chain does not hold."));
    commandLine.addDatabaseOption();
    commandLine.addUserOption(tr("The account to sign in with."));
    commandLine.addPasswordFileOption();
    if (const auto stop = commandLine.parse(arguments)) {
        return *stop;
    }
    return Commands::withSession(commandLine, Access::ReadOnly,
                                 [&](Session& session) -> Status { return verifyChain(session); });
}

int AuditCommands::list(const QStringList& arguments) {
    CommandLine commandLine(QStringLiteral("audit list"), tr("Lists audit entries in chain order."));
    commandLine.addDatabaseOption();
    commandLine.addUserOption(tr("The account to sign in with."));
    commandLine.addOption(QStringLiteral("after"), tr("Only entries after this sequence number."), tr("seq"));
    commandLine.addOption(QStringLiteral("limit"), tr("At most this many entries (default 100)."), tr("n"));
    commandLine.addOption(QStringLiteral("action"), tr("Only actions starting with this text, e.g. user."),
                          tr("prefix"));
    commandLine.addFormatOption();
    commandLine.addPasswordFileOption();
    if (const auto stop = commandLine.parse(arguments)) {
        return *stop;
    }
    AuditFilter filter;
    const Result<std::int64_t> after =
        commandLine.integer(QStringLiteral("after"), 0, std::numeric_limits<std::int64_t>::max(), 0);
    const Result<std::int64_t> limit = commandLine.integer(QStringLiteral("limit"), 1, 100000, filter.limit);
    const Result<OutputFormat> format = commandLine.format();
    for (const Error* error :
         {after ? nullptr : &after.error(), limit ? nullptr : &limit.error(), format ? nullptr : &format.error()}) {
        if (error != nullptr) {
            return Console::report(*error);
        }
    }
    filter.afterSeq = *after;
    filter.limit = static_cast<int>(*limit);
    filter.action = commandLine.value(QStringLiteral("action"));
    return Commands::withSession(commandLine, Access::ReadOnly,
                                 [&](Session& session) -> Status { return listEntries(session, filter, *format); });
}

} // namespace caselink
