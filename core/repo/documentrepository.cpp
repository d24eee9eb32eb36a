#include "repo/documentrepository.h"

#include <algorithm>

#include <QCoreApplication>
#include <QJsonArray>

#include "domain/cnic.h"
#include "domain/passportnumber.h"
#include "repo/recordupdate.h"

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::DocumentRepository)
};

constexpr qsizetype kMaxNumber = 60;
constexpr qsizetype kMaxReference = 100;
constexpr qsizetype kMaxNotes = 5000;

const QString kColumns = QStringLiteral("x.id, x.case_id, x.person_id, x.doc_type, x.number, x.issuing_state, "
                                        "x.authenticity, x.malkhana_ref, x.notes");

Document readDocument(Statement& s) {
    Document d;
    d.id = s.columnText(0);
    d.caseId = s.columnText(1);
    d.personId = s.columnText(2);
    d.type = documentTypeFromKey(s.columnText(3)).value_or(DocumentType::Other);
    d.number = s.columnText(4);
    d.issuingState = s.columnText(5);
    d.authenticity = authenticityFromKey(s.columnText(6)).value_or(Authenticity::Unknown);
    d.malkhanaRef = s.columnText(7);
    d.notes = s.columnText(8);
    return d;
}

// Passport and CNIC numbers are matched exactly across cases, so they are stored in their normalised forms; other
// numbers (visas, tickets) keep their letters and digits, upper-cased, without spaces.
void normaliseNumber(Document& d, std::vector<Issue>& issues) {
    if (d.number.trimmed().isEmpty()) {
        d.number.clear();
        return;
    }
    if (d.type == DocumentType::Passport) {
        auto number = validatePassportNumber(d.number);
        issues.insert(issues.end(), number.issues.begin(), number.issues.end());
        if (number.value) {
            d.number = number.value->number;
        }
    } else if (d.type == DocumentType::Cnic || d.type == DocumentType::Nicop) {
        auto cnic = validateCnic(d.number);
        issues.insert(issues.end(), cnic.issues.begin(), cnic.issues.end());
        if (cnic.value) {
            d.number = cnic.value->digits;
        }
    } else if (checkIdentifierText(d.number, QStringLiteral("document.number"), Tr::tr("document number"), kMaxNumber,
                                   issues)) {
        d.number = d.number.simplified().remove(QLatin1Char(' ')).toUpper();
    }
}

} // namespace

Result<std::vector<Issue>> DocumentRepository::normalise(Document& d) {
    std::vector<Issue> issues;
    normaliseNumber(d, issues);
    cleanText(d.malkhanaRef, kMaxReference, issues);
    cleanText(d.notes, kMaxNotes, issues, LineMode::MultiLine);
    if (d.caseId.isEmpty() && d.personId.isEmpty()) {
        issues.push_back({Severity::Error, QStringLiteral("document.subject"),
                          Tr::tr("A document belongs to a case, a person, or both.")});
    }
    d.issuingState = d.issuingState.trimmed().toUpper();
    Status st = ok();
    if (!d.issuingState.isEmpty()) {
        st = checkCountry(m_context, d.issuingState, QStringLiteral("document.issuing_state"), Tr::tr("Issuing state"),
                          issues);
    }
    if (st) {
        st = checkVisiblePerson(m_context, d.personId, QStringLiteral("document.person"), Tr::tr("holder"), issues);
    }
    if (!st) {
        return std::unexpected(st.error());
    }
    return refuseOnErrors(std::move(issues));
}

Status DocumentRepository::writeRow(const Document& d, bool insert) {
    const QString sql = insert ? QStringLiteral("INSERT INTO documents (doc_type, number, issuing_state, "
                                                "authenticity, malkhana_ref, notes, case_id, person_id, id) "
                                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                               : QStringLiteral("UPDATE documents SET doc_type = ?1, number = ?2, issuing_state = ?3, "
                                                "authenticity = ?4, malkhana_ref = ?5, notes = ?6 "
                                                "WHERE case_id IS ?7 AND person_id IS ?8 AND id = ?9");
    auto stmt = m_context.db().prepare(sql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, documentTypeKey(d.type))
        .bind(2, nn(d.number))
        .bind(3, orNull(d.issuingState))
        .bind(4, authenticityKey(d.authenticity))
        .bind(5, nn(d.malkhanaRef))
        .bind(6, nn(d.notes))
        .bind(7, orNull(d.caseId))
        .bind(8, orNull(d.personId))
        .bind(9, d.id);
    if (auto st = stmt->run(); !st) {
        return st;
    }
    if (m_context.db().changes() != 1) {
        return fail(ErrorCode::NotFound, Tr::tr("The document no longer exists."));
    }
    return ok();
}

Result<SaveOutcome> DocumentRepository::create(const Document& draft) {
    if (auto st = m_context.requireWrite(); !st) {
        return std::unexpected(st.error());
    }
    if (!draft.caseId.isEmpty()) {
        if (auto st = requireVisibleCase(m_context, draft.caseId); !st) {
            return std::unexpected(st.error());
        }
    }
    Document d = draft;
    d.id = draft.id.isEmpty() ? newUuid() : draft.id; // an undone document comes back under its id
    auto warnings = normalise(d);
    if (!warnings) {
        return std::unexpected(warnings.error());
    }
    const AuditRecord record{
        QStringLiteral("document.create"), QStringLiteral("document"), d.id,
        QJsonObject{{QLatin1String("case"), d.caseId}, {QLatin1String("type"), documentTypeKey(d.type)}}};
    if (auto st = m_context.write(record, ChangeNotifier::Kind::Created, [&] { return writeRow(d, true); }); !st) {
        return std::unexpected(st.error());
    }
    return SaveOutcome{d.id, *warnings};
}

Result<SaveOutcome> DocumentRepository::update(const Document& edited) {
    return updateRecord<Document>(m_context, edited,
                                  {QStringLiteral("document.update"), QStringLiteral("document"),
                                   [this](const QString& id) { return get(id); },
                                   [this](Document& after, const Document& before) -> Result<std::vector<Issue>> {
                                       after.caseId = before.caseId;
                                       after.personId = before.personId;
                                       return normalise(after);
                                   },
                                   [](const Document& before, const Document& after) -> std::vector<ChangedField> {
                                       return {{"type", before.type != after.type},
                                               {"number", before.number != after.number},
                                               {"issuing_state", before.issuingState != after.issuingState},
                                               {"authenticity", before.authenticity != after.authenticity},
                                               {"malkhana_ref", before.malkhanaRef != after.malkhanaRef},
                                               {"notes", before.notes != after.notes}};
                                   },
                                   [](const Document& after) {
                                       return QJsonObject{{QLatin1String("case"), after.caseId}};
                                   },
                                   [this](const Document& after) {
                                       return writeRow(after, false);
                                   }});
}

Result<std::vector<Document>> DocumentRepository::list(const QString& where,
                                                       const std::function<void(Statement&)>& bind) {
    const Scope& scope = m_context.scope();
    auto stmt =
        prepareScoped(m_context, QStringLiteral("SELECT %1 FROM documents x LEFT JOIN cases c ON c.id = x.case_id "
                                                "LEFT JOIN persons p ON p.id = x.person_id WHERE (%2) AND "
                                                "((x.case_id IS NOT NULL AND %3) OR (x.case_id IS NULL AND %4)) "
                                                "ORDER BY x.rowid")
                                     .arg(kColumns, where, scope.caseVisible(QStringLiteral("c")),
                                          scope.personVisible(QStringLiteral("p"))));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    bind(*stmt);
    std::vector<Document> out;
    if (auto st = forEachRow(*stmt, [&](Statement& s) { out.push_back(readDocument(s)); }); !st) {
        return std::unexpected(st.error());
    }
    return out;
}

Result<Document> DocumentRepository::get(const QString& id) {
    auto found = list(QStringLiteral("x.id = :id"), [&](Statement& s) { s.bindNamed(":id", id); });
    if (!found) {
        return std::unexpected(found.error());
    }
    if (found->empty()) {
        return fail(ErrorCode::NotFound, Tr::tr("No such document, or not in your scope."));
    }
    return found->front();
}

Result<std::vector<Document>> DocumentRepository::listForCase(const QString& caseId) {
    if (auto st = requireVisibleCase(m_context, caseId); !st) {
        return std::unexpected(st.error());
    }
    return list(QStringLiteral("x.case_id = :case"), [&](Statement& s) { s.bindNamed(":case", caseId); });
}

Result<std::vector<Document>> DocumentRepository::listForPerson(const QString& personId) {
    return list(QStringLiteral("x.person_id = :person"), [&](Statement& s) { s.bindNamed(":person", personId); });
}

Result<std::vector<Document>> DocumentRepository::findByNumber(const QString& number) {
    // The same normalisations as on save, tried for each kind of number the input could be.
    QStringList forms;
    if (auto passport = validatePassportNumber(number); passport.value) {
        forms << passport.value->number;
    }
    if (auto cnic = validateCnic(number); cnic.value) {
        forms << cnic.value->digits;
    }
    forms << number.simplified().remove(QLatin1Char(' ')).toUpper();
    forms.removeDuplicates();
    std::vector<Document> out;
    for (const QString& form : forms) {
        if (form.isEmpty()) {
            continue;
        }
        auto found = list(QStringLiteral("x.number = :number"), [&](Statement& s) { s.bindNamed(":number", form); });
        if (!found) {
            return found;
        }
        for (Document& d : *found) {
            if (std::none_of(out.begin(), out.end(), [&](const Document& o) { return o.id == d.id; })) {
                out.push_back(std::move(d));
            }
        }
    }
    return out;
}

} // namespace caselink
