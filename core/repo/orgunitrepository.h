// The organisation tree (HQ, regions, zones, circles, immigration check posts, link offices abroad): everyone reads
// it; administrators add, rename, move and deactivate units, because the FIA reorganises (twice in 2025).
#pragma once

#include <vector>

#include "repo/repositorycontext.h"
#include "security/users.h"

namespace caselink {

class OrgUnitRepository {
public:
    explicit OrgUnitRepository(RepositoryContext& context)
        : m_context(context) {}

    // Active units in tree order (parents before children).
    Result<std::vector<OrgUnit>> list();
    Result<OrgUnit> byCode(const QString& code);

    // Administrators only. The type must sit below the parent's type (a circle under a zone, a zone under a region).
    Result<QString> add(const OrgUnit& unit, const QString& parentCode);
    Status rename(const QString& code, const QString& nameEn, const QString& nameUr);
    Status move(const QString& code, const QString& newParentCode);
    // Cases, users and persons keep pointing at a deactivated unit; it is no longer offered for new records.
    Status deactivate(const QString& code);

private:
    Status requireAdministrator() const;
    Status checkPlacement(const QString& type, const OrgUnit& parent) const;

    RepositoryContext& m_context;
};

} // namespace caselink
