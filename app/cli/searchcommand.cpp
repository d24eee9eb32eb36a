// search: finds persons (names in either script and any spelling, CNIC, passport, phone), cases (FIR or enquiry
// number, title) or organisations within the user's scope.
#include "searchcommand.h"

#include <limits>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "commandline.h"
#include "commands.h"
#include "console.h"
#include "repo/caserepository.h"
#include "repo/globalsearch.h"
#include "repo/organisationrepository.h"
#include "repo/personrepository.h"
#include "text/namenormalizer.h"

namespace caselink {
namespace {

Status searchPersons(RepositoryContext& context, const QString& query, int limit, OutputFormat format) {
    PersonRepository persons(context);
    const Result<PersonSearchResult> found = persons.find(query, limit);
    if (!found) {
        return std::unexpected(found.error());
    }
    const std::vector<PersonHit>& hits = found->hits;
    const auto shown = static_cast<qint64>(hits.size());
    // The same audit entry as the window's search field: how much was found, never the query.
    if (const Status audited = GlobalSearch(context).auditPersonSearch(found->total, shown); !audited) {
        return audited; // a sensitive read that cannot be audited is not shown
    }
    if (format == OutputFormat::Json) {
        QJsonArray array;
        for (const PersonHit& hit : hits) {
            array.append(QJsonObject{{QLatin1String("id"), hit.id},
                                     {QLatin1String("name"), hit.name},
                                     {QLatin1String("name_urdu"), hit.nameUrdu},
                                     {QLatin1String("relative"), hit.relative},
                                     {QLatin1String("cnic"), hit.cnic},
                                     {QLatin1String("matched_by"), hit.matchedBy}});
        }
        const QJsonObject out{{QLatin1String("total"), found->total},
                              {QLatin1String("shown"), shown},
                              {QLatin1String("more"), found->total - shown},
                              {QLatin1String("results"), array}};
        Console::print(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented)));
        return ok();
    }
    QList<QStringList> rows;
    for (const PersonHit& hit : hits) {
        rows << QStringList{hit.name, hit.nameUrdu, hit.relative, hit.cnic, hit.matchedBy, hit.id};
    }
    Console::printTable({SearchCommand::tr("NAME"), SearchCommand::tr("URDU"), SearchCommand::tr("FATHER/HUSBAND"),
                         SearchCommand::tr("CNIC"), SearchCommand::tr("MATCHED BY"), SearchCommand::tr("ID")},
                        rows);
    if (const qint64 more = found->total - shown; more > 0) {
        Console::printLine(SearchCommand::tr("... and %n more (--limit N shows more, --all shows every one)", nullptr,
                                             static_cast<int>(qMin<qint64>(more, INT_MAX))));
    }
    return ok();
}

void printRecords(const QStringList& headers, const QStringList& keys, const QList<QStringList>& rows,
                  OutputFormat format) {
    if (format == OutputFormat::Json) {
        QJsonArray array;
        for (const QStringList& row : rows) {
            QJsonObject object;
            for (int i = 0; i < keys.size(); ++i) {
                object.insert(keys[i], row.value(i));
            }
            array.append(object);
        }
        Console::print(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return;
    }
    Console::printTable(headers, rows);
}

Status searchCases(RepositoryContext& context, const QString& query, int limit, OutputFormat format) {
    CaseRepository cases(context);
    const Result<std::vector<CaseSummary>> hits = cases.search(query, limit);
    if (!hits) {
        return std::unexpected(hits.error());
    }
    if (const Status audited = GlobalSearch(context).auditRecordSearch(QStringLiteral("case"), qint64(hits->size()));
        !audited) {
        return audited; // a read that cannot be audited is not shown
    }
    QList<QStringList> rows;
    for (const CaseSummary& c : *hits) {
        rows << QStringList{c.label,
                            c.enquiryNumber,
                            caseStatusDisplayName(c.status),
                            c.firDate.isValid() ? c.firDate.toString(Qt::ISODate) : QString(),
                            c.title,
                            c.id};
    }
    printRecords({SearchCommand::tr("FIR"), SearchCommand::tr("ENQUIRY"), SearchCommand::tr("STATUS"),
                  SearchCommand::tr("FIR DATE"), SearchCommand::tr("TITLE"), SearchCommand::tr("ID")},
                 {QStringLiteral("fir"), QStringLiteral("enquiry"), QStringLiteral("status"),
                  QStringLiteral("fir_date"), QStringLiteral("title"), QStringLiteral("id")},
                 rows, format);
    return ok();
}

// The same organisation search as the desktop application's search field.
Status searchOrganisations(RepositoryContext& context, const QString& query, int limit, OutputFormat format) {
    const Result<std::vector<Organisation>> found = OrganisationRepository(context).search(query, limit);
    if (!found) {
        return std::unexpected(found.error());
    }
    if (const Status audited = GlobalSearch(context).auditRecordSearch(QStringLiteral("org"), qint64(found->size()));
        !audited) {
        return audited;
    }
    QList<QStringList> rows;
    for (const Organisation& o : *found) {
        rows << QStringList{o.name, o.nameUrdu, organisationKindName(o.kind), o.registration, o.id};
    }
    printRecords({SearchCommand::tr("NAME"), SearchCommand::tr("URDU"), SearchCommand::tr("KIND"),
                  SearchCommand::tr("REGISTRATION"), SearchCommand::tr("ID")},
                 {QStringLiteral("name"), QStringLiteral("name_urdu"), QStringLiteral("kind"),
                  QStringLiteral("registration"), QStringLiteral("id")},
                 rows, format);
    return ok();
}

} // namespace

int SearchCommand::run(const QStringList& arguments) {
    CommandLine commandLine(QStringLiteral("search"),
                            tr("Finds records within your scope. Persons are found by name in Urdu or Latin script\n"
                               "and any common spelling (Muhammad, Mohd, M.), or by CNIC, passport or phone number.\n"
                               "Victims' identities appear only for accounts with the victim grant."));
    commandLine.addDatabaseOption();
    commandLine.addUserOption(tr("The account to sign in with."));
    commandLine.addOption(QStringLiteral("type"),
                          tr("What to search: person (default), case (FIR or enquiry number, title) or org."),
                          tr("type"));
    commandLine.addOption(QStringLiteral("limit"), tr("At most this many results (default 50)."), tr("n"));
    commandLine.addOption(QStringLiteral("all"), tr("Every result, however many."));
    commandLine.addFormatOption();
    commandLine.addPasswordFileOption();
    commandLine.acceptPositional(QStringLiteral("QUERY"), tr("A name, CNIC, passport or phone number."));
    if (const auto stop = commandLine.parse(arguments)) {
        return *stop;
    }
    const QString type = commandLine.isSet(QStringLiteral("type")) ? commandLine.value(QStringLiteral("type"))
                                                                   : QStringLiteral("person");
    if (type != QLatin1String("person") && type != QLatin1String("case") && type != QLatin1String("org")) {
        return Console::report(commandLine.usageError(tr("unknown type '%1' (use person, case or org)").arg(type)));
    }
    const Result<std::int64_t> limit = commandLine.integer(QStringLiteral("limit"), 1, 10000, 50);
    const Result<OutputFormat> format = commandLine.format();
    if (!limit || !format) {
        return Console::report(limit ? format.error() : limit.error());
    }
    return Commands::withDatabase(commandLine, Access::ReadWrite, [&](RepositoryContext& context) -> Status {
        const QString query = commandLine.positional();
        const int max =
            commandLine.isSet(QStringLiteral("all")) ? std::numeric_limits<int>::max() : static_cast<int>(*limit);
        const Status result = type == QLatin1String("case")  ? searchCases(context, query, max, *format)
                              : type == QLatin1String("org") ? searchOrganisations(context, query, max, *format)
                                                             : searchPersons(context, query, max, *format);
        return result;
    });
}

} // namespace caselink
