#include "security/sessioninternals.h"

#include <cstdio>

#include <QFile>

#include "storage/database.h"

namespace caselink {

using detail::Tr;

std::optional<QDateTime> detail::parseTime(const Statement& s, int column) {
    if (s.columnIsNull(column)) {
        return std::nullopt;
    }
    return QDateTime::fromString(s.columnText(column), Qt::ISODateWithMs);
}

Result<IntegrityReport> detail::integrityOf(Database& db, AuditLog& audit) {
    IntegrityReport report;
    auto check = db.prepare(QStringLiteral("PRAGMA integrity_check"));
    if (check) {
        report.databaseOk = true;
        while (true) {
            auto row = check->step();
            if (!row) {
                report.databaseOk = false;
                report.problems << row.error().message;
                break;
            }
            if (!*row) {
                break;
            }
            if (check->columnText(0) != QLatin1String("ok")) {
                report.databaseOk = false;
                report.problems << check->columnText(0);
            }
        }
    } else {
        report.problems << check.error().message;
    }
    // cipher_integrity_check returns one row per page whose HMAC fails, and no row when all pages are intact.
    auto cipher = db.prepare(QStringLiteral("PRAGMA cipher_integrity_check"));
    if (cipher) {
        report.cipherOk = true;
        while (true) {
            auto row = cipher->step();
            if (!row) {
                report.cipherOk = false;
                report.problems << row.error().message;
                break;
            }
            if (!*row) {
                break;
            }
            report.cipherOk = false;
            report.problems << cipher->columnText(0);
        }
    } else {
        report.problems << cipher.error().message;
    }
    auto chain = audit.verify();
    if (chain) {
        report.audit = *chain;
        if (!chain->intact) {
            report.problems << chain->problem;
        }
    } else {
        report.audit.intact = false;
        report.audit.problem = chain.error().message;
        report.problems << chain.error().message;
    }
    return report;
}

} // namespace caselink
