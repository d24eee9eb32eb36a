#include "io/casefiledata.h"

#include "io/redaction.h"
#include "repo/arrestrepository.h"
#include "repo/caserepository.h"
#include "repo/caseroles.h"
#include "repo/documentrepository.h"
#include "repo/eventrepository.h"
#include "repo/paymentrepository.h"
#include "repo/referencerepository.h"
#include "repo/repositorycontext.h"
#include "repo/routerepository.h"
#include "security/officekeys.h"
#include "security/session.h"
#include "storage/database.h"

namespace caselink {

using namespace Qt::StringLiterals;

QString redactionProfileKey(RedactionProfile profile) {
    switch (profile) {
    case RedactionProfile::Prosecutor:
        return u"prosecutor"_s;
    case RedactionProfile::Partner:
        return u"partner"_s;
    case RedactionProfile::Statistics:
        return u"statistics"_s;
    }
    return {};
}

std::optional<RedactionProfile> redactionProfileFromKey(const QString& key) {
    for (RedactionProfile p : {RedactionProfile::Prosecutor, RedactionProfile::Partner, RedactionProfile::Statistics}) {
        if (redactionProfileKey(p) == key.trimmed().toLower()) {
            return p;
        }
    }
    return std::nullopt;
}

QString redactionProfileDisplayName(RedactionProfile profile) {
    switch (profile) {
    case RedactionProfile::Prosecutor:
        return CaseFileLoader::tr("Prosecutor (complete)");
    case RedactionProfile::Partner:
        return CaseFileLoader::tr("Partner agency (victims and witnesses withheld)");
    case RedactionProfile::Statistics:
        return CaseFileLoader::tr("Statistics (counts only)");
    }
    return {};
}

const CaseFileParty* CaseFileData::party(const QString& personId) const {
    if (personId.isEmpty()) {
        return nullptr;
    }
    for (const auto* group : {&accused, &victims, &others}) {
        for (const CaseFileParty& p : *group) {
            if (p.person.id == personId) {
                return &p;
            }
        }
    }
    return nullptr;
}

namespace {

// Payments, route legs and documents of the case, and the reference titles the file prints them with.
Status loadRecords(RepositoryContext& context, const QString& caseId, CaseFileData& data) {
    auto payments = PaymentRepository(context).listForCase(caseId);
    if (!payments) {
        return std::unexpected(payments.error());
    }
    data.payments = *payments;
    auto route = RouteRepository(context).chainForCase(caseId);
    if (!route) {
        return std::unexpected(route.error());
    }
    data.route = *route;
    auto documents = DocumentRepository(context).listForCase(caseId);
    if (!documents) {
        return std::unexpected(documents.error());
    }
    data.documents = *documents;
    ReferenceRepository references(context);
    auto types = references.eventTypes();
    if (!types) {
        return std::unexpected(types.error());
    }
    for (const EventType& t : *types) {
        data.eventTypes[t.code] = t;
    }
    auto countries = references.countries();
    if (!countries) {
        return std::unexpected(countries.error());
    }
    for (const Country& c : *countries) {
        data.countries[c.iso2] = c;
    }
    return ok();
}

} // namespace

Result<QString> CaseFileLoader::resolveCase(RepositoryContext& context, const QString& idOrNumber) {
    CaseRepository cases(context);
    const QString wanted = idOrNumber.trimmed();
    if (auto direct = cases.get(wanted); direct) {
        return direct->id;
    }
    auto hits = cases.search(wanted, 20);
    if (!hits) {
        return std::unexpected(hits.error());
    }
    QStringList exact;
    QStringList labels;
    for (const CaseSummary& hit : *hits) {
        if (hit.label.compare(wanted, Qt::CaseInsensitive) == 0 ||
            hit.enquiryNumber.compare(wanted, Qt::CaseInsensitive) == 0) {
            exact << hit.id;
            labels << hit.label + u" ("_s + hit.firStation + u')';
        }
    }
    if (exact.size() == 1) {
        return exact.first();
    }
    if (exact.size() > 1) {
        return fail(
            ErrorCode::Input,
            tr("Several cases have the number %1: %2. Give the case id instead.").arg(wanted, labels.join(u", "_s)));
    }
    return fail(ErrorCode::NotFound, tr("No case %1 within your scope.").arg(wanted));
}

Result<CaseFileData> CaseFileLoader::load(RepositoryContext& context, const QString& caseId, RedactionProfile profile) {
    CaseRepository cases(context);
    auto caseFile = cases.get(caseId);
    if (!caseFile) {
        return std::unexpected(caseFile.error());
    }
    CaseFileData data;
    data.profile = profile;
    data.caseFile = *caseFile;
    Session& session = context.session();
    data.generatedBy = session.user().displayName.isEmpty()
                           ? session.user().username
                           : session.user().displayName + u" ("_s + session.user().username + u')';
    data.generatedAt = QDateTime::fromString(context.now(), Qt::ISODateWithMs);
    data.databaseId = session.databaseId();
    if (auto office = session.office(); office) {
        data.officeCode = office->code;
        data.officeName = office->nameEn;
        data.officeNameUrdu = office->nameUr;
    }
    auto key = loadOfficeKey(session.database());
    if (!key) {
        return std::unexpected(key.error());
    }
    data.officePublicKey = key->publicKey;
    data.keyFingerprint = keyFingerprint(key->publicKey);

    ReferenceRepository references(context);
    if (auto offences = references.offences(true); offences) {
        for (const Offence& o : *offences) {
            if (caseFile->offenceIds.contains(o.id)) {
                data.offences.push_back({o.id, o.code, o.titleEn, o.titleUr, o.penalty});
            }
        }
    } else {
        return std::unexpected(offences.error());
    }

    auto roles = CaseRoleRepository(context).ofCase(caseId);
    if (!roles) {
        return std::unexpected(roles.error());
    }
    ArrestRepository arrestRepo(context);
    auto arrests = arrestRepo.forCase(caseId);
    if (!arrests) {
        return std::unexpected(arrests.error());
    }
    // One party per person, in the first group any of their roles puts them in (accused first).
    std::map<QString, CaseFileParty> parties;
    std::vector<QString> order;
    for (const CaseRoleView& view : *roles) {
        auto [it, inserted] = parties.try_emplace(view.person.id);
        if (inserted) {
            it->second.person = view.person;
            it->second.redacted = view.person.isProtected;
            it->second.label = view.person.displayName();
            order.push_back(view.person.id);
        }
        it->second.roles.push_back(view.role);
    }
    for (const Arrest& a : *arrests) {
        auto it = parties.find(a.personId);
        if (it == parties.end()) {
            continue;
        }
        CaseFileArrest entry{a, {}};
        auto periods = arrestRepo.custody(a.id);
        if (!periods) {
            return std::unexpected(periods.error());
        }
        entry.custody = *periods;
        it->second.arrests.push_back(entry);
    }
    for (const QString& id : order) {
        CaseFileParty& party = parties[id];
        bool accused = false;
        bool victim = false;
        for (const CaseRole& r : party.roles) {
            accused = accused || isAccusedRole(r.role);
            victim = victim || isVictimRole(r.role);
        }
        (accused ? data.accused : victim ? data.victims : data.others).push_back(party);
    }

    EventRepository eventRepo(context);
    auto events = eventRepo.timelineForCase(caseId);
    if (!events) {
        return std::unexpected(events.error());
    }
    data.events = *events;

    EvidenceStore store(context);
    auto items = store.list(caseId);
    if (!items) {
        return std::unexpected(items.error());
    }
    for (const EvidenceItem& item : *items) {
        auto custody = store.custody(item.id);
        if (!custody) {
            return std::unexpected(custody.error());
        }
        data.evidence.push_back({item, *custody});
    }
    if (Status loaded = loadRecords(context, caseId, data); !loaded) {
        return std::unexpected(loaded.error());
    }
    applyRedaction(data, profile);
    return data;
}

} // namespace caselink
