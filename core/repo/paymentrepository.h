// Payments of a case: validated amounts in lakh/crore or foreign currency with their exact PKR equivalent, the
// channel and instalments. Every read goes through the case's scope.
#pragma once

#include <vector>

#include "domain/payment.h"
#include "repo/aggregatesupport.h"

namespace caselink {

enum class PaymentDirection { Made, Received, Both };

class PaymentRepository {
public:
    explicit PaymentRepository(RepositoryContext& context)
        : m_context(context) {}

    Result<SaveOutcome> create(const PaymentDraft& draft);
    // The case a payment belongs to never changes; draft.caseId is ignored.
    Result<SaveOutcome> update(const QString& id, const PaymentDraft& draft);
    // NotFound when the payment does not exist or its case is outside the user's scope.
    Result<Payment> get(const QString& id);

    // Oldest first (by date, then entry order). NotFound when the case is outside the scope.
    Result<std::vector<Payment>> listForCase(const QString& caseId);
    // Payments the person made, received, or both, in cases the user may see.
    Result<std::vector<Payment>> listForPerson(const QString& personId,
                                               PaymentDirection direction = PaymentDirection::Both);
    Result<PaymentTotals> totalsForCase(const QString& caseId);

private:
    Result<std::vector<Issue>> normalise(const PaymentDraft& draft, const QString& id, Payment& out);
    Status writeRow(const Payment& payment, bool insert);
    Result<std::vector<Payment>> list(const QString& where, const std::function<void(Statement&)>& bind);

    RepositoryContext& m_context;
};

} // namespace caselink
