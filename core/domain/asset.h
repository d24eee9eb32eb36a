// An asset seized, frozen or attached in a case (AMLA 2010 attachment, CrPC s.88), with its value in rupees and the
// order it was taken under.
#pragma once

#include <optional>

#include <QDate>
#include <QString>

namespace caselink {

enum class AssetAction { Seized, Frozen, Attached };
QString assetActionKey(AssetAction action); // "SEIZED", "FROZEN", "ATTACHED"
std::optional<AssetAction> assetActionFromKey(const QString& key);
QString assetActionName(AssetAction action);

struct Asset {
    QString id;
    QString caseId;
    QString personId; // the owner, if known
    QString kind;     // "Vehicle", "Bank account", "House", ...
    QString description;
    // The value as typed ("50 lakh", "Rs. 1,25,00,000/-"), in whole rupees; reads give the plain number back.
    QString valueText;
    std::optional<qint64> valueRupees; // set on reads
    AssetAction action = AssetAction::Seized;
    QDate actionDate;
    QString orderRef;
};

} // namespace caselink
