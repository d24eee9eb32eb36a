// Translated labels for the stored enumeration keys the list models show (statuses, categories, roles, outcomes): the
// domain's own display names, so a list reads exactly as a dialog or a report.
#pragma once

#include <QString>
#include <QVariant>

namespace caselink::modeltext {
// "UNDER_INVESTIGATION" -> "Under investigation" (translated); unknown keys are shown readable, never dropped.
QString keyLabel(const QVariant& key);
} // namespace caselink::modeltext
