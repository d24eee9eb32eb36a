// records.json: the structured content of a case bundle, what an office needs to import the case with its UUIDs.
// Written from the redacted CaseFileData, so a partner bundle carries no protected identity either.
#pragma once

#include <QJsonObject>

#include "io/casefiledata.h"
#include "util/result.h"

namespace caselink::bundlerecords {

// evidencePaths: item id -> path of its file in the bundle ("evidence/<id>/<name>"), for the files included.
QJsonObject toJson(const CaseFileData& data, const std::map<QString, QString>& evidencePaths);
// Integrity when a required member is missing or has the wrong type, naming it.
Result<CaseFileData> fromJson(const QJsonObject& json, std::map<QString, QString>& evidencePaths);

// One person of the case with their roles and arrests, as records.json carries them; also how bundle import keeps a
// person held for duplicate review (bundle_duplicate_reviews.incoming).
QJsonObject partyToJson(const CaseFileParty& party);
CaseFileParty partyFromJson(const QJsonObject& json, const QString& caseId);
QJsonObject eventToJson(const TimelineEvent& event);
TimelineEvent eventFromJson(const QJsonObject& json, const QString& caseId);

} // namespace caselink::bundlerecords
