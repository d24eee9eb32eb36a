#include "analysis/statistics.h"

#include <cmath>

#include <QCoreApplication>

#include "analysis/arreststatistics.h"
#include "analysis/moneystatistics.h"
#include "analysis/partnerstatistics.h"
#include "analysis/pipelinestatistics.h"
#include "analysis/statisticsengine.h"
#include "analysis/victimstatistics.h"
#include "domain/caserecord.h"
#include "domain/localtime.h"

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::StatisticsQuery)
};

} // namespace

double StatTable::value(const QString& row, const QString& column) const {
    const StatCell* c = cell(row, column);
    return c && c->state == StatCell::State::Value ? c->value : 0;
}

const StatCell* StatTable::cell(const QString& row, const QString& column) const {
    const int r = rowOf(row);
    const int c = columnOf(column);
    if (r < 0 || c < 0) {
        return nullptr;
    }
    return &cells[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)];
}

QString StatTable::text(int row, int column) const {
    const StatCell& c = cells[static_cast<std::size_t>(row)][static_cast<std::size_t>(column)];
    switch (c.state) {
    case StatCell::State::Undefined:
        return QStringLiteral("—");
    case StatCell::State::Suppressed:
        return QStringLiteral("<%1").arg(StatisticsQuery::kSmallCell);
    case StatCell::State::Value:
        break;
    }
    if (c.value == std::floor(c.value) && std::abs(c.value) < 1e15) {
        return QString::number(static_cast<qint64>(c.value));
    }
    return QString::number(c.value, 'f', 1);
}

// The engine and one object per report family; a table id goes to the family that lists it.
struct StatisticsQuery::Private {
    StatisticsEngine engine;
    ArrestStatistics arrests{engine};
    PipelineStatistics pipeline{engine};
    VictimStatistics victims{engine};
    MoneyStatistics money{engine};
    PartnerStatistics partner{engine};

    explicit Private(RepositoryContext& context)
        : engine(context) {}

    // call(family) for the family of table id; the unknown-table error when no family lists it.
    template <typename Call>
    auto withFamily(const QString& id, Call call) -> decltype(call(arrests)) {
        if (ArrestStatistics::tableIds().contains(id)) {
            return call(arrests);
        }
        if (PipelineStatistics::tableIds().contains(id)) {
            return call(pipeline);
        }
        if (VictimStatistics::tableIds().contains(id)) {
            return call(victims);
        }
        if (MoneyStatistics::tableIds().contains(id)) {
            return call(money);
        }
        if (PartnerStatistics::tableIds().contains(id)) {
            return call(partner);
        }
        return stats::unknownTable(id);
    }

    Result<StatTable> build(const QString& id, const StatisticsFilter& filter) {
        return withFamily(id, [&](auto& family) { return family.table(id, filter); });
    }
};

StatisticsQuery::StatisticsQuery(RepositoryContext& context)
    : d(std::make_unique<Private>(context)) {
}
StatisticsQuery::~StatisticsQuery() = default;

QStringList StatisticsQuery::tableIds() {
    return ArrestStatistics::tableIds() + PipelineStatistics::tableIds() + VictimStatistics::tableIds() +
           MoneyStatistics::tableIds() + PartnerStatistics::tableIds();
}

void StatisticsQuery::setUseSummaries(bool use) {
    d->engine.setUseSummaries(use);
}

std::optional<double> StatisticsQuery::percentChange(double previous, double current) {
    if (previous == 0) {
        return std::nullopt;
    }
    return (current - previous) / previous * 100.0;
}

std::optional<double> StatisticsQuery::convictionRate(double convictions, double decided) {
    if (decided <= 0) {
        return std::nullopt;
    }
    return convictions / decided * 100.0;
}

const std::vector<OrgUnit>& StatisticsQuery::units() {
    return d->engine.units();
}

Status StatisticsQuery::validate(const StatisticsFilter& filter) {
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to) {
        return fail(ErrorCode::Input, Tr::tr("The start date %1 is after the end date %2.")
                                          .arg(displayDate(filter.from), displayDate(filter.to)));
    }
    if (!filter.unitId.isEmpty() && !d->engine.unit(filter.unitId)) {
        return fail(ErrorCode::Input, Tr::tr("There is no office with that identifier."));
    }
    if (!filter.category.isEmpty() && !arrestCategoryFromKey(filter.category)) {
        return fail(ErrorCode::Input,
                    Tr::tr("Unknown arrest category %1: use GENERAL, PROCLAIMED_OFFENDER, COURT_ABSCONDER or "
                           "MOST_WANTED.")
                        .arg(filter.category));
    }
    if (filter.compareYear != 0 && (filter.compareYear < 1950 || filter.compareYear > 2200)) {
        return fail(ErrorCode::Input, Tr::tr("The comparison year %1 is out of range.").arg(filter.compareYear));
    }
    if (!filter.offenceId.isEmpty()) {
        auto stmt =
            d->engine.context().db().prepare(QStringLiteral("SELECT 1 FROM ref_offences WHERE id = ? OR code = ?"));
        if (!stmt) {
            return std::unexpected(stmt.error());
        }
        stmt->bind(1, filter.offenceId).bind(2, filter.offenceId);
        auto row = stmt->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            return fail(ErrorCode::Input, Tr::tr("Unknown offence section %1.").arg(filter.offenceId));
        }
    }
    return ok();
}

Result<StatTable> StatisticsQuery::table(const QString& id, const StatisticsFilter& filter) {
    if (auto st = validate(filter); !st) {
        return std::unexpected(st.error());
    }
    d->victims.forgetCounts(); // a single table is always read fresh; all() shares one pass for the four victims
    return d->build(id, filter);
}

Result<std::vector<StatTable>> StatisticsQuery::all(const StatisticsFilter& filter) {
    if (auto st = validate(filter); !st) {
        return std::unexpected(st.error());
    }
    std::vector<StatTable> out;
    d->victims.forgetCounts();
    for (const QString& id : tableIds()) {
        auto t = d->build(id, filter);
        if (!t) {
            return std::unexpected(t.error());
        }
        out.push_back(std::move(*t));
    }
    return out;
}

Result<std::vector<DrillRecord>> StatisticsQuery::drillDown(const QString& id, const StatisticsFilter& filter,
                                                            const QString& rowKey, const QString& columnKey) {
    if (auto st = validate(filter); !st) {
        return std::unexpected(st.error());
    }
    auto table = d->build(id, filter);
    if (!table) {
        return std::unexpected(table.error());
    }
    const StatCell* cell = table->cell(rowKey, columnKey);
    if (!cell) {
        return fail(ErrorCode::NotFound, Tr::tr("That cell is not part of the table."));
    }
    if (cell->state == StatCell::State::Suppressed) {
        return fail(ErrorCode::Permission, Tr::tr("This count is too small to list its records without the victims "
                                                  "grant."));
    }
    return d->withFamily(id, [&](auto& family) { return family.drillDown(id, filter, *table, rowKey, columnKey); });
}

} // namespace caselink
