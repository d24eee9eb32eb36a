// Payments in visible cases: payer and payee (pseudonymised when protected), the amount in its own currency and
// its PKR equivalent. The filter matches a currency code or the start of the case's number.
#pragma once

#include "models/pagedtablemodel.h"

namespace caselink {

class PaymentListModel : public PagedTableModel {
    Q_OBJECT

public:
    enum Columns { CaseNumber, Payer, Payee, Amount, Pkr, PaidOn, ColumnCount };
    enum Roles { AmountMinorRole = FirstCustomRole, PkrMinorRole };

    explicit PaymentListModel(RepositoryContext& context, const QString& caseId = {}, QObject* parent = nullptr);
};

} // namespace caselink
