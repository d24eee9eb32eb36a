#include "exchange/bundleimport.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include "exchange/bundlerecords.h"
#include "exchange/bundleverifier.h"
#include "repo/arrestrepository.h"
#include "repo/caserepository.h"
#include "repo/caseroles.h"
#include "repo/eventrepository.h"
#include "repo/personrepository.h"
#include "repo/repositorycontext.h"
#include "security/session.h"
#include "storage/database.h"
#include "text/namematcher.h"

namespace caselink {

using namespace Qt::StringLiterals;

namespace {

bool isUuid(const QString& id) {
    static const QRegularExpression pattern(u"^[0-9a-fA-F-]{8,64}$"_s);
    return pattern.match(id).hasMatch();
}

Result<bool> exists(Database& db, const QString& table, const QString& id) {
    auto stmt = db.prepare(u"SELECT 1 FROM %1 WHERE id = ?"_s.arg(table));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, id);
    return stmt->step();
}

// Errors that concern one record (bad values, conflicts, permissions) skip it; anything else stops the import.
bool recordLevel(const Error& e) {
    return e.code == ErrorCode::Input || e.code == ErrorCode::Conflict || e.code == ErrorCode::Permission ||
           e.code == ErrorCode::NotFound;
}

class Import {
public:
    Import(RepositoryContext& context, const VerifiedBundle& bundle, const CaseFileData& data,
           const std::map<QString, QString>& paths, const QString& zipPath, BundleImportReport& report)
        : m_context(context)
        , m_bundle(bundle)
        , m_data(data)
        , m_paths(paths)
        , m_zipPath(zipPath)
        , m_report(report) {}

    Status run();

private:
    Status importCase();
    Status importParty(const CaseFileParty& party);
    Result<QString> duplicateOf(const Person& p, QString& reason, double& score);
    Status holdForReview(const CaseFileParty& party, const QString& existingId, const QString& reason, double score);
    Status importEvents();
    Status importEvidence();
    Status recordImport();
    QString name(const CaseFileParty& p) const { return p.person.displayName(); }

    RepositoryContext& m_context;
    const VerifiedBundle& m_bundle;
    const CaseFileData& m_data;
    const std::map<QString, QString>& m_paths;
    QString m_zipPath;
    BundleImportReport& m_report;
    QStringList m_present; // person ids the case's roles may point to
    struct Review {
        QString incomingId;
        QString existingId;
        QString reason;
        double score = 1.0;
        QJsonObject incoming;
        QJsonArray events; // the chronology events naming the held person, which wait with them
    };
    std::vector<Review> m_reviews;
};

Status Import::importCase() {
    const CaseRecord& c = m_data.caseFile;
    CaseRepository cases(m_context);
    if (auto local = cases.get(c.id); local) {
        QString line = BundleImporter::tr("Case %1 is already here; the local record is kept.").arg(m_report.caseLabel);
        if (c.updatedAt.isValid() && local->updatedAt.isValid() && c.updatedAt > local->updatedAt) {
            line += u' ' + BundleImporter::tr("The bundle's copy is newer (%1): compare them by hand.")
                               .arg(c.updatedAt.toString(Qt::ISODate));
        }
        m_report.matched << line;
        return ok();
    }
    auto present = exists(m_context.db(), u"cases"_s, c.id);
    if (!present) {
        return std::unexpected(present.error());
    }
    if (*present) {
        return fail(
            ErrorCode::Permission,
            BundleImporter::tr("Case %1 exists in this database but outside your scope.").arg(m_report.caseLabel));
    }
    CaseRecord draft = c;
    draft.officeId.clear(); // the importing office holds its copy
    draft.ioOfficerId.clear();
    draft.incidentId.clear();
    const CaseStatus status = draft.status;
    draft.status = draft.firNumber.isEmpty() ? CaseStatus::EnquiryRegistered : CaseStatus::FirRegistered;
    auto created = cases.create(draft);
    if (!created) {
        return fail(
            created.error().code,
            BundleImporter::tr("Case %1 cannot be created: %2").arg(m_report.caseLabel, created.error().message));
    }
    if (status != draft.status) {
        if (Status s = cases.setStatus(c.id, status); !s) {
            m_report.skipped << BundleImporter::tr("The status of case %1 was not set: %2")
                                    .arg(m_report.caseLabel, s.error().message);
        }
    }
    m_report.added << BundleImporter::tr("Case %1").arg(m_report.caseLabel);
    return ok();
}

Result<QString> Import::duplicateOf(const Person& p, QString& reason, double& score) {
    PersonRepository persons(m_context);
    if (!p.cnic.isEmpty()) {
        auto hits = persons.findByIdentifier(IdentifierKind::Cnic, p.cnic);
        if (!hits) {
            return std::unexpected(hits.error());
        }
        if (!hits->empty()) {
            reason = BundleImporter::tr("same CNIC");
            score = 1.0;
            return hits->front().id;
        }
    }
    for (const PersonPassport& pp : p.passports) {
        auto hits = persons.findByIdentifier(IdentifierKind::Passport, pp.number);
        if (!hits) {
            return std::unexpected(hits.error());
        }
        if (!hits->empty()) {
            reason = BundleImporter::tr("same passport number");
            score = 1.0;
            return hits->front().id;
        }
    }
    const QString name = p.nameLatin.isEmpty() ? p.nameUrdu : p.nameLatin;
    if (name.isEmpty()) {
        return QString();
    }
    auto hits = persons.search(name, 20);
    if (!hits) {
        return std::unexpected(hits.error());
    }
    const QString relative = p.relativeLatin.isEmpty() ? p.relativeUrdu : p.relativeLatin;
    for (const PersonHit& hit : *hits) {
        const NameMatch match = NameMatcher::matchScore(name, relative, hit.name, hit.relative);
        if (match.score >= NameMatcher::kLikely) {
            reason = BundleImporter::tr("strong name match (%1%)").arg(qRound(match.score * 100));
            score = match.score;
            return hit.id;
        }
    }
    return QString();
}

Status Import::holdForReview(const CaseFileParty& party, const QString& existingId, const QString& reason,
                             double score) {
    // The incoming record waits, complete, for an officer to decide in the review of held persons (HeldReview):
    // same person (merge) or not (create). Its roles and arrests are in the JSON; its events are added in
    // importEvents.
    m_reviews.push_back(
        {party.person.id, existingId, reason, std::clamp(score, 0.0, 1.0), bundlerecords::partyToJson(party), {}});
    ++m_report.heldForReview;
    m_report.matched << BundleImporter::tr("%1: held for duplicate review (%2); nothing created or changed, and "
                                           "their roles, arrests and chronology events in this case wait with them.")
                            .arg(name(party), reason);
    return ok();
}

Status Import::importParty(const CaseFileParty& party) {
    if (party.redacted) {
        m_report.skipped
            << BundleImporter::tr("%1: identity withheld by the sender's redaction profile.").arg(party.label);
        return ok();
    }
    const Person& p = party.person;
    if (!isUuid(p.id)) {
        return fail(ErrorCode::Integrity, BundleImporter::tr("records.json has a person without a valid id."));
    }
    PersonRepository persons(m_context);
    auto present = exists(m_context.db(), u"persons"_s, p.id);
    if (!present) {
        return std::unexpected(present.error());
    }
    if (*present) {
        QString line =
            BundleImporter::tr("%1 is already here (same record id); the local record is kept.").arg(name(party));
        if (auto local = persons.get(p.id);
            local && p.updatedAt.isValid() && local->updatedAt.isValid() && p.updatedAt > local->updatedAt) {
            line += u' ' + BundleImporter::tr("The bundle's copy is newer: compare them by hand.");
        }
        m_report.matched << line;
        m_present << p.id;
    } else {
        QString reason;
        double score = 1.0;
        auto duplicate = duplicateOf(p, reason, score);
        if (!duplicate) {
            return std::unexpected(duplicate.error());
        }
        if (!duplicate->isEmpty()) {
            return holdForReview(party, *duplicate, reason, score);
        }
        Person draft = p;
        draft.officeId.clear();
        draft.mergedInto.clear();
        auto created = persons.create(draft);
        if (!created) {
            if (!recordLevel(created.error())) {
                return std::unexpected(created.error());
            }
            m_report.skipped << BundleImporter::tr("%1: %2").arg(name(party), created.error().message);
            return ok();
        }
        m_report.added << BundleImporter::tr("Person %1").arg(name(party));
        m_present << p.id;
    }
    CaseRepository cases(m_context);
    for (const CaseRole& role : party.roles) {
        if (auto r = exists(m_context.db(), u"case_persons"_s, role.id); r && *r) {
            continue;
        }
        CaseRole draft = role;
        draft.caseId = m_data.caseFile.id;
        draft.personId = p.id;
        if (auto added = CaseRoleRepository(m_context).add(draft); !added) {
            if (!recordLevel(added.error())) {
                return std::unexpected(added.error());
            }
            m_report.skipped << BundleImporter::tr("Role of %1: %2").arg(name(party), added.error().message);
        }
    }
    ArrestRepository arrests(m_context);
    for (const CaseFileArrest& a : party.arrests) {
        if (auto r = exists(m_context.db(), u"arrests"_s, a.arrest.id); r && *r) {
            m_report.matched << BundleImporter::tr("Arrest of %1 is already here.").arg(name(party));
            continue;
        }
        Arrest draft = a.arrest;
        draft.caseId = m_data.caseFile.id;
        draft.personId = p.id;
        draft.arrestingOfficeId.clear();
        auto recorded = arrests.record(draft);
        if (!recorded) {
            if (!recordLevel(recorded.error())) {
                return std::unexpected(recorded.error());
            }
            m_report.skipped << BundleImporter::tr("Arrest of %1: %2").arg(name(party), recorded.error().message);
            continue;
        }
        m_report.added << BundleImporter::tr("Arrest of %1").arg(name(party));
        for (const CustodyPeriod& period : a.custody) {
            CustodyPeriod c = period;
            c.arrestId = draft.id;
            if (auto saved = arrests.addCustody(c); !saved) {
                if (!recordLevel(saved.error())) {
                    return std::unexpected(saved.error());
                }
                m_report.skipped << BundleImporter::tr("Remand of %1: %2").arg(name(party), saved.error().message);
            }
        }
    }
    return ok();
}

Status Import::importEvents() {
    EventRepository events(m_context);
    int added = 0;
    for (const TimelineEvent& e : m_data.events) {
        if (auto r = exists(m_context.db(), u"events"_s, e.id); r && *r) {
            continue; // recorded already, e.g. by the arrest it belongs to
        }
        TimelineEvent draft = e;
        draft.caseId = m_data.caseFile.id;
        if (!draft.personId.isEmpty() && !m_present.contains(draft.personId)) {
            // An event of a held person waits with them (written, naming whoever they turn out to be, when an
            // officer decides); one of a person withheld or not created stays on the case without the person.
            const auto held = std::find_if(m_reviews.begin(), m_reviews.end(),
                                           [&](const Review& r) { return r.incomingId == draft.personId; });
            if (held != m_reviews.end()) {
                held->events.append(bundlerecords::eventToJson(draft));
                continue;
            }
            draft.personId.clear();
        }
        if (auto saved = events.add(draft); !saved) {
            if (!recordLevel(saved.error())) {
                return std::unexpected(saved.error());
            }
            m_report.skipped << BundleImporter::tr("Event %1: %2").arg(e.type, saved.error().message);
            continue;
        }
        ++added;
    }
    if (added > 0) {
        m_report.added << BundleImporter::tr("%n chronology event(s)", nullptr, added);
    }
    return ok();
}

Status Import::importEvidence() {
    EvidenceStore store(m_context);
    QuaZip zip(m_zipPath);
    if (!zip.open(QuaZip::mdUnzip)) {
        return fail(ErrorCode::Integrity, BundleImporter::tr("The bundle could not be opened again."));
    }
    for (const CaseFileEvidence& e : m_data.evidence) {
        if (auto r = exists(m_context.db(), u"evidence_items"_s, e.item.id); r && *r) {
            m_report.matched << BundleImporter::tr("Evidence \"%1\" is already here.").arg(e.item.title);
            continue;
        }
        EvidenceItem item = e.item;
        item.caseId = m_data.caseFile.id;
        const auto path = m_paths.find(item.id);
        if (item.kind == EvidenceKind::File && path == m_paths.end()) {
            m_report.skipped
                << BundleImporter::tr("Evidence \"%1\": its content is not in this bundle (profile).").arg(item.title);
            continue;
        }
        Result<EvidenceItem> imported;
        if (item.kind == EvidenceKind::File) {
            const bool listed = std::any_of(m_bundle.files.begin(), m_bundle.files.end(), [&](const BundleFile& f) {
                return f.path == path->second && f.sha256 == item.sha256;
            });
            if (!listed || !zip.setCurrentFile(path->second)) {
                return fail(ErrorCode::Integrity,
                            BundleImporter::tr("records.json names %1, which the signed manifest does not list "
                                               "with the same SHA-256.")
                                .arg(path->second));
            }
            QuaZipFile file(&zip);
            if (!file.open(QIODevice::ReadOnly)) {
                return fail(ErrorCode::Integrity, BundleImporter::tr("%1 cannot be read.").arg(path->second));
            }
            imported = store.importItem(item, e.custody, &file);
        } else {
            imported = store.importItem(item, e.custody, nullptr);
        }
        if (!imported) {
            return std::unexpected(imported.error());
        }
        m_report.added << BundleImporter::tr("Evidence \"%1\"").arg(item.title);
    }
    return ok();
}

Status Import::recordImport() {
    Database& db = m_context.db();
    const QJsonObject reportJson{{u"added"_s, QJsonArray::fromStringList(m_report.added)},
                                 {u"matched"_s, QJsonArray::fromStringList(m_report.matched)},
                                 {u"skipped"_s, QJsonArray::fromStringList(m_report.skipped)}};
    auto insert =
        db.prepare(u"INSERT INTO bundle_imports (id, bundle_id, bundle_sha256, source_office, source_key, "
                   "case_id, profile, imported_at, imported_by, report) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    if (!insert) {
        return std::unexpected(insert.error());
    }
    insert->bind(1, m_report.importId)
        .bind(2, m_report.bundleId)
        .bind(3, m_bundle.bundleSha256)
        .bind(4, m_report.sourceOffice)
        .bind(5, m_report.keyFingerprint)
        .bind(6, m_report.caseId)
        .bind(7, redactionProfileKey(m_data.profile))
        .bind(8, m_context.now())
        .bind(9, m_context.session().user().username)
        .bind(10, QString::fromUtf8(QJsonDocument(reportJson).toJson(QJsonDocument::Compact)));
    if (Status s = insert->run(); !s) {
        return s;
    }
    for (const Review& r : m_reviews) {
        auto review =
            db.prepare(u"INSERT INTO bundle_duplicate_reviews (id, import_id, incoming_person_id, existing_person_id, "
                       "reason, incoming, created_at, score) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        if (!review) {
            return std::unexpected(review.error());
        }
        QJsonObject incoming = r.incoming;
        incoming.insert(u"events"_s, r.events);
        review->bind(1, newUuid())
            .bind(2, m_report.importId)
            .bind(3, r.incomingId)
            .bind(4, r.existingId)
            .bind(5, r.reason)
            .bind(6, QString::fromUtf8(QJsonDocument(incoming).toJson(QJsonDocument::Compact)))
            .bind(7, m_context.now())
            .bind(8, r.score);
        if (Status s = review->run(); !s) {
            return s;
        }
    }
    return ok();
}

Status Import::run() {
    if (Status s = importCase(); !s) {
        return s;
    }
    for (const auto* group : {&m_data.accused, &m_data.victims, &m_data.others}) {
        for (const CaseFileParty& party : *group) {
            if (Status s = importParty(party); !s) {
                return s;
            }
        }
    }
    if (Status s = importEvents(); !s) {
        return s;
    }
    if (Status s = importEvidence(); !s) {
        return s;
    }
    return recordImport();
}

} // namespace

Result<KeyAssessment> BundleImporter::origin(RepositoryContext& context, const VerifiedBundle& bundle) {
    TrustedKeyRepository keys(context);
    return keys.assess(bundle.publicKey, bundle.manifest.value(u"office"_s).toObject().value(u"code"_s).toString());
}

Result<BundleImportReport> BundleImporter::importBundle(RepositoryContext& context, const QString& path,
                                                        const BundleImportOptions& options) {
    if (Status s = context.requireWrite(); !s) {
        return std::unexpected(s.error());
    }
    // Nothing of the bundle is read before its signature and every hash are checked, and its signer is known.
    auto bundle = BundleVerifier::verify(path, options.limits, options.progress);
    if (!bundle) {
        return std::unexpected(bundle.error());
    }
    auto signer = origin(context, *bundle);
    if (!signer) {
        return std::unexpected(signer.error());
    }
    if (!signer->originVerified() && !options.acceptUntrustedKey) {
        return fail(ErrorCode::Integrity, signer->refusal());
    }
    if (!signer->originVerified() && context.session().user().role != Role::Administrator) {
        return fail(ErrorCode::Permission,
                    tr("Only an administrator can import a bundle whose signing key is not trusted here. %1")
                        .arg(signer->summary()));
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bundle->records, &parseError);
    if (!doc.isObject()) {
        return fail(ErrorCode::Integrity, tr("records.json is not valid JSON: %1").arg(parseError.errorString()));
    }
    std::map<QString, QString> paths;
    auto data = bundlerecords::fromJson(doc.object(), paths);
    if (!data) {
        return std::unexpected(data.error());
    }
    if (data->profile == RedactionProfile::Statistics) {
        return fail(ErrorCode::Input, tr("A statistics bundle holds counts only; there are no records to import."));
    }
    if (data->caseFile.id != bundle->manifest.value(u"case"_s).toObject().value(u"id"_s).toString() ||
        !isUuid(data->caseFile.id)) {
        return fail(ErrorCode::Integrity, tr("records.json and the signed manifest name different cases."));
    }
    auto stmt = context.db().prepare(u"SELECT imported_at FROM bundle_imports WHERE bundle_id = ?"_s);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, bundle->bundleId);
    if (auto row = stmt->step(); row && *row) {
        return fail(ErrorCode::Conflict, tr("This bundle was imported already, on %1.").arg(stmt->columnText(0)));
    }
    stmt->reset();

    BundleImportReport report;
    report.importId = newUuid();
    report.bundleId = bundle->bundleId;
    report.caseId = data->caseFile.id;
    report.caseLabel = bundle->manifest.value(u"case"_s).toObject().value(u"label"_s).toString();
    report.sourceOffice = bundle->manifest.value(u"office"_s).toObject().value(u"code"_s).toString();
    report.keyFingerprint = bundle->keyFingerprint;
    report.origin = *signer;

    // One transaction around everything: the repositories' own writes nest inside it as savepoints.
    Transaction tx(context.db());
    if (Status s = tx.begin(); !s) {
        return std::unexpected(s.error());
    }
    Import import(context, *bundle, *data, paths, path, report);
    if (Status s = import.run(); !s) {
        return std::unexpected(s.error());
    }
    auto audited =
        context.session().audit().append(context.session().actor(), u"bundle.import"_s, u"case"_s, report.caseId,
                                         QJsonObject{{u"bundle_id"_s, report.bundleId},
                                                     {u"source_office"_s, report.sourceOffice},
                                                     {u"key_fingerprint"_s, report.keyFingerprint},
                                                     {u"key_trust"_s, signer->key()},
                                                     {u"origin_verified"_s, signer->originVerified()},
                                                     {u"added"_s, static_cast<int>(report.added.size())},
                                                     {u"matched"_s, static_cast<int>(report.matched.size())},
                                                     {u"skipped"_s, static_cast<int>(report.skipped.size())},
                                                     {u"held_for_review"_s, report.heldForReview}});
    if (!audited) {
        return std::unexpected(audited.error());
    }
    if (!signer->originVerified()) {
        // The administrator's decision stands on its own in the log, findable by action.
        auto accepted = context.session().audit().append(context.session().actor(), u"bundle.untrusted_key_accepted"_s,
                                                         u"case"_s, report.caseId,
                                                         QJsonObject{{u"bundle_id"_s, report.bundleId},
                                                                     {u"claimed_office"_s, signer->claimedOffice},
                                                                     {u"key_fingerprint"_s, signer->fingerprint},
                                                                     {u"key_trust"_s, signer->key()}});
        if (!accepted) {
            return std::unexpected(accepted.error());
        }
    }
    if (Status s = tx.commit(); !s) {
        return std::unexpected(s.error());
    }
    if (report.heldForReview > 0) {
        // The review of held persons lists them now, even when nothing else of the bundle was new here.
        context.notifier().notify(RecordKind::HeldReview, report.importId, ChangeNotifier::Kind::Created);
    }
    return report;
}

} // namespace caselink
