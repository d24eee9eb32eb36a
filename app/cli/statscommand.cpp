// stats: the supervisors' aggregates (arrests by month, zone, circle and category, year on year, pipeline, challans,
// victims, fees, assets, partner counts) through the same StatisticsQuery as the dashboard, so the numbers agree.
#include "statscommand.h"

#include <QBuffer>
#include <QFile>
#include <QJsonObject>

#include "analysis/statistics.h"
#include "commandline.h"
#include "commands.h"
#include "console.h"
#include "io/statsreport.h"
#include "security/session.h"

namespace caselink {
namespace {

Result<QDate> dateOption(const CommandLine& commandLine, const QString& name) {
    if (!commandLine.isSet(name)) {
        return QDate();
    }
    const QDate date = QDate::fromString(commandLine.value(name), Qt::ISODate);
    if (!date.isValid()) {
        return std::unexpected(commandLine.usageError(
            StatsCommand::tr("--%1 needs a date as YYYY-MM-DD, not '%2'").arg(name, commandLine.value(name))));
    }
    return date;
}

QStringList tablesFor(const QString& by) {
    if (by == u"month" || by == u"category") {
        return {QStringLiteral("arrests_month")};
    }
    if (by == u"zone") {
        return {QStringLiteral("arrests_zone")};
    }
    if (by == u"circle") {
        return {QStringLiteral("arrests_circle")};
    }
    if (by == u"route") {
        return {QStringLiteral("fees_route"), QStringLiteral("partner_routes")};
    }
    return StatisticsQuery::tableIds();
}

// Arrests per category over the whole period: the column totals of the month table.
StatTable categoryTotals(const StatTable& months) {
    StatTable t;
    t.id = QStringLiteral("arrests_category");
    t.title = StatsCommand::tr("Arrests by category");
    t.recordKind = months.recordKind;
    t.columnKeys = {QStringLiteral("arrests")};
    t.columnLabels = {StatsCommand::tr("Arrests")};
    t.rowKeys = months.columnKeys;
    t.rowLabels = months.columnLabels;
    for (int c = 0; c < months.columnKeys.size(); ++c) {
        double sum = 0;
        for (const auto& row : months.cells) {
            sum += row[static_cast<std::size_t>(c)].value;
        }
        t.cells.push_back({StatCell{sum, StatCell::State::Value}});
    }
    return t;
}

// The tables for the terminal: a title, then the row labels under an empty heading and each column's values, numbers
// right-aligned under their right-aligned heading, then the table's note.
QString statisticsText(const std::vector<StatTable>& tables) {
    QString out;
    for (const StatTable& t : tables) {
        QList<QStringList> rows;
        for (int r = 0; r < t.rowKeys.size(); ++r) {
            QStringList line{t.rowLabels.value(r)};
            for (int c = 0; c < t.columnKeys.size(); ++c) {
                line << t.text(r, c);
            }
            rows << line;
        }
        QList<Console::Align> align{Console::Align::Left};
        for (int c = 0; c < t.columnKeys.size(); ++c) {
            align << Console::Align::Right;
        }
        out += t.title + u'\n' + Console::formatTable(QStringList{QString()} + t.columnLabels, rows, align);
        if (!t.note.isEmpty()) {
            out += t.note + u'\n';
        }
        out += u'\n';
    }
    return out;
}

Status writeOut(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size() || !file.flush()) {
        return fail(ErrorCode::Io, StatsCommand::tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    return ok();
}

Status runStats(RepositoryContext& context, const StatisticsFilter& filter, const QString& by, const QString& format,
                const QString& out) {
    StatisticsQuery query(context);
    std::vector<StatTable> tables;
    QStringList ids = tablesFor(by);
    if (filter.compareYear && !ids.contains(QLatin1String("arrests_yoy"))) {
        ids << QStringLiteral("arrests_yoy");
    }
    for (const QString& id : ids) {
        auto t = query.table(id, filter);
        if (!t) {
            return std::unexpected(t.error());
        }
        tables.push_back(by == u"category" && id == u"arrests_month" ? categoryTotals(*t) : std::move(*t));
    }
    QStringList written;
    for (const StatTable& t : tables) {
        written << t.id;
    }
    // Statistics leave the database as files: the audit records which tables and in what form.
    if (auto st = context.auditRead(
            {QStringLiteral("statistics.export"),
             QStringLiteral("statistics"),
             {},
             QJsonObject{{QLatin1String("format"), format}, {QLatin1String("tables"), written.join(u',')}}});
        !st) {
        return st;
    }
    if (format == u"xlsx") {
        return writeStatisticsXlsx(tables, out);
    }
    QByteArray bytes;
    if (format == u"csv") {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (auto st = writeStatisticsCsv(tables, buffer); !st) {
            return st;
        }
    } else if (format == u"json") {
        bytes = statisticsJson(tables);
    } else {
        bytes = statisticsText(tables).toUtf8();
    }
    if (!out.isEmpty()) {
        return writeOut(out, bytes);
    }
    Console::print(QString::fromUtf8(bytes));
    return ok();
}

} // namespace

int StatsCommand::run(const QStringList& arguments) {
    CommandLine commandLine(QStringLiteral("stats"),
                            tr("Arrest and case statistics within your scope, as the Statistics dashboard shows them:\n"
                               "arrests by month, zone, circle and category, year-on-year change, the case pipeline\n"
                               "with the conviction rate (convictions / decided cases), challan timeliness, victims\n"
                               "(small counts suppressed without the victim grant), fees by route and assets."));
    commandLine.addDatabaseOption();
    commandLine.addUserOption(tr("The account to sign in with."));
    commandLine.addOption(QStringLiteral("from"), tr("First day counted (YYYY-MM-DD)."), tr("date"));
    commandLine.addOption(QStringLiteral("to"), tr("Last day counted (YYYY-MM-DD)."), tr("date"));
    commandLine.addOption(QStringLiteral("by"), tr("One breakdown: month, zone, circle, category or route."),
                          tr("breakdown"));
    commandLine.addOption(QStringLiteral("compare-year"), tr("Compare arrests of this year with the year before."),
                          tr("year"));
    commandLine.addOption(QStringLiteral("unit"), tr("Only this region, zone or circle (its code, e.g. GRW)."),
                          tr("code"));
    commandLine.addOption(QStringLiteral("offence"), tr("Only cases charged under this offence (code, e.g. PSMA-6)."),
                          tr("code"));
    commandLine.addOption(QStringLiteral("category"),
                          tr("Only arrests of this category: GENERAL, PROCLAIMED_OFFENDER, COURT_ABSCONDER, "
                             "MOST_WANTED."),
                          tr("category"));
    commandLine.addOption(QStringLiteral("format"), tr("table (default), csv, json or xlsx (needs --out)."),
                          tr("format"));
    commandLine.addOption(QStringLiteral("out"), tr("Write to this file instead of the terminal."), tr("file"));
    commandLine.addPasswordFileOption();
    if (const auto stop = commandLine.parse(arguments)) {
        return *stop;
    }
    const QString by = commandLine.value(QStringLiteral("by"));
    if (!by.isEmpty() && !QStringList{QStringLiteral("month"), QStringLiteral("zone"), QStringLiteral("circle"),
                                      QStringLiteral("category"), QStringLiteral("route")}
                              .contains(by)) {
        return Console::report(
            commandLine.usageError(tr("unknown breakdown '%1' (use month, zone, circle, category or route)").arg(by)));
    }
    const QString format = commandLine.isSet(QStringLiteral("format")) ? commandLine.value(QStringLiteral("format"))
                                                                       : QStringLiteral("table");
    if (!QStringList{QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("xlsx")}
             .contains(format)) {
        return Console::report(
            commandLine.usageError(tr("unknown format '%1' (use table, csv, json or xlsx)").arg(format)));
    }
    const QString out = commandLine.value(QStringLiteral("out"));
    if (format == u"xlsx" && out.isEmpty()) {
        return Console::report(commandLine.usageError(tr("--format xlsx needs --out FILE")));
    }
    StatisticsFilter filter;
    const Result<QDate> from = dateOption(commandLine, QStringLiteral("from"));
    const Result<QDate> to = dateOption(commandLine, QStringLiteral("to"));
    const Result<std::int64_t> year = commandLine.integer(QStringLiteral("compare-year"), 1950, 2200, 0);
    if (!from || !to || !year) {
        return Console::report(!from ? from.error() : !to ? to.error() : year.error());
    }
    filter.from = *from;
    filter.to = *to;
    filter.compareYear = static_cast<int>(*year);
    filter.offenceId = commandLine.value(QStringLiteral("offence"));
    filter.category = commandLine.value(QStringLiteral("category")).toUpper();
    return Commands::withDatabase(commandLine, Access::ReadWrite, [&](RepositoryContext& context) -> Status {
        if (commandLine.isSet(QStringLiteral("unit"))) {
            const QString code = commandLine.value(QStringLiteral("unit")).toUpper();
            const auto units = context.session().orgUnits();
            if (units) {
                for (const OrgUnit& u : *units) {
                    if (u.code == code) {
                        filter.unitId = u.id;
                    }
                }
            }
            if (filter.unitId.isEmpty()) {
                return fail(ErrorCode::Input, tr("There is no office with the code %1.").arg(code));
            }
        }
        return runStats(context, filter, by, format, out);
    });
}

} // namespace caselink
