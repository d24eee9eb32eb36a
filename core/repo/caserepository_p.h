// Helpers shared by the files that implement CaseRepository; not part of the core API.
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>

#include "domain/firnumber.h"
#include "domain/textinput.h"
#include "domain/validation.h"

namespace caselink {
class Statement;
namespace caserepo {

// lupdate reads the context from this declaration, so the catalogue and the runtime agree.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::CaseRepository)
};

constexpr qsizetype kMaxLine = 300;
constexpr qsizetype kMaxText = 20000;

Issue error(const char* code, const QString& message);
// The FIR number from three columns (prefix, serial, year) starting at prefixColumn, or nothing for an enquiry.
std::optional<FirNumber> firFromRow(const Statement& s, int prefixColumn);

} // namespace caserepo
} // namespace caselink
