#include "repo/audittext.h"

#include <QCoreApplication>
#include <QHash>

namespace caselink::audittext {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::AuditText)
};

const QHash<QString, QString>& names() {
    static const QHash<QString, QString> table{
        {QStringLiteral("arrest.create"), Tr::tr("Arrest recorded")},
        {QStringLiteral("arrest.update"), Tr::tr("Arrest updated")},
        {QStringLiteral("arrest.delete"), Tr::tr("Arrest removed")},
        {QStringLiteral("arrest.production"), Tr::tr("Production before the magistrate recorded")},
        {QStringLiteral("arrest.custody_add"), Tr::tr("Custody or remand recorded")},
        {QStringLiteral("arrest.custody_remove"), Tr::tr("Custody or remand removed")},
        {QStringLiteral("asset.create"), Tr::tr("Asset recorded")},
        {QStringLiteral("asset.update"), Tr::tr("Asset updated")},
        {QStringLiteral("bundle.import"), Tr::tr("Bundle imported")},
        {QStringLiteral("bundle.untrusted_key_accepted"), Tr::tr("Bundle from an untrusted key accepted")},
        {QStringLiteral("case.create"), Tr::tr("Case registered")},
        {QStringLiteral("case.update"), Tr::tr("Case updated")},
        {QStringLiteral("case.delete"), Tr::tr("Case removed")},
        {QStringLiteral("case.status"), Tr::tr("Case status changed")},
        {QStringLiteral("case.assign"), Tr::tr("Case assigned")},
        {QStringLiteral("case.unassign"), Tr::tr("Case assignment ended")},
        {QStringLiteral("case.link"), Tr::tr("Cases linked")},
        {QStringLiteral("case.unlink"), Tr::tr("Case link removed")},
        {QStringLiteral("case.role_add"), Tr::tr("Person added to the case")},
        {QStringLiteral("case.role_update"), Tr::tr("Role in the case changed")},
        {QStringLiteral("case.role_remove"), Tr::tr("Person removed from the case")},
        {QStringLiteral("case.export"), Tr::tr("Case file exported")},
        {QStringLiteral("chart.save"), Tr::tr("Chart saved")},
        {QStringLiteral("chart.delete"), Tr::tr("Chart removed")},
        {QStringLiteral("chart.export"), Tr::tr("Chart exported")},
        {QStringLiteral("court.create"), Tr::tr("Court proceeding recorded")},
        {QStringLiteral("court.update"), Tr::tr("Court proceeding updated")},
        {QStringLiteral("database.create"), Tr::tr("Database created")},
        {QStringLiteral("database.backup"), Tr::tr("Database backed up")},
        {QStringLiteral("database.restore"), Tr::tr("Database restored")},
        {QStringLiteral("database.exclusive"), Tr::tr("Database maintained")},
        {QStringLiteral("document.create"), Tr::tr("Document recorded")},
        {QStringLiteral("document.update"), Tr::tr("Document updated")},
        {QStringLiteral("document.delete"), Tr::tr("Document removed")},
        {QStringLiteral("event.create"), Tr::tr("Event recorded")},
        {QStringLiteral("event.update"), Tr::tr("Event updated")},
        {QStringLiteral("event.delete"), Tr::tr("Event removed")},
        {QStringLiteral("evidence.add"), Tr::tr("Evidence added")},
        {QStringLiteral("evidence.custody"), Tr::tr("Evidence custody recorded")},
        {QStringLiteral("evidence.open"), Tr::tr("Evidence opened")},
        {QStringLiteral("evidence.verify"), Tr::tr("Evidence verified")},
        {QStringLiteral("held_review.decide"), Tr::tr("Held record decided")},
        {QStringLiteral("held_review.reopen"), Tr::tr("Held record reopened")},
        {QStringLiteral("import.commit"), Tr::tr("Spreadsheet imported")},
        {QStringLiteral("incident.create"), Tr::tr("Incident recorded")},
        {QStringLiteral("incident.update"), Tr::tr("Incident updated")},
        {QStringLiteral("key.trust"), Tr::tr("Office key trusted")},
        {QStringLiteral("key.revoke"), Tr::tr("Office key revoked")},
        {QStringLiteral("link.create"), Tr::tr("Link recorded")},
        {QStringLiteral("link.update"), Tr::tr("Link updated")},
        {QStringLiteral("link.delete"), Tr::tr("Link removed")},
        {QStringLiteral("officer.create"), Tr::tr("Officer added")},
        {QStringLiteral("officer.update"), Tr::tr("Officer updated")},
        {QStringLiteral("org_unit.add"), Tr::tr("Office added")},
        {QStringLiteral("org_unit.rename"), Tr::tr("Office renamed")},
        {QStringLiteral("org_unit.move"), Tr::tr("Office moved")},
        {QStringLiteral("org_unit.deactivate"), Tr::tr("Office closed")},
        {QStringLiteral("organisation.create"), Tr::tr("Organisation recorded")},
        {QStringLiteral("organisation.update"), Tr::tr("Organisation updated")},
        {QStringLiteral("organisation.member_add"), Tr::tr("Member added to an organisation")},
        {QStringLiteral("organisation.member_end"), Tr::tr("Membership ended")},
        {QStringLiteral("payment.create"), Tr::tr("Payment recorded")},
        {QStringLiteral("payment.update"), Tr::tr("Payment updated")},
        {QStringLiteral("payment.delete"), Tr::tr("Payment removed")},
        {QStringLiteral("person.create"), Tr::tr("Person registered")},
        {QStringLiteral("person.update"), Tr::tr("Person updated")},
        {QStringLiteral("person.delete"), Tr::tr("Person removed")},
        {QStringLiteral("person.photo"), Tr::tr("Photo changed")},
        {QStringLiteral("person.merge"), Tr::tr("Persons merged")},
        {QStringLiteral("person.merge_undo"), Tr::tr("Merge undone")},
        {QStringLiteral("person.merge_discard"), Tr::tr("Not the same person")},
        {QStringLiteral("red_book.entry_create"), Tr::tr("Red Book entry recorded")},
        {QStringLiteral("red_book.edition_create"), Tr::tr("Red Book edition created")},
        {QStringLiteral("route_leg.create"), Tr::tr("Route leg recorded")},
        {QStringLiteral("route_leg.update"), Tr::tr("Route leg updated")},
        {QStringLiteral("route_leg.move"), Tr::tr("Route leg moved")},
        {QStringLiteral("route_leg.delete"), Tr::tr("Route leg removed")},
        {QStringLiteral("search.person"), Tr::tr("Persons searched")},
        {QStringLiteral("session.open"), Tr::tr("Signed in")},
        {QStringLiteral("session.close"), Tr::tr("Signed out")},
        {QStringLiteral("session.unlock_failed"), Tr::tr("Failed sign-in")},
        {QStringLiteral("synthetic.generate"), Tr::tr("Synthetic data generated")},
        {QStringLiteral("user.add"), Tr::tr("Account added")},
        {QStringLiteral("user.password"), Tr::tr("Password changed")},
        {QStringLiteral("user.recover"), Tr::tr("Account recovered")},
        {QStringLiteral("user.revoke"), Tr::tr("Account revoked")},
        {QStringLiteral("watchlist.match"), Tr::tr("Watch list matched")},
        {QStringLiteral("watchlist.hit_status"), Tr::tr("Watch-list hit decided")},
    };
    return table;
}

} // namespace

QString actionName(const QString& action) {
    return names().value(action, action);
}

QString line(const QString& action, const QString& subject) {
    if (subject.isEmpty()) {
        return actionName(action);
    }
    return Tr::tr("%1: %2").arg(actionName(action), subject);
}

QString subjectPersonIdSql(const QString& a) {
    return QStringLiteral("CASE WHEN %1.entity_type = 'person' THEN %1.entity_id "
                          "ELSE json_extract(%1.fields, '$.person') END")
        .arg(a);
}

QString subjectCaseIdSql(const QString& a) {
    return QStringLiteral("CASE WHEN %1.entity_type = 'case' THEN %1.entity_id ELSE json_extract(%1.fields, '$.case') "
                          "END")
        .arg(a);
}

} // namespace caselink::audittext
