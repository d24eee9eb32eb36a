// Shared plumbing of the case-attached repositories (payments, route legs, documents, ...): scoped statements,
// row loops, visibility checks of the case or person a row points at, and text clean-up into validation issues.
#pragma once

#include <functional>
#include <optional>
#include <vector>

#include <QDate>
#include <QString>

#include "domain/textinput.h"
#include "domain/validation.h"
#include "repo/repositorycontext.h"
#include "storage/database.h"

namespace caselink {

// Nullable columns: an empty string or an invalid date is stored as NULL.
QString orNull(const QString& text);
QString isoDate(QDate date);
// LIKE patterns for `… LIKE :p ESCAPE '\'`: text with % _ \ escaped, then % appended (prefix) or on both sides.
QString likePrefix(const QString& text);
QString likeContains(const QString& text);
QDate fromIsoDate(const QString& text);

// True for organisations this user may see, like persons: recorded by an office in scope; for prosecutor-readers,
// those with a member they may see. Uses the scope's parameters.
QString organisationVisible(const Scope& scope, const QString& alias);

// Prepares sql and binds the scope parameters its fragments use.
Result<Statement> prepareScoped(RepositoryContext& context, const QString& sql);
// Steps through every row, calling each for it.
Status forEachRow(Statement& statement, const std::function<void(Statement&)>& each);
// The first row through read, or NotFound with notFoundMessage.
Status readOne(Statement& statement, const std::function<void(Statement&)>& read, const QString& notFoundMessage);

// NotFound unless the case exists and is in the user's scope (the two are never told apart).
Status requireVisibleCase(RepositoryContext& context, const QString& caseId);
// Adds an error issue unless personId is empty or names a person in the user's scope.
Status checkVisiblePerson(RepositoryContext& context, const QString& personId, const QString& code,
                          const QString& label, std::vector<Issue>& issues);
// Adds an error issue unless code names a country of ref_countries.
Status checkCountry(RepositoryContext& context, const QString& iso2, const QString& code, const QString& label,
                    std::vector<Issue>& issues);

// Whole rupees from text as officers type amounts ("50 lakh", "Rs. 1,25,00,000/-"); nullopt for empty text. Other
// currencies and paisa are errors <codePrefix>.currency and <codePrefix>.paisa, plus validateMoney's own.
std::optional<qint64> wholeRupees(const QString& text, const QString& codePrefix, std::vector<Issue>& issues);

// sanitizeText into field, its issues appended; the field keeps the cleaned value when there is one.
void cleanText(QString& field, qsizetype maxLength, std::vector<Issue>& issues, LineMode mode = LineMode::SingleLine);

// Error issues become one Input error; warnings are returned.
Result<std::vector<Issue>> refuseOnErrors(std::vector<Issue> issues);

} // namespace caselink
