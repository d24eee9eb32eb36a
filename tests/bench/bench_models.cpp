// First screen of every list model on a scale database (caselink-cli demo --scale large): the time from creating
// the model to its first page, in the default order and after sorting by each sortable column, and the separate
// COUNT for the status bar. Budget (DESIGN.md): first screen under 50 ms.
// Usage: CASELINK_PASSWORD=... bench_models DATABASE USER
#include <cstdio>
#include <functional>
#include <memory>

#include <sys/resource.h>

#include <QCoreApplication>
#include <QElapsedTimer>

#include "models/arrestlistmodel.h"
#include "models/auditlistmodel.h"
#include "models/caselistmodel.h"
#include "models/eventlistmodel.h"
#include "models/paymentlistmodel.h"
#include "models/personlistmodel.h"
#include "models/victimlistmodel.h"
#include "repo/repositorycontext.h"
#include "security/session.h"

using namespace caselink;

namespace {

double msSince(const QElapsedTimer& t) {
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

void bench(const char* name, const std::function<std::unique_ptr<PagedTableModel>()>& make) {
    QElapsedTimer t;
    t.start();
    auto model = make();
    const int rows = model->rowCount();
    const double first = msSince(t);
    double worstSort = 0;
    int worstColumn = -1;
    for (int c = 0; c < model->columnCount(); ++c) {
        if (!model->headerData(c, Qt::Horizontal, PagedTableModel::SortableRole).toBool()) {
            continue;
        }
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            QElapsedTimer s;
            s.start();
            model->sort(c, order);
            (void)model->rowCount();
            if (msSince(s) > worstSort) {
                worstSort = msSince(s);
                worstColumn = c;
            }
        }
    }
    QElapsedTimer count;
    count.start();
    const auto total = model->totalCount();
    std::printf("%-16s first page %8.2f ms (%d rows)   worst sort %8.2f ms (column %d)   count %8.2f ms (%lld)\n", name,
                first, rows, worstSort, worstColumn, msSince(count), total ? static_cast<long long>(*total) : -1LL);
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (argc < 3 || qEnvironmentVariableIsEmpty("CASELINK_PASSWORD")) {
        std::fprintf(stderr, "usage: CASELINK_PASSWORD=... bench_models DATABASE USER\n");
        return 1;
    }
    QElapsedTimer unlock;
    unlock.start();
    auto session = Session::unlock(QString::fromLocal8Bit(argv[1]), QString::fromLocal8Bit(argv[2]),
                                   SecureBytes::fromUtf8(qEnvironmentVariable("CASELINK_PASSWORD")));
    if (!session) {
        std::fprintf(stderr, "%s\n", qPrintable(session.error().message));
        return 2;
    }
    std::printf("unlock (with Argon2) %.0f ms\n", msSince(unlock));
    auto context = RepositoryContext::create(**session);
    RepositoryContext& ctx = **context;
    bench("persons", [&] { return std::make_unique<PersonListModel>(ctx); });
    bench("cases", [&] { return std::make_unique<CaseListModel>(ctx); });
    bench("arrests", [&] { return std::make_unique<ArrestListModel>(ctx); });
    bench("victims", [&] { return std::make_unique<VictimListModel>(ctx); });
    bench("payments", [&] { return std::make_unique<PaymentListModel>(ctx); });
    bench("events", [&] { return std::make_unique<EventListModel>(ctx); });
    bench("audit", [&] { return std::make_unique<AuditListModel>(ctx); });
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak RSS %.1f MB\n", static_cast<double>(usage.ru_maxrss) / 1024.0);
    return 0;
}
