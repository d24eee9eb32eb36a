// Opening the case workspace on a scale database (read-only): the busiest case in scope (most persons in roles) and
// a typical one, each from construction to the first paint, against the bare case read (CaseRepository::get) and
// the snapshot read alone in the same run.
#include <cstdio>

#include <QApplication>
#include <QElapsedTimer>
#include <QPixmap>
#include <QUndoStack>

#include "benchutil.h"
#include "repo/caserepository.h"
#include "security/session.h"
#include "storage/database.h"
#include "ui/navigator.h"
#include "ui/workspace/casesnapshot.h"
#include "ui/workspace/caseworkspace.h"

using namespace caselink;
using namespace caselink::bench;

namespace {

QString caseBy(Database& db, const char* order) {
    auto stmt = db.prepare(QStringLiteral("SELECT case_id, count(*) n FROM case_persons GROUP BY case_id ORDER BY n %1 "
                                          "LIMIT 1 OFFSET 0")
                               .arg(QLatin1String(order)));
    if (!stmt || !*stmt->step()) {
        return {};
    }
    return stmt->columnText(0);
}

void run(const char* label, RepositoryContext& ctx, const QString& caseId) {
    Navigator navigator;
    QUndoStack stack;
    int roles = 0;
    const Stats read = measure(9, [&] { (void)CaseRepository(ctx).get(caseId); });
    const Stats snapshot = measure(9, [&] {
        auto s = loadCaseSnapshot(ctx, caseId, QDate::currentDate());
        roles = s ? int(s->roles.size()) : -1;
    });
    const Stats paint = measure(9, [&] {
        CaseWorkspace workspace(ctx, navigator, stack, caseId);
        workspace.resize(1150, 720);
        (void)workspace.grab(); // lays out and paints the first page
    });
    std::printf("== %s case (%d persons in roles)\n", label, roles);
    printRow("case read (baseline)", read);
    printRow("snapshot read", snapshot);
    printRow("workspace to first paint", paint);
    std::printf("%-44s %9.1fx the baseline\n", "first paint / case read", paint.median / read.median);
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    if (argc < 3 || qEnvironmentVariableIsEmpty("CASELINK_PASSWORD")) {
        std::fprintf(stderr, "usage: CASELINK_PASSWORD=... bench_caseworkspace DATABASE USER\n");
        return 1;
    }
    UnlockOptions options;
    options.readOnly = true;
    auto session = Session::unlock(QString::fromLocal8Bit(argv[1]), QString::fromLocal8Bit(argv[2]),
                                   SecureBytes::fromUtf8(qEnvironmentVariable("CASELINK_PASSWORD")), options);
    if (!session) {
        std::fprintf(stderr, "%s\n", qPrintable(session.error().message));
        return 2;
    }
    auto context = RepositoryContext::create(**session);
    if (!context) {
        std::fprintf(stderr, "%s\n", qPrintable(context.error().message));
        return 2;
    }
    const QString largest = caseBy((*session)->database(), "DESC");
    const QString smallest = caseBy((*session)->database(), "ASC");
    run("largest", **context, largest);
    run("smallest", **context, smallest);
    return 0;
}
