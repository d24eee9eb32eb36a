// Translated labels for the stored enumeration keys the list models show (statuses, categories, roles, outcomes),
// and the SQL fragments several models share (FIR display, a person's redacted name).
#pragma once

#include <QString>
#include <QVariant>

namespace caselink {

class Scope;

namespace modeltext {
// "UNDER_INVESTIGATION" -> "Under investigation" (translated); unknown keys are shown readable, never dropped.
QString keyLabel(const QVariant& key);
// SQL: the FIR number as FirNumber::display() writes it (C-188/2023), NULL without an FIR; c is the cases alias.
QString firSql(const QString& c);
// SQL: the case's FIR number, else its enquiry number.
QString caseNumberSql(const QString& c);
// SQL: the person's display name, NULL when protected for this user (the display then shows the pseudonym).
QString personNameSql(const Scope& scope, const QString& p);
// Display of a redacted name column: the name, or the pseudonym of the person id when the name was withheld.
QVariant nameOrPseudonym(const QVariant& name, const QVariant& personId);
} // namespace modeltext

} // namespace caselink
