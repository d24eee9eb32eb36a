// graph: a relationship chart from seeds, through the user's scope, exported (GraphML, GEXF, FtM, ANX) or
// summarised as the top nodes of each network measure.
#include "graphcommand.h"

#include "analysis/graph.h"
#include "analysis/graphextractor.h"
#include "analysis/measures.h"
#include "commandline.h"
#include "commands.h"
#include "console.h"
#include "io/graphexport.h"
#include "repo/repositorycontext.h"

namespace caselink {
namespace {

Status printMeasures(const ChartData& chart, int top) {
    auto measures = computeMeasures(chart);
    if (!measures) {
        return std::unexpected(measures.error());
    }
    Console::printLine(GraphCommand::tr("%1 nodes, %2 edges, %3 communities (modularity %4)")
                           .arg(chart.nodes.size())
                           .arg(chart.edges.size())
                           .arg(measures->community.empty()
                                    ? 0
                                    : *std::max_element(measures->community.begin(), measures->community.end()) + 1)
                           .arg(measures->modularity, 0, 'f', 3));
    for (Measure m :
         {Measure::Degree, Measure::Betweenness, Measure::Closeness, Measure::Eigenvector, Measure::Coreness}) {
        Console::printLine();
        Console::printLine(measureName(m));
        QList<QStringList> rows;
        int rank = 0;
        for (int i : topNodes(*measures, m, top)) {
            const ChartNode& n = chart.nodes[std::size_t(i)];
            rows << QStringList{QString::number(++rank), n.label, nodeKindName(n.kind),
                                QString::number(measures->value(m, i), 'g', 5), n.redacted ? QString() : n.recordId};
        }
        Console::printTable({GraphCommand::tr("RANK"), GraphCommand::tr("NODE"), GraphCommand::tr("KIND"),
                             GraphCommand::tr("VALUE"), GraphCommand::tr("ID")},
                            rows,
                            {Console::Align::Right, Console::Align::Left, Console::Align::Left, Console::Align::Right,
                             Console::Align::Left});
    }
    return ok();
}

} // namespace

int GraphCommand::run(const QStringList& arguments) {
    CommandLine commandLine(QStringLiteral("graph"),
                            tr("Extracts the relationship network around one or more records within your scope and\n"
                               "exports it (GraphML, GEXF, FollowTheMoney, i2 ANX) or prints the top nodes of each\n"
                               "network measure. Victims appear without identity unless your account has the\n"
                               "victim grant. Exports are recorded in the audit log."));
    commandLine.addDatabaseOption();
    commandLine.addUserOption(tr("The account to sign in with."));
    commandLine.addPasswordFileOption();
    commandLine.addOption(QStringLiteral("seed"), tr("A record id to start from (repeat or separate with commas)."),
                          tr("id"));
    commandLine.addOption(QStringLiteral("seed-kind"),
                          tr("What the seeds are: person (default), organisation, case, phone or document."),
                          tr("kind"));
    commandLine.addOption(QStringLiteral("depth"), tr("Hops from the seeds (default 2, at most 6)."), tr("n"));
    commandLine.addOption(QStringLiteral("types"),
                          tr("Only these relation types, comma-separated (e.g. RECRUITED,PAID,SUB_AGENT_OF)."),
                          tr("types"));
    commandLine.addOption(QStringLiteral("from"), tr("Only relations on or after this date (YYYY-MM-DD)."), tr("date"));
    commandLine.addOption(QStringLiteral("to"), tr("Only relations on or before this date (YYYY-MM-DD)."), tr("date"));
    commandLine.addOption(QStringLiteral("format"), tr("Export format: graphml, gexf, ftm or anx."), tr("format"));
    commandLine.addOption(QStringLiteral("out"), tr("The file to export to."), tr("file"));
    commandLine.addOption(QStringLiteral("measures"), tr("Print the top nodes of each network measure."));
    commandLine.addOption(QStringLiteral("top"), tr("How many top nodes per measure (default 10)."), tr("n"));
    commandLine.require({QStringLiteral("seed")});
    if (const auto stop = commandLine.parse(arguments)) {
        return *stop;
    }
    ExtractOptions options;
    options.seedIds = commandLine.value(QStringLiteral("seed")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString& id : options.seedIds) {
        id = id.trimmed();
    }
    std::optional<NodeKind> kind;
    if (commandLine.isSet(QStringLiteral("seed-kind"))) {
        kind = nodeKindFromKey(commandLine.value(QStringLiteral("seed-kind")).toLower());
        if (!kind || *kind == NodeKind::Address || *kind == NodeKind::Incident) {
            return Console::report(
                commandLine.usageError(tr("unknown seed kind '%1' (use person, organisation, case, phone or document)")
                                           .arg(commandLine.value(QStringLiteral("seed-kind")))));
        }
    }
    const Result<std::int64_t> depth = commandLine.integer(QStringLiteral("depth"), 0, 6, 2);
    const Result<std::int64_t> top = commandLine.integer(QStringLiteral("top"), 1, 1000, 10);
    if (!depth || !top) {
        return Console::report(depth ? top.error() : depth.error());
    }
    options.depth = int(*depth);
    for (const QString& t : commandLine.value(QStringLiteral("types")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto type = edgeTypeFromKey(t.trimmed());
        if (!type) {
            return Console::report(commandLine.usageError(tr("unknown relation type '%1'").arg(t.trimmed())));
        }
        options.types.insert(*type);
    }
    for (const auto& [name, date] :
         {std::pair{QStringLiteral("from"), &options.from}, std::pair{QStringLiteral("to"), &options.to}}) {
        if (commandLine.isSet(name)) {
            *date = QDate::fromString(commandLine.value(name), Qt::ISODate);
            if (!date->isValid()) {
                return Console::report(commandLine.usageError(tr("--%1 needs a date as YYYY-MM-DD").arg(name)));
            }
        }
    }
    const bool measures = commandLine.isSet(QStringLiteral("measures"));
    std::optional<GraphFormat> format;
    if (commandLine.isSet(QStringLiteral("format"))) {
        format = graphFormatFromKey(commandLine.value(QStringLiteral("format")));
        if (!format) {
            return Console::report(commandLine.usageError(tr("unknown format '%1' (use graphml, gexf, ftm or anx)")
                                                              .arg(commandLine.value(QStringLiteral("format")))));
        }
        if (!commandLine.isSet(QStringLiteral("out"))) {
            return Console::report(commandLine.usageError(tr("--format needs --out FILE")));
        }
    }
    if (!format && !measures) {
        return Console::report(commandLine.usageError(tr("say what to do: --format with --out, or --measures")));
    }
    return Commands::withDatabase(commandLine, Access::ReadWrite, [&](RepositoryContext& context) -> Status {
        GraphExtractor extractor(context);
        Result<ChartData> chart = std::unexpected(Error{});
        // Without --seed-kind the seeds are tried as persons, then cases, then organisations.
        for (NodeKind k : kind ? QList<NodeKind>{*kind}
                               : QList<NodeKind>{NodeKind::Person, NodeKind::Case, NodeKind::Organisation}) {
            options.seedKind = k;
            chart = extractor.extract(options);
            if (chart || chart.error().code != ErrorCode::NotFound) {
                break;
            }
        }
        if (!chart) {
            return std::unexpected(chart.error());
        }
        if (extractor.truncated()) {
            Console::message(tr("the network was cut at %1 nodes").arg(options.maxNodes));
        }
        Status result = ok();
        if (format) {
            result = exportGraph(context, *chart, *format, commandLine.value(QStringLiteral("out")));
            if (result) {
                Console::message(tr("%1 nodes and %2 edges written to %3")
                                     .arg(chart->nodes.size())
                                     .arg(chart->edges.size())
                                     .arg(commandLine.value(QStringLiteral("out"))));
            }
        }
        if (result && measures) {
            result = printMeasures(*chart, int(*top));
        }
        return result;
    });
}

} // namespace caselink
