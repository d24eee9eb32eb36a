// How an audit entry reads to a person: "Arrest recorded: Zubair Yousafzai" rather than "arrest.create" and an id.
// The action names are defined here once, for the case History panel and the audit log list alike; the person an
// entry is about is named as every list names them (a protected person by the pseudonym, recordtext.h).
#pragma once

#include <QString>
#include <QVariant>

namespace caselink {

class Scope;

namespace audittext {
// "Arrest recorded", "Case updated", ...; an action without a name of its own reads as its key.
QString actionName(const QString& action);
// "Arrest recorded: Zubair Yousafzai", or the action's name alone when the entry names no one.
QString line(const QString& action, const QString& subject);
// SQL over the audit_log alias a: the id of the person the entry is about - the person itself, or the one an arrest,
// a role, a document, ... names in its fields.
QString subjectPersonIdSql(const QString& a);
// SQL over the audit_log alias a: the id of the case the entry is about, itself or the one its fields name.
QString subjectCaseIdSql(const QString& a);
} // namespace audittext

} // namespace caselink
