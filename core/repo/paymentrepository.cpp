#include "repo/paymentrepository.h"

#include <cmath>

#include <QCoreApplication>
#include <QJsonArray>

#include "domain/localtime.h"
#include "domain/textinput.h"

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::PaymentRepository)
};

constexpr qsizetype kMaxReference = 100;
constexpr qint64 kMicros = 1'000'000;

const QString kColumns = QStringLiteral("x.id, x.case_id, x.payer_person_id, x.payee_person_id, x.amount_minor, "
                                        "x.currency, x.paid_on, x.pkr_minor, x.rate_to_pkr, x.channel, "
                                        "x.instalment_of, x.fmu_reference");

// The rate column is REAL. Rates carry at most six decimals and at most nine integer digits (parseExchangeRate),
// so micros < 10^15 < 2^51: micros / 10^6 as a double and back through llround is exact, and the schema needs no
// change. pkr_minor, the figure every total uses, is an exact integer anyway.
double rateToReal(qint64 micros) {
    return static_cast<double>(micros) / static_cast<double>(kMicros);
}

qint64 rateFromReal(double rate) {
    return std::llround(rate * static_cast<double>(kMicros));
}

Payment readPayment(Statement& s) {
    Payment p;
    p.id = s.columnText(0);
    p.caseId = s.columnText(1);
    p.payerPersonId = s.columnText(2);
    p.payeePersonId = s.columnText(3);
    p.amount = Money{s.columnInt(4), s.columnText(5)};
    p.paidOn = fromIsoDate(s.columnText(6));
    if (!s.columnIsNull(7)) {
        p.pkr = Money{s.columnInt(7), QStringLiteral("PKR")};
    }
    p.rateMicros = s.columnIsNull(8) ? 0 : rateFromReal(s.columnDouble(8));
    p.channel = paymentChannelFromKey(s.columnText(9)).value_or(PaymentChannel::Other);
    p.instalmentOf = s.columnText(10);
    p.fmuReference = s.columnText(11);
    return p;
}

} // namespace

Result<std::vector<Issue>> PaymentRepository::normalise(const PaymentDraft& draft, const QString& id, Payment& out) {
    std::vector<Issue> issues;
    out.payerPersonId = draft.payerPersonId;
    out.payeePersonId = draft.payeePersonId;
    out.paidOn = draft.paidOn;
    out.channel = draft.channel;
    out.instalmentOf = draft.instalmentOf;
    out.fmuReference = draft.fmuReference;
    out.pkr.reset();
    out.rateMicros = 0;
    auto money = validateMoney(draft.amountText, draft.currency.isEmpty() ? QStringLiteral("PKR") : draft.currency);
    issues.insert(issues.end(), money.issues.begin(), money.issues.end());
    if (money.value) {
        out.amount = *money.value;
        if (out.amount.currency == QLatin1String("PKR")) {
            out.pkr = out.amount;
            out.rateMicros = kMicros;
        } else if (!draft.rateText.trimmed().isEmpty()) {
            auto rate = parseExchangeRate(out.amount.currency, draft.rateText, draft.paidOn);
            issues.insert(issues.end(), rate.issues.begin(), rate.issues.end());
            if (rate.value) {
                auto pkr = toPkr(out.amount, *rate.value);
                issues.insert(issues.end(), pkr.issues.begin(), pkr.issues.end());
                if (pkr.value) {
                    out.pkr = pkr.value->pkr;
                    out.rateMicros = rate.value->pkrMicros;
                }
            }
        } else {
            issues.push_back({Severity::Warning, QStringLiteral("payment.no_rate"),
                              Tr::tr("No exchange rate was given, so this payment has no rupee equivalent and is "
                                     "left out of the case's PKR total.")});
        }
    }
    if (out.paidOn.isValid() && out.paidOn > officeToday(parseStoredInstant(m_context.now()))) {
        issues.push_back(
            {Severity::Warning, QStringLiteral("payment.future_date"), Tr::tr("The payment date is in the future.")});
    }
    cleanText(out.fmuReference, kMaxReference, issues);
    if (!out.payerPersonId.isEmpty() && out.payerPersonId == out.payeePersonId) {
        issues.push_back({Severity::Error, QStringLiteral("payment.same_person"),
                          Tr::tr("The payer and the payee are the same person.")});
    }
    for (auto [person, code, label] : {std::tuple{&out.payerPersonId, "payment.payer", Tr::tr("payer")},
                                       std::tuple{&out.payeePersonId, "payment.payee", Tr::tr("payee")}}) {
        if (auto st = checkVisiblePerson(m_context, *person, QString::fromLatin1(code), label, issues); !st) {
            return std::unexpected(st.error());
        }
    }
    if (!out.instalmentOf.isEmpty()) {
        // One level only: instalments hang from the agreed payment, so no chain and no cycle can form.
        auto stmt = m_context.db().prepare(QStringLiteral("SELECT 1 FROM payments WHERE id = ?1 AND case_id = ?2 "
                                                          "AND id <> ?3 AND instalment_of IS NULL AND NOT EXISTS "
                                                          "(SELECT 1 FROM payments i WHERE i.instalment_of = ?3)"));
        if (!stmt) {
            return std::unexpected(stmt.error());
        }
        stmt->bind(1, out.instalmentOf).bind(2, out.caseId).bind(3, nn(id));
        auto st = readOne(
            *stmt, [](Statement&) {}, QString());
        if (!st && st.error().code != ErrorCode::NotFound) {
            return std::unexpected(st.error());
        }
        if (!st) {
            issues.push_back({Severity::Error, QStringLiteral("payment.instalment_of"),
                              Tr::tr("An instalment belongs to another payment of the same case, one that is not "
                                     "an instalment itself and has none of its own.")});
        }
    }
    return refuseOnErrors(std::move(issues));
}

Status PaymentRepository::writeRow(const Payment& p, bool insert) {
    const QString sql = insert ? QStringLiteral("INSERT INTO payments (payer_person_id, payee_person_id, "
                                                "amount_minor, currency, paid_on, pkr_minor, rate_to_pkr, channel, "
                                                "instalment_of, fmu_reference, case_id, id) "
                                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)")
                               : QStringLiteral("UPDATE payments SET payer_person_id = ?1, payee_person_id = ?2, "
                                                "amount_minor = ?3, currency = ?4, paid_on = ?5, pkr_minor = ?6, "
                                                "rate_to_pkr = ?7, channel = ?8, instalment_of = ?9, "
                                                "fmu_reference = ?10 WHERE case_id = ?11 AND id = ?12");
    auto stmt = m_context.db().prepare(sql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, orNull(p.payerPersonId))
        .bind(2, orNull(p.payeePersonId))
        .bind(3, p.amount.minorUnits)
        .bind(4, p.amount.currency)
        .bind(5, isoDate(p.paidOn))
        .bind(11, p.caseId)
        .bind(12, p.id)
        .bind(8, paymentChannelKey(p.channel))
        .bind(9, orNull(p.instalmentOf))
        .bind(10, nn(p.fmuReference));
    if (p.pkr) {
        stmt->bind(6, p.pkr->minorUnits).bind(7, rateToReal(p.rateMicros));
    } else {
        stmt->bindNull(6).bindNull(7);
    }
    if (auto st = stmt->run(); !st) {
        return st;
    }
    if (m_context.db().changes() != 1) {
        return fail(ErrorCode::NotFound, Tr::tr("The payment no longer exists."));
    }
    return ok();
}

Result<SaveOutcome> PaymentRepository::create(const PaymentDraft& draft) {
    if (auto st = m_context.requireWrite(); !st) {
        return std::unexpected(st.error());
    }
    if (auto st = requireVisibleCase(m_context, draft.caseId); !st) {
        return std::unexpected(st.error());
    }
    Payment payment;
    payment.id = draft.id.isEmpty() ? newUuid() : draft.id; // an undone payment comes back under its id
    payment.caseId = draft.caseId;
    auto warnings = normalise(draft, payment.id, payment);
    if (!warnings) {
        return std::unexpected(warnings.error());
    }
    const AuditRecord record{QStringLiteral("payment.create"), QStringLiteral("payment"), payment.id,
                             QJsonObject{{QLatin1String("case"), payment.caseId}}};
    if (auto st = m_context.write(record, ChangeNotifier::Kind::Created, [&] { return writeRow(payment, true); });
        !st) {
        return std::unexpected(st.error());
    }
    return SaveOutcome{payment.id, *warnings};
}

Result<SaveOutcome> PaymentRepository::update(const QString& id, const PaymentDraft& draft) {
    if (auto st = m_context.requireWrite(); !st) {
        return std::unexpected(st.error());
    }
    auto before = get(id);
    if (!before) {
        return std::unexpected(before.error());
    }
    Payment payment = *before;
    auto warnings = normalise(draft, id, payment);
    if (!warnings) {
        return std::unexpected(warnings.error());
    }
    // Field names only: who paid whom stays out of the audit log.
    QJsonArray changed;
    auto note = [&](const char* name, bool differs) {
        if (differs) {
            changed.append(QLatin1String(name));
        }
    };
    note("payer", before->payerPersonId != payment.payerPersonId);
    note("payee", before->payeePersonId != payment.payeePersonId);
    note("amount", before->amount != payment.amount);
    note("paid_on", before->paidOn != payment.paidOn);
    note("pkr", before->pkr != payment.pkr || before->rateMicros != payment.rateMicros);
    note("channel", before->channel != payment.channel);
    note("instalment_of", before->instalmentOf != payment.instalmentOf);
    note("fmu_reference", before->fmuReference != payment.fmuReference);
    const AuditRecord record{QStringLiteral("payment.update"), QStringLiteral("payment"), id,
                             QJsonObject{{QLatin1String("case"), payment.caseId}, {QLatin1String("changed"), changed}}};
    if (auto st = m_context.write(record, ChangeNotifier::Kind::Updated, [&] { return writeRow(payment, false); });
        !st) {
        return std::unexpected(st.error());
    }
    return SaveOutcome{id, *warnings};
}

Result<std::vector<Payment>> PaymentRepository::list(const QString& where,
                                                     const std::function<void(Statement&)>& bind) {
    auto stmt = prepareScoped(m_context, QStringLiteral("SELECT %1 FROM payments x JOIN cases c ON c.id = x.case_id "
                                                        "WHERE (%2) AND %3 ORDER BY x.paid_on, x.rowid")
                                             .arg(kColumns, where, m_context.scope().caseVisible(QStringLiteral("c"))));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    bind(*stmt);
    std::vector<Payment> out;
    if (auto st = forEachRow(*stmt, [&](Statement& s) { out.push_back(readPayment(s)); }); !st) {
        return std::unexpected(st.error());
    }
    return out;
}

Result<Payment> PaymentRepository::get(const QString& id) {
    auto found = list(QStringLiteral("x.id = :id"), [&](Statement& s) { s.bindNamed(":id", id); });
    if (!found) {
        return std::unexpected(found.error());
    }
    if (found->empty()) {
        return fail(ErrorCode::NotFound, Tr::tr("No such payment, or not in your scope."));
    }
    return found->front();
}

Result<std::vector<Payment>> PaymentRepository::listForCase(const QString& caseId) {
    if (auto st = requireVisibleCase(m_context, caseId); !st) {
        return std::unexpected(st.error());
    }
    return list(QStringLiteral("x.case_id = :case"), [&](Statement& s) { s.bindNamed(":case", caseId); });
}

Result<std::vector<Payment>> PaymentRepository::listForPerson(const QString& personId, PaymentDirection direction) {
    QString where;
    switch (direction) {
    case PaymentDirection::Made:
        where = QStringLiteral("x.payer_person_id = :person");
        break;
    case PaymentDirection::Received:
        where = QStringLiteral("x.payee_person_id = :person");
        break;
    case PaymentDirection::Both:
        where = QStringLiteral("x.payer_person_id = :person OR x.payee_person_id = :person");
        break;
    }
    return list(where, [&](Statement& s) { s.bindNamed(":person", personId); });
}

Result<PaymentTotals> PaymentRepository::totalsForCase(const QString& caseId) {
    if (auto st = requireVisibleCase(m_context, caseId); !st) {
        return std::unexpected(st.error());
    }
    auto stmt = prepareScoped(m_context, QStringLiteral("SELECT coalesce(sum(x.pkr_minor), 0), count(*), "
                                                        "count(*) - count(x.pkr_minor) FROM payments x "
                                                        "JOIN cases c ON c.id = x.case_id WHERE x.case_id = :case "
                                                        "AND %1")
                                             .arg(m_context.scope().caseVisible(QStringLiteral("c"))));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindNamed(":case", caseId);
    PaymentTotals totals;
    auto st = readOne(
        *stmt,
        [&](Statement& s) {
            totals.pkrMinor = s.columnInt(0);
            totals.payments = static_cast<int>(s.columnInt(1));
            totals.withoutPkr = static_cast<int>(s.columnInt(2));
        },
        QString());
    if (!st) {
        return std::unexpected(st.error());
    }
    return totals;
}

} // namespace caselink
