// Rows of every kind: the dispatch by import kind, and the persons, arrests and watch-list kinds; the other kinds are
// in rowparserkinds.cpp and the shared cell parsers in rowreader.cpp.
#include "importer/rowparser.h"

#include "domain/legalclocks.h"
#include "domain/textinput.h"
#include "importer/rowparserkinds.h"
#include "importer/rowreader.h"
#include "repo/scope.h"

using namespace Qt::StringLiterals;

namespace caselink {
namespace importrows {
namespace {

void parseArrest(RowReader& r, ParsedRow& out) {
    parseCase(r, out);
    if (r.cell(u"arrested_at"_s).isEmpty()) {
        r.error(u"arrested_at"_s, u"arrest.time_missing"_s, Tr::tr("The date of arrest is empty."));
    } else {
        out.arrestedAt = parseDateTime(r, u"arrested_at"_s, u"arrest.time_future"_s,
                                       Tr::tr("The time of arrest lies in the future."));
    }
    out.place = r.text(u"place"_s, kMaxLine);
    if (const QString category = r.cell(u"category"_s); !category.isEmpty()) {
        const QString c = category.toLower().remove(u'.');
        if (c == u"general" || c == u"عام") {
            out.category = ArrestCategory::General;
        } else if (c == u"po" || c == u"proclaimed offender" || c == u"اشتہاری") {
            out.category = ArrestCategory::ProclaimedOffender;
        } else if (c == u"ca" || c == u"court absconder") {
            out.category = ArrestCategory::CourtAbsconder;
        } else if (c == u"most wanted" || c == u"mw") {
            out.category = ArrestCategory::MostWanted;
        } else if (auto key = arrestCategoryFromKey(category.toUpper().replace(u' ', u'_'))) {
            out.category = *key;
        } else {
            r.error(u"category"_s, u"import.category"_s,
                    Tr::tr("\"%1\" is not an arrest category (general, proclaimed offender, court absconder, most "
                           "wanted).")
                        .arg(visibleInput(category)));
        }
    }
    if (const QString role = r.cell(u"role"_s); !role.isEmpty()) {
        const QString key = role.toUpper().replace(u' ', u'_').replace(u'-', u'_');
        if (!Scope::accusedRoles().contains(key)) {
            r.error(u"role"_s, u"import.role"_s,
                    Tr::tr("\"%1\" is not an accused role (%2).")
                        .arg(visibleInput(role), Scope::accusedRoles().join(u", "_s).toLower()));
        } else {
            out.role = key;
        }
    }
    // A register of past arrests records the production and what became of the person; without them every old
    // arrest would stand as an overdue production before a magistrate.
    if (!r.cell(u"produced_at"_s).isEmpty()) {
        const QDateTime at = parseDateTime(r, u"produced_at"_s, u"arrest.production_future"_s,
                                           Tr::tr("The production before the magistrate lies in the future."));
        if (at.isValid() && out.arrestedAt.isValid()) {
            const auto checked = checkMagistrateProduction(out.arrestedAt, at);
            r.addAll(u"produced_at"_s, checked.issues);
            out.producedAt = checked.value;
            // As ArrestRepository::record: a late production is recorded only with the reason for the delay.
            out.productionDelayReason = r.text(u"production_delay_reason"_s, kMaxLine);
            if (hasIssue(checked.issues, u"clock.production_late") && out.productionDelayReason.isEmpty()) {
                r.error(u"produced_at"_s, u"arrest.production_delay_reason_missing"_s,
                        Tr::tr("The production came more than 24 hours after the arrest; give the reason for the "
                               "delay in the production delay reason column."));
            }
        }
    }
    out.dateReason = r.text(u"date_reason"_s, kMaxLine);
    if (const QString status = r.cell(u"status"_s); !status.isEmpty()) {
        static const std::vector<std::pair<QString, QString>> words{{u"bail"_s, u"ON_BAIL"_s},
                                                                    {u"on bail"_s, u"ON_BAIL"_s},
                                                                    {u"ضمانت پر"_s, u"ON_BAIL"_s},
                                                                    {u"ضمانت"_s, u"ON_BAIL"_s},
                                                                    {u"گرفتار"_s, u"ARRESTED"_s},
                                                                    {u"in custody"_s, u"ARRESTED"_s},
                                                                    {u"رہا"_s, u"RELEASED"_s},
                                                                    {u"absconded"_s, u"ABSCONDING"_s},
                                                                    {u"مفرور"_s, u"ABSCONDING"_s},
                                                                    {u"po"_s, u"PROCLAIMED_OFFENDER"_s},
                                                                    {u"اشتہاری"_s, u"PROCLAIMED_OFFENDER"_s},
                                                                    {u"بیرون ملک"_s, u"ABROAD"_s}};
        QString key = status.toUpper().replace(u' ', u'_').replace(u'-', u'_');
        for (const auto& [word, k] : words) {
            if (status.compare(word, Qt::CaseInsensitive) == 0) {
                key = k;
            }
        }
        const auto parsed = arrestStatusFromKey(key);
        if (!parsed || *parsed == ArrestStatus::NotApplicable || *parsed == ArrestStatus::Wanted) {
            r.error(u"status"_s, u"import.arrest_status"_s,
                    Tr::tr("\"%1\" is not a status after arrest (arrested, on bail, released, absconding, proclaimed "
                           "offender, abroad).")
                        .arg(visibleInput(status)));
        } else {
            out.arrestStatus = arrestStatusKey(*parsed);
        }
    }
}

void parseWatchList(RowReader& r, ParsedRow& out) {
    QString list = r.cell(u"list"_s).toUpper().replace(u' ', u'_');
    if (list.isEmpty()) {
        list = r.context().defaultList.toUpper();
    }
    if (list == u"STOP"_s || list == u"STOPLIST"_s) {
        list = u"STOP_LIST"_s;
    }
    if (list.isEmpty()) {
        r.error(u"list"_s, u"import.list_missing"_s,
                Tr::tr("The row names no list; map a list column or choose the list for the whole file."));
    } else if (!watchListKeys().contains(list)) {
        r.error(u"list"_s, u"import.list"_s,
                Tr::tr("\"%1\" is not a watch list (%2).").arg(visibleInput(list), watchListKeys().join(u", "_s)));
    }
    out.list = list;
    out.reference = r.text(u"reference"_s, kMaxLine);
    out.placedOn = parseDate(r, u"placed_on"_s, DateExpectation::Past);
}

} // namespace
} // namespace importrows

using namespace importrows;

QString importColumnName(const RowParseContext& context, const QString& field) {
    const int column = context.mapping.column(field);
    if (column >= 0 && column < context.headers.size() && !context.headers[column].isEmpty()) {
        return context.headers[column];
    }
    return column >= 0 ? Tr::tr("column %1").arg(column + 1) : QString();
}

QString referenceKey(const QString& name) {
    return normaliseHeader(name);
}

QStringList watchListKeys() {
    return {u"ECL"_s, u"PCL"_s, u"VCL"_s, u"BLACKLIST"_s, u"STOP_LIST"_s, u"RED_NOTICE"_s};
}

bool isArabicScript(const QString& text) {
    for (QChar c : text) {
        if (c.script() == QChar::Script_Arabic && c.isLetter()) {
            return true;
        }
    }
    return false;
}

bool parseRow(const RowParseContext& context, const SourceRow& source, ParsedRow& out,
              std::vector<ImportIssue>& issues) {
    out = ParsedRow{};
    out.row = source.number;
    RowReader r(context, source, issues);
    // Cells beyond the header that hold data: the row is longer than the file's columns (a delimiter in a name?).
    for (qsizetype i = context.headers.size(); i < source.cells.size(); ++i) {
        if (!source.cells[i].trimmed().isEmpty()) {
            issues.push_back({source.number, Tr::tr("column %1").arg(i + 1), Severity::Warning, u"import.ragged"_s,
                              Tr::tr("The row has %1 cells but the header has %2 columns; the extra cells are not "
                                     "imported.")
                                  .arg(source.cells.size())
                                  .arg(context.headers.size())});
            break;
        }
    }
    switch (context.kind) {
    case ImportKind::Persons:
        parsePerson(r, out.person);
        break;
    case ImportKind::Arrests:
        parsePerson(r, out.person);
        parseArrest(r, out);
        break;
    case ImportKind::WatchList:
        parsePerson(r, out.person);
        parseWatchList(r, out);
        break;
    case ImportKind::Victims:
        parsePerson(r, out.person);
        parseVictim(r, out);
        break;
    case ImportKind::Payments:
        out.hasPerson = parsePerson(r, out.person, u"payer_"_s, false);
        out.hasPayee = parsePerson(r, out.payee, u"payee_"_s, false);
        parsePayment(r, out);
        break;
    case ImportKind::Routes:
        out.hasPerson = parsePerson(r, out.person, {}, false);
        parseRouteLeg(r, out);
        break;
    case ImportKind::RedBook:
        parsePerson(r, out.person);
        parseRedBookEntry(r, out);
        break;
    case ImportKind::Offloads:
        parsePerson(r, out.person);
        parseOffload(r, out);
        break;
    }
    return !r.failed();
}

} // namespace caselink
