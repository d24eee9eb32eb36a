#include "exchange/bundlerecords.h"

#include <QJsonArray>

#include "repo/aggregatesupport.h"

namespace caselink::bundlerecords {

using namespace Qt::StringLiterals;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::BundleRecords)
};

QString iso(const QDateTime& t) {
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}
QDateTime dt(const QJsonValue& v) {
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}
QDate date(const QJsonValue& v) {
    return QDate::fromString(v.toString(), Qt::ISODate);
}
QJsonArray strings(const QStringList& list) {
    return QJsonArray::fromStringList(list);
}
QStringList stringList(const QJsonValue& v) {
    QStringList out;
    for (const QJsonValue& x : v.toArray()) {
        out << x.toString();
    }
    return out;
}

} // namespace

QJsonObject partyToJson(const CaseFileParty& party) {
    const Person& p = party.person;
    QJsonArray passports;
    for (const PersonPassport& pp : p.passports) {
        passports.append(
            QJsonObject{{u"number"_s, pp.number}, {u"state"_s, pp.issuingState}, {u"status"_s, pp.status}});
    }
    QJsonArray addresses;
    for (const PersonAddress& a : p.addresses) {
        addresses.append(QJsonObject{{u"country"_s, a.country},
                                     {u"province"_s, a.province},
                                     {u"district"_s, a.district},
                                     {u"tehsil"_s, a.tehsil},
                                     {u"locality"_s, a.locality},
                                     {u"line"_s, a.line}});
    }
    QJsonArray roles;
    for (const CaseRole& r : party.roles) {
        QJsonObject role{{u"id"_s, r.id},
                         {u"role"_s, personRoleKey(r.role)},
                         {u"nominated"_s, r.nominatedInFir},
                         {u"arrest_status"_s, arrestStatusKey(r.arrestStatus)},
                         {u"exploitation"_s, r.exploitation},
                         {u"notes"_s, r.notes}};
        if (r.victimOutcome) {
            role.insert(u"outcome"_s, victimOutcomeKey(*r.victimOutcome));
        }
        roles.append(role);
    }
    QJsonArray arrests;
    for (const CaseFileArrest& a : party.arrests) {
        QJsonArray custody;
        for (const CustodyPeriod& c : a.custody) {
            custody.append(QJsonObject{{u"id"_s, c.id},
                                       {u"kind"_s, custodyKindKey(c.kind)},
                                       {u"from"_s, isoDate(c.from)},
                                       {u"to"_s, isoDate(c.to)},
                                       {u"magistrate"_s, c.magistrate},
                                       {u"order"_s, c.orderRef}});
        }
        QJsonObject arrest{{u"id"_s, a.arrest.id},
                           {u"at"_s, iso(a.arrest.arrestedAt)},
                           {u"place"_s, a.arrest.place},
                           {u"category"_s, arrestCategoryKey(a.arrest.category)},
                           {u"intercept"_s, airportInterceptKey(a.arrest.airportIntercept)},
                           {u"stop_list_hit"_s, a.arrest.stopListHit},
                           {u"custody"_s, custody}};
        if (a.arrest.producedBeforeMagistrateAt) {
            arrest.insert(u"produced_at"_s, iso(*a.arrest.producedBeforeMagistrateAt));
        }
        // The officer's reasons travel with the arrest: without them the receiving office could not record it.
        if (!a.arrest.dateReason.isEmpty()) {
            arrest.insert(u"date_reason"_s, a.arrest.dateReason);
        }
        if (!a.arrest.productionDelayReason.isEmpty()) {
            arrest.insert(u"production_delay_reason"_s, a.arrest.productionDelayReason);
        }
        arrests.append(arrest);
    }
    return QJsonObject{{u"id"_s, p.id},
                       {u"redacted"_s, party.redacted},
                       {u"label"_s, party.label},
                       {u"name_latin"_s, p.nameLatin},
                       {u"name_urdu"_s, p.nameUrdu},
                       {u"relation"_s, relationKey(p.relation)},
                       {u"relative_latin"_s, p.relativeLatin},
                       {u"relative_urdu"_s, p.relativeUrdu},
                       {u"sex"_s, sexKey(p.sex)},
                       {u"birth_date"_s, isoDate(p.birthDate)},
                       {u"birth_year"_s, p.birthYear},
                       {u"nationality"_s, p.nationality},
                       {u"cnic"_s, p.cnic},
                       {u"aliases"_s, strings(p.aliases)},
                       {u"phones"_s, strings(p.phones)},
                       {u"passports"_s, passports},
                       {u"addresses"_s, addresses},
                       {u"notes"_s, p.notes},
                       {u"updated_at"_s, iso(p.updatedAt)},
                       {u"roles"_s, roles},
                       {u"arrests"_s, arrests}};
}

CaseFileParty partyFromJson(const QJsonObject& o, const QString& caseId) {
    CaseFileParty party;
    Person& p = party.person;
    p.id = o.value(u"id"_s).toString();
    party.redacted = o.value(u"redacted"_s).toBool();
    party.label = o.value(u"label"_s).toString();
    p.isProtected = party.redacted;
    p.nameLatin = o.value(u"name_latin"_s).toString();
    p.nameUrdu = o.value(u"name_urdu"_s).toString();
    p.relation = relationFromKey(o.value(u"relation"_s).toString());
    p.relativeLatin = o.value(u"relative_latin"_s).toString();
    p.relativeUrdu = o.value(u"relative_urdu"_s).toString();
    p.sex = sexFromKey(o.value(u"sex"_s).toString());
    p.birthDate = date(o.value(u"birth_date"_s));
    p.birthYear = o.value(u"birth_year"_s).toInt();
    p.nationality = o.value(u"nationality"_s).toString();
    p.cnic = o.value(u"cnic"_s).toString();
    p.aliases = stringList(o.value(u"aliases"_s));
    p.phones = stringList(o.value(u"phones"_s));
    for (const QJsonValue& v : o.value(u"passports"_s).toArray()) {
        const QJsonObject x = v.toObject();
        p.passports.push_back(
            {x.value(u"number"_s).toString(), x.value(u"state"_s).toString(), x.value(u"status"_s).toString()});
    }
    for (const QJsonValue& v : o.value(u"addresses"_s).toArray()) {
        const QJsonObject x = v.toObject();
        p.addresses.push_back({x.value(u"country"_s).toString(), x.value(u"province"_s).toString(),
                               x.value(u"district"_s).toString(), x.value(u"tehsil"_s).toString(),
                               x.value(u"locality"_s).toString(), x.value(u"line"_s).toString()});
    }
    p.notes = o.value(u"notes"_s).toString();
    p.updatedAt = dt(o.value(u"updated_at"_s));
    for (const QJsonValue& v : o.value(u"roles"_s).toArray()) {
        const QJsonObject x = v.toObject();
        CaseRole r;
        r.id = x.value(u"id"_s).toString();
        r.caseId = caseId;
        r.personId = p.id;
        r.role = personRoleFromKey(x.value(u"role"_s).toString()).value_or(PersonRole::Witness);
        r.nominatedInFir = x.value(u"nominated"_s).toBool();
        r.arrestStatus =
            arrestStatusFromKey(x.value(u"arrest_status"_s).toString()).value_or(ArrestStatus::NotApplicable);
        if (x.contains(u"outcome"_s)) {
            r.victimOutcome = victimOutcomeFromKey(x.value(u"outcome"_s).toString());
        }
        r.exploitation = x.value(u"exploitation"_s).toString();
        r.notes = x.value(u"notes"_s).toString();
        party.roles.push_back(r);
    }
    for (const QJsonValue& v : o.value(u"arrests"_s).toArray()) {
        const QJsonObject x = v.toObject();
        CaseFileArrest a;
        a.arrest.id = x.value(u"id"_s).toString();
        a.arrest.caseId = caseId;
        a.arrest.personId = p.id;
        a.arrest.arrestedAt = dt(x.value(u"at"_s));
        a.arrest.place = x.value(u"place"_s).toString();
        a.arrest.category = arrestCategoryFromKey(x.value(u"category"_s).toString()).value_or(ArrestCategory::General);
        a.arrest.airportIntercept =
            airportInterceptFromKey(x.value(u"intercept"_s).toString()).value_or(AirportIntercept::None);
        a.arrest.stopListHit = x.value(u"stop_list_hit"_s).toBool();
        if (x.contains(u"produced_at"_s)) {
            a.arrest.producedBeforeMagistrateAt = dt(x.value(u"produced_at"_s));
        }
        a.arrest.dateReason = x.value(u"date_reason"_s).toString();
        a.arrest.productionDelayReason = x.value(u"production_delay_reason"_s).toString();
        for (const QJsonValue& c : x.value(u"custody"_s).toArray()) {
            const QJsonObject y = c.toObject();
            a.custody.push_back({y.value(u"id"_s).toString(), a.arrest.id,
                                 custodyKindFromKey(y.value(u"kind"_s).toString()).value_or(CustodyKind::Physical),
                                 date(y.value(u"from"_s)), date(y.value(u"to"_s)), y.value(u"magistrate"_s).toString(),
                                 y.value(u"order"_s).toString()});
        }
        party.arrests.push_back(a);
    }
    return party;
}

QJsonObject eventToJson(const TimelineEvent& e) {
    return QJsonObject{{u"id"_s, e.id},
                       {u"type"_s, e.type},
                       {u"at"_s, iso(e.occurredAt)},
                       {u"legal_ref"_s, e.legalRef},
                       {u"description"_s, e.description},
                       {u"person_id"_s, e.personId}};
}

TimelineEvent eventFromJson(const QJsonObject& o, const QString& caseId) {
    return {o.value(u"id"_s).toString(),
            caseId,
            o.value(u"person_id"_s).toString(),
            o.value(u"type"_s).toString(),
            dt(o.value(u"at"_s)),
            o.value(u"legal_ref"_s).toString(),
            o.value(u"description"_s).toString()};
}

QJsonObject toJson(const CaseFileData& d, const std::map<QString, QString>& evidencePaths) {
    const CaseRecord& c = d.caseFile;
    QJsonArray offences;
    for (const CaseFileOffence& o : d.offences) {
        offences.append(QJsonObject{{u"id"_s, o.id}, {u"code"_s, o.code}, {u"title"_s, o.titleEn}});
    }
    auto group = [](const std::vector<CaseFileParty>& parties) {
        QJsonArray out;
        for (const CaseFileParty& p : parties) {
            out.append(partyToJson(p));
        }
        return out;
    };
    QJsonArray events;
    for (const TimelineEvent& e : d.events) {
        events.append(eventToJson(e));
    }
    QJsonArray evidence;
    for (const CaseFileEvidence& e : d.evidence) {
        const EvidenceItem& i = e.item;
        QJsonArray custody;
        for (const CustodyEvent& ce : e.custody) {
            custody.append(QJsonObject{{u"id"_s, ce.id},
                                       {u"action"_s, custodyActionKey(ce.action)},
                                       {u"at"_s, iso(ce.at)},
                                       {u"by"_s, ce.byWhom},
                                       {u"to"_s, ce.toWhom},
                                       {u"place"_s, ce.place},
                                       {u"notes"_s, ce.notes},
                                       {u"recorded_by"_s, ce.recordedBy},
                                       {u"recorded_at"_s, iso(ce.recordedAt)}});
        }
        const auto path = evidencePaths.find(i.id);
        evidence.append(QJsonObject{{u"id"_s, i.id},
                                    {u"kind"_s, evidenceKindKey(i.kind)},
                                    {u"title"_s, i.title},
                                    {u"file_name"_s, i.fileName},
                                    {u"sha256"_s, i.sha256},
                                    {u"size"_s, i.sizeBytes},
                                    {u"mime"_s, i.mime},
                                    {u"malkhana_ref"_s, i.malkhanaRef},
                                    {u"description"_s, i.description},
                                    {u"collected_by"_s, i.collectedBy},
                                    {u"collected_at"_s, iso(i.collectedAt)},
                                    {u"path"_s, path == evidencePaths.end() ? QString() : path->second},
                                    {u"custody"_s, custody}});
    }
    QJsonObject counts;
    for (const auto& [k, v] : d.counts) {
        counts.insert(k, v);
    }
    const QJsonObject caseJson{{u"id"_s, c.id},
                               {u"enquiry_number"_s, c.enquiryNumber},
                               {u"enquiry_date"_s, isoDate(c.enquiryDate)},
                               {u"fir_number"_s, c.firNumber},
                               {u"fir_station"_s, c.firStation},
                               {u"fir_date"_s, isoDate(c.firDate)},
                               {u"status"_s, caseStatusKey(c.status)},
                               {u"court"_s, c.court},
                               {u"prosecutor"_s, c.prosecutor},
                               {u"route_code"_s, c.routeCode},
                               {u"title"_s, c.title},
                               {u"summary"_s, c.summary},
                               {u"updated_at"_s, iso(c.updatedAt)}};
    return QJsonObject{{u"format"_s, u"caselink-records"_s},
                       {u"version"_s, 1},
                       {u"profile"_s, redactionProfileKey(d.profile)},
                       {u"case"_s, caseJson},
                       {u"offences"_s, offences},
                       {u"accused"_s, group(d.accused)},
                       {u"victims"_s, group(d.victims)},
                       {u"others"_s, group(d.others)},
                       {u"events"_s, events},
                       {u"evidence"_s, evidence},
                       {u"counts"_s, counts}};
}

Result<CaseFileData> fromJson(const QJsonObject& json, std::map<QString, QString>& evidencePaths) {
    if (json.value(u"format"_s).toString() != u"caselink-records"_s || json.value(u"version"_s).toInt() != 1) {
        return fail(ErrorCode::Integrity, Tr::tr("records.json is not a CaseLink records file of version 1."));
    }
    for (const QString& member : {u"case"_s, u"accused"_s, u"victims"_s, u"others"_s, u"events"_s, u"evidence"_s}) {
        if (!json.contains(member)) {
            return fail(ErrorCode::Integrity, Tr::tr("records.json has no \"%1\".").arg(member));
        }
    }
    CaseFileData d;
    d.profile = redactionProfileFromKey(json.value(u"profile"_s).toString()).value_or(RedactionProfile::Statistics);
    const QJsonObject c = json.value(u"case"_s).toObject();
    CaseRecord& cf = d.caseFile;
    cf.id = c.value(u"id"_s).toString();
    if (cf.id.isEmpty()) {
        return fail(ErrorCode::Integrity, Tr::tr("records.json names no case id."));
    }
    cf.enquiryNumber = c.value(u"enquiry_number"_s).toString();
    cf.enquiryDate = date(c.value(u"enquiry_date"_s));
    cf.firNumber = c.value(u"fir_number"_s).toString();
    cf.firStation = c.value(u"fir_station"_s).toString();
    cf.firDate = date(c.value(u"fir_date"_s));
    cf.status = caseStatusFromKey(c.value(u"status"_s).toString()).value_or(CaseStatus::EnquiryRegistered);
    cf.court = c.value(u"court"_s).toString();
    cf.prosecutor = c.value(u"prosecutor"_s).toString();
    cf.routeCode = c.value(u"route_code"_s).toString();
    cf.title = c.value(u"title"_s).toString();
    cf.summary = c.value(u"summary"_s).toString();
    cf.updatedAt = dt(c.value(u"updated_at"_s));
    for (const QJsonValue& v : json.value(u"offences"_s).toArray()) {
        const QJsonObject o = v.toObject();
        d.offences.push_back(
            {o.value(u"id"_s).toString(), o.value(u"code"_s).toString(), o.value(u"title"_s).toString(), {}, {}});
        cf.offenceIds << o.value(u"id"_s).toString();
    }
    for (const QJsonValue& v : json.value(u"accused"_s).toArray()) {
        d.accused.push_back(partyFromJson(v.toObject(), cf.id));
    }
    for (const QJsonValue& v : json.value(u"victims"_s).toArray()) {
        d.victims.push_back(partyFromJson(v.toObject(), cf.id));
    }
    for (const QJsonValue& v : json.value(u"others"_s).toArray()) {
        d.others.push_back(partyFromJson(v.toObject(), cf.id));
    }
    for (const QJsonValue& v : json.value(u"events"_s).toArray()) {
        d.events.push_back(eventFromJson(v.toObject(), cf.id));
    }
    for (const QJsonValue& v : json.value(u"evidence"_s).toArray()) {
        const QJsonObject o = v.toObject();
        CaseFileEvidence e;
        EvidenceItem& i = e.item;
        i.id = o.value(u"id"_s).toString();
        i.caseId = cf.id;
        i.kind = o.value(u"kind"_s).toString() == u"EXHIBIT"_s ? EvidenceKind::Exhibit : EvidenceKind::File;
        i.title = o.value(u"title"_s).toString();
        i.fileName = o.value(u"file_name"_s).toString();
        i.sha256 = o.value(u"sha256"_s).toString();
        i.sizeBytes = o.value(u"size"_s).toInteger();
        i.mime = o.value(u"mime"_s).toString();
        i.malkhanaRef = o.value(u"malkhana_ref"_s).toString();
        i.description = o.value(u"description"_s).toString();
        i.collectedBy = o.value(u"collected_by"_s).toString();
        i.collectedAt = dt(o.value(u"collected_at"_s));
        if (!o.value(u"path"_s).toString().isEmpty()) {
            evidencePaths[i.id] = o.value(u"path"_s).toString();
        }
        for (const QJsonValue& cv : o.value(u"custody"_s).toArray()) {
            const QJsonObject x = cv.toObject();
            e.custody.push_back(
                {x.value(u"id"_s).toString(), i.id,
                 custodyActionFromKey(x.value(u"action"_s).toString()).value_or(CustodyAction::Collected),
                 dt(x.value(u"at"_s)), x.value(u"by"_s).toString(), x.value(u"to"_s).toString(),
                 x.value(u"place"_s).toString(), x.value(u"notes"_s).toString(), x.value(u"recorded_by"_s).toString(),
                 dt(x.value(u"recorded_at"_s))});
        }
        d.evidence.push_back(e);
    }
    const QJsonObject counts = json.value(u"counts"_s).toObject();
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        d.counts[it.key()] = it.value().toInt();
    }
    return d;
}

} // namespace caselink::bundlerecords
