// Assets seized, frozen or attached in a case, with their value in rupees and the order reference. Every read goes
// through the case's scope.
#pragma once

#include <vector>

#include "domain/asset.h"
#include "repo/aggregatesupport.h"

namespace caselink {

struct AssetTotals {
    AssetAction action = AssetAction::Seized;
    int count = 0;
    qint64 valueRupees = 0; // of the assets whose value is known
};

class AssetRepository {
public:
    explicit AssetRepository(RepositoryContext& context)
        : m_context(context) {}

    Result<SaveOutcome> create(const Asset& asset);
    // The case of an asset never changes.
    Result<SaveOutcome> update(const Asset& asset);
    Result<Asset> get(const QString& id);
    // NotFound when the case is out of scope.
    Result<std::vector<Asset>> listForCase(const QString& caseId);
    // Count and value per action (seized, frozen, attached) over the assets of every case in scope.
    Result<std::vector<AssetTotals>> totalsByAction();

private:
    Result<std::vector<Issue>> normalise(Asset& asset);
    Status writeRow(const Asset& asset, bool insert);
    Result<std::vector<Asset>> list(const QString& where, const std::function<void(Statement&)>& bind);

    RepositoryContext& m_context;
};

} // namespace caselink
