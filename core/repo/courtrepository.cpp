#include "repo/courtrepository.h"

#include <QCoreApplication>
#include <QJsonArray>

#include "domain/localtime.h"

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::CourtRepository)
};

constexpr qsizetype kMaxName = 200;
constexpr qsizetype kMaxCaseNo = 100;
constexpr qsizetype kMaxText = 2000;

const QString kProceedingColumns = QStringLiteral("x.id, x.case_id, x.court_kind, x.court_name, x.court_case_no, "
                                                  "x.judgment, x.judgment_date, x.sentence, x.fine_pkr, x.appeal_of");

CourtProceeding readProceeding(Statement& s) {
    CourtProceeding p;
    p.id = s.columnText(0);
    p.caseId = s.columnText(1);
    p.kind = courtKindFromKey(s.columnText(2)).value_or(CourtKind::Magistrate);
    p.courtName = s.columnText(3);
    p.courtCaseNo = s.columnText(4);
    p.judgment = judgmentFromKey(s.columnText(5));
    p.judgmentDate = fromIsoDate(s.columnText(6));
    p.sentence = s.columnText(7);
    if (!s.columnIsNull(8)) {
        p.finePkr = s.columnInt(8);
        p.fineText = QString::number(*p.finePkr);
    }
    p.appealOf = s.columnText(9);
    return p;
}

Hearing readHearing(Statement& s) {
    return Hearing{s.columnText(0), s.columnText(1), fromIsoDate(s.columnText(2)), fromIsoDate(s.columnText(3)),
                   s.columnText(4)};
}

QJsonArray changedNames(std::initializer_list<std::pair<const char*, bool>> fields) {
    QJsonArray out;
    for (const auto& [name, differs] : fields) {
        if (differs) {
            out.append(QLatin1String(name));
        }
    }
    return out;
}

} // namespace

Result<std::vector<Issue>> CourtRepository::normalise(CourtProceeding& p) {
    std::vector<Issue> issues;
    cleanText(p.courtName, kMaxName, issues);
    cleanText(p.courtCaseNo, kMaxCaseNo, issues);
    cleanText(p.sentence, kMaxText, issues, LineMode::MultiLine);
    p.finePkr = wholeRupees(p.fineText, QStringLiteral("court.fine"), issues);
    if (!p.judgment && (p.judgmentDate.isValid() || !p.sentence.isEmpty() || p.finePkr)) {
        issues.push_back({Severity::Error, QStringLiteral("court.judgment_missing"),
                          Tr::tr("A judgment date, sentence or fine needs the judgment itself.")});
    }
    if (p.judgment && p.judgment != Judgment::Convicted && (!p.sentence.isEmpty() || p.finePkr)) {
        issues.push_back({Severity::Error, QStringLiteral("court.sentence_without_conviction"),
                          Tr::tr("Only a conviction carries a sentence or a fine.")});
    }
    if (p.judgmentDate.isValid() && p.judgmentDate > officeToday(parseStoredInstant(m_context.now()))) {
        issues.push_back({Severity::Warning, QStringLiteral("court.future_judgment"),
                          Tr::tr("The judgment date is in the future.")});
    }
    if (!p.appealOf.isEmpty()) {
        auto stmt = m_context.db().prepare(
            QStringLiteral("SELECT 1 FROM court_proceedings WHERE id = ? AND case_id = ? AND id <> ?"));
        if (!stmt) {
            return std::unexpected(stmt.error());
        }
        stmt->bind(1, p.appealOf).bind(2, p.caseId).bind(3, nn(p.id));
        auto st = readOne(
            *stmt, [](Statement&) {}, QString());
        if (!st && st.error().code != ErrorCode::NotFound) {
            return std::unexpected(st.error());
        }
        if (!st) {
            issues.push_back({Severity::Error, QStringLiteral("court.appeal_of"),
                              Tr::tr("An appeal must be against another proceeding of the same case.")});
        }
    }
    return refuseOnErrors(std::move(issues));
}

Result<std::vector<Issue>> CourtRepository::normalise(Hearing& h) {
    std::vector<Issue> issues;
    cleanText(h.note, kMaxText, issues, LineMode::MultiLine);
    if (!h.heldOn.isValid()) {
        issues.push_back({Severity::Error, QStringLiteral("hearing.held_on"), Tr::tr("Give the hearing's date.")});
    }
    if (h.heldOn.isValid() && h.nextOn.isValid() && h.nextOn < h.heldOn) {
        issues.push_back({Severity::Error, QStringLiteral("hearing.next_before_held"),
                          Tr::tr("The next hearing cannot be before this one.")});
    }
    return refuseOnErrors(std::move(issues));
}

Status CourtRepository::writeProceeding(const CourtProceeding& p, bool insert) {
    const QString sql = insert ? QStringLiteral("INSERT INTO court_proceedings (court_kind, court_name, court_case_no, "
                                                "judgment, judgment_date, sentence, fine_pkr, appeal_of, case_id, id) "
                                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
                               : QStringLiteral("UPDATE court_proceedings SET court_kind = ?1, court_name = ?2, "
                                                "court_case_no = ?3, judgment = ?4, judgment_date = ?5, "
                                                "sentence = ?6, fine_pkr = ?7, appeal_of = ?8 "
                                                "WHERE case_id = ?9 AND id = ?10");
    auto stmt = m_context.db().prepare(sql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, courtKindKey(p.kind))
        .bind(2, nn(p.courtName))
        .bind(3, nn(p.courtCaseNo))
        .bind(4, p.judgment ? judgmentKey(*p.judgment) : QString())
        .bind(5, isoDate(p.judgmentDate))
        .bind(6, nn(p.sentence))
        .bind(7, p.finePkr ? QVariant(*p.finePkr) : QVariant())
        .bind(8, orNull(p.appealOf))
        .bind(9, p.caseId)
        .bind(10, p.id);
    if (auto st = stmt->run(); !st) {
        return st;
    }
    if (m_context.db().changes() != 1) {
        return fail(ErrorCode::NotFound, Tr::tr("The court proceeding no longer exists."));
    }
    return ok();
}

Status CourtRepository::writeHearing(const Hearing& h, bool insert) {
    const QString sql = insert ? QStringLiteral("INSERT INTO hearings (held_on, next_on, note, proceeding_id, id) "
                                                "VALUES (?1, ?2, ?3, ?4, ?5)")
                               : QStringLiteral("UPDATE hearings SET held_on = ?1, next_on = ?2, note = ?3 "
                                                "WHERE proceeding_id = ?4 AND id = ?5");
    auto stmt = m_context.db().prepare(sql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, isoDate(h.heldOn))
        .bind(2, isoDate(h.nextOn))
        .bind(3, nn(h.note))
        .bind(4, h.proceedingId)
        .bind(5, h.id);
    if (auto st = stmt->run(); !st) {
        return st;
    }
    if (m_context.db().changes() != 1) {
        return fail(ErrorCode::NotFound, Tr::tr("The hearing no longer exists."));
    }
    return ok();
}

Result<SaveOutcome> CourtRepository::createProceeding(const CourtProceeding& draft) {
    if (auto st = m_context.requireWrite(); !st) {
        return std::unexpected(st.error());
    }
    if (auto st = requireVisibleCase(m_context, draft.caseId); !st) {
        return std::unexpected(st.error());
    }
    CourtProceeding p = draft;
    p.id = newUuid();
    auto warnings = normalise(p);
    if (!warnings) {
        return std::unexpected(warnings.error());
    }
    const AuditRecord record{QStringLiteral("court.create"), QStringLiteral("court_proceeding"), p.id,
                             QJsonObject{{QLatin1String("case"), p.caseId}}};
    if (auto st = m_context.write(record, ChangeNotifier::Kind::Created, [&] { return writeProceeding(p, true); });
        !st) {
        return std::unexpected(st.error());
    }
    return SaveOutcome{p.id, *warnings};
}

Result<SaveOutcome> CourtRepository::updateProceeding(const CourtProceeding& edited) {
    if (auto st = m_context.requireWrite(); !st) {
        return std::unexpected(st.error());
    }
    auto before = proceeding(edited.id);
    if (!before) {
        return std::unexpected(before.error());
    }
    CourtProceeding p = edited;
    p.caseId = before->caseId;
    auto warnings = normalise(p);
    if (!warnings) {
        return std::unexpected(warnings.error());
    }
    const QJsonArray changed =
        changedNames({{"court", before->kind != p.kind || before->courtName != p.courtName},
                      {"court_case_no", before->courtCaseNo != p.courtCaseNo},
                      {"judgment", before->judgment != p.judgment || before->judgmentDate != p.judgmentDate},
                      {"sentence", before->sentence != p.sentence},
                      {"fine", before->finePkr != p.finePkr},
                      {"appeal_of", before->appealOf != p.appealOf}});
    const AuditRecord record{QStringLiteral("court.update"), QStringLiteral("court_proceeding"), p.id,
                             QJsonObject{{QLatin1String("case"), p.caseId}, {QLatin1String("changed"), changed}}};
    if (auto st = m_context.write(record, ChangeNotifier::Kind::Updated, [&] { return writeProceeding(p, false); });
        !st) {
        return std::unexpected(st.error());
    }
    return SaveOutcome{p.id, *warnings};
}

Result<std::vector<CourtProceeding>> CourtRepository::listProceedings(const QString& where,
                                                                      const std::function<void(Statement&)>& bind) {
    auto stmt = prepareScoped(m_context,
                              QStringLiteral("SELECT %1 FROM court_proceedings x JOIN cases c ON "
                                             "c.id = x.case_id WHERE (%2) AND %3 ORDER BY x.rowid")
                                  .arg(kProceedingColumns, where, m_context.scope().caseVisible(QStringLiteral("c"))));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    bind(*stmt);
    std::vector<CourtProceeding> out;
    if (auto st = forEachRow(*stmt, [&](Statement& s) { out.push_back(readProceeding(s)); }); !st) {
        return std::unexpected(st.error());
    }
    return out;
}

Result<CourtProceeding> CourtRepository::proceeding(const QString& id) {
    auto found = listProceedings(QStringLiteral("x.id = :id"), [&](Statement& s) { s.bindNamed(":id", id); });
    if (!found) {
        return std::unexpected(found.error());
    }
    if (found->empty()) {
        return fail(ErrorCode::NotFound, Tr::tr("No such court proceeding, or not in your scope."));
    }
    return found->front();
}

Result<std::vector<CourtProceeding>> CourtRepository::proceedingsForCase(const QString& caseId) {
    if (auto st = requireVisibleCase(m_context, caseId); !st) {
        return std::unexpected(st.error());
    }
    return listProceedings(QStringLiteral("x.case_id = :case"), [&](Statement& s) { s.bindNamed(":case", caseId); });
}

Result<SaveOutcome> CourtRepository::addHearing(const Hearing& draft) {
    if (auto st = m_context.requireWrite(); !st) {
        return std::unexpected(st.error());
    }
    auto p = proceeding(draft.proceedingId);
    if (!p) {
        return std::unexpected(p.error());
    }
    Hearing h = draft;
    h.id = newUuid();
    auto warnings = normalise(h);
    if (!warnings) {
        return std::unexpected(warnings.error());
    }
    const AuditRecord record{
        QStringLiteral("court.hearing.create"), QStringLiteral("hearing"), h.id,
        QJsonObject{{QLatin1String("case"), p->caseId}, {QLatin1String("proceeding"), h.proceedingId}}};
    if (auto st = m_context.write(record, ChangeNotifier::Kind::Created, [&] { return writeHearing(h, true); }); !st) {
        return std::unexpected(st.error());
    }
    return SaveOutcome{h.id, *warnings};
}

Result<SaveOutcome> CourtRepository::updateHearing(const Hearing& edited) {
    if (auto st = m_context.requireWrite(); !st) {
        return std::unexpected(st.error());
    }
    auto found = listHearings(QStringLiteral("h.id = :id"), [&](Statement& s) { s.bindNamed(":id", edited.id); });
    if (!found) {
        return std::unexpected(found.error());
    }
    if (found->empty()) {
        return fail(ErrorCode::NotFound, Tr::tr("No such hearing, or not in your scope."));
    }
    const Hearing& before = found->front();
    Hearing h = edited;
    h.proceedingId = before.proceedingId;
    auto warnings = normalise(h);
    if (!warnings) {
        return std::unexpected(warnings.error());
    }
    const QJsonArray changed = changedNames({{"held_on", before.heldOn != h.heldOn},
                                             {"next_on", before.nextOn != h.nextOn},
                                             {"note", before.note != h.note}});
    const AuditRecord record{
        QStringLiteral("court.hearing.update"), QStringLiteral("hearing"), h.id,
        QJsonObject{{QLatin1String("proceeding"), h.proceedingId}, {QLatin1String("changed"), changed}}};
    if (auto st = m_context.write(record, ChangeNotifier::Kind::Updated, [&] { return writeHearing(h, false); }); !st) {
        return std::unexpected(st.error());
    }
    return SaveOutcome{h.id, *warnings};
}

Result<std::vector<Hearing>> CourtRepository::listHearings(const QString& where,
                                                           const std::function<void(Statement&)>& bind) {
    auto stmt = prepareScoped(
        m_context, QStringLiteral("SELECT h.id, h.proceeding_id, h.held_on, h.next_on, h.note FROM hearings h "
                                  "JOIN court_proceedings x ON x.id = h.proceeding_id JOIN cases c ON "
                                  "c.id = x.case_id WHERE (%1) AND %2 ORDER BY h.held_on, h.rowid")
                       .arg(where, m_context.scope().caseVisible(QStringLiteral("c"))));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    bind(*stmt);
    std::vector<Hearing> out;
    if (auto st = forEachRow(*stmt, [&](Statement& s) { out.push_back(readHearing(s)); }); !st) {
        return std::unexpected(st.error());
    }
    return out;
}

Result<std::vector<Hearing>> CourtRepository::hearings(const QString& proceedingId) {
    if (auto p = proceeding(proceedingId); !p) {
        return std::unexpected(p.error());
    }
    return listHearings(QStringLiteral("h.proceeding_id = :p"), [&](Statement& s) { s.bindNamed(":p", proceedingId); });
}

Result<std::vector<UpcomingHearing>> CourtRepository::upcomingHearings(QDate from, QDate to) {
    auto stmt = prepareScoped(
        m_context, QStringLiteral("SELECT h.id, x.id, x.case_id, x.court_kind, x.court_name, x.court_case_no, "
                                  "h.next_on FROM hearings h JOIN court_proceedings x ON "
                                  "x.id = h.proceeding_id JOIN cases c ON c.id = x.case_id "
                                  "WHERE h.next_on BETWEEN :from AND :to AND %1 "
                                  "ORDER BY h.next_on, x.court_name, h.rowid")
                       .arg(m_context.scope().caseVisible(QStringLiteral("c"))));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindNamed(":from", isoDate(from));
    stmt->bindNamed(":to", isoDate(to));
    std::vector<UpcomingHearing> out;
    auto st = forEachRow(*stmt, [&](Statement& s) {
        out.push_back({s.columnText(0), s.columnText(1), s.columnText(2),
                       courtKindFromKey(s.columnText(3)).value_or(CourtKind::Magistrate), s.columnText(4),
                       s.columnText(5), fromIsoDate(s.columnText(6))});
    });
    if (!st) {
        return std::unexpected(st.error());
    }
    return out;
}

} // namespace caselink
