#include "storage/migrations.h"

#include <algorithm>
#include <vector>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include "storage/database.h"

namespace caselink {
namespace {
// lupdate reads the context from this declaration, so the catalogue and the runtime agree.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::migrations)
};
} // namespace

Result<std::vector<Migration>> availableMigrations() {
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    std::vector<Migration> out;
    const QDir dir(QStringLiteral(":/sql"));
    for (const QString& file : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = pattern.match(file);
        if (!match.hasMatch()) {
            continue;
        }
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly)) {
            return fail(ErrorCode::Internal, Tr::tr("Cannot read the built-in schema file %1.").arg(file));
        }
        out.push_back({match.captured(1).toInt(), match.captured(2), QString::fromUtf8(f.readAll())});
    }
    std::sort(out.begin(), out.end(), [](const Migration& a, const Migration& b) { return a.number < b.number; });
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (out[i].number != static_cast<int>(i) + 1) {
            return fail(ErrorCode::Internal, Tr::tr("The built-in schema migrations are not numbered 1, 2, 3, ..."));
        }
    }
    return out;
}

int latestSchemaVersion() {
    auto migrations = availableMigrations();
    return migrations ? static_cast<int>(migrations->size()) : 0;
}

Status migrate(Database& db) {
    auto migrations = availableMigrations();
    if (!migrations) {
        return std::unexpected(migrations.error());
    }
    auto current = db.userVersion();
    if (!current) {
        return std::unexpected(current.error());
    }
    const int latest = static_cast<int>(migrations->size());
    if (*current > latest) {
        return fail(ErrorCode::Usage, Tr::tr("This database uses schema version %1, but this CaseLink only knows up to "
                                             "version %2. Update CaseLink to open it.")
                                          .arg(*current)
                                          .arg(latest));
    }
    if (*current == latest) {
        return ok();
    }
    Transaction tx(db);
    if (auto st = tx.begin(); !st) {
        return st;
    }
    for (const Migration& m : *migrations) {
        if (m.number <= *current) {
            continue;
        }
        if (auto st = db.exec(m.sql); !st) {
            return fail(ErrorCode::Internal,
                        Tr::tr("Schema migration %1 (%2) failed: %3").arg(m.number).arg(m.name, st.error().message));
        }
    }
    if (auto st = db.setUserVersion(latest); !st) {
        return st;
    }
    return tx.commit();
}

} // namespace caselink
