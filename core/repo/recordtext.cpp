#include "repo/recordtext.h"

#include <QCoreApplication>
#include <QMessageAuthenticationCode>

#include "repo/scope.h"

namespace caselink::recordtext {

QString firSql(const QString& c) {
    return QStringLiteral("CASE WHEN %1.fir_serial IS NULL THEN NULL ELSE coalesce(nullif(%1.fir_prefix, '') || '-', "
                          "'') || %1.fir_serial || '/' || %1.fir_year END")
        .arg(c);
}

QString caseNumberSql(const QString& c) {
    return QStringLiteral("coalesce(%1, %2.enquiry_number)").arg(firSql(c), c);
}

QString personNameSql(const Scope& scope, const QString& p) {
    return QStringLiteral("CASE WHEN %1 THEN NULL ELSE coalesce(nullif(%2.name_latin, ''), %2.name_urdu) END")
        .arg(scope.personProtected(p), p);
}

QString Pseudonyms::code(const QString& personId) const {
    static constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford: no I, L, O, U
    const QByteArray mac =
        QMessageAuthenticationCode::hash(personId.toUtf8(), m_key, QCryptographicHash::Sha256).left(8);
    quint64 bits = 0;
    for (const char byte : mac) {
        bits = (bits << 8) | static_cast<quint8>(byte);
    }
    QString out;
    for (int i = 0; i < 12; ++i) { // the top 60 bits, five at a time
        if (i > 0 && i % 4 == 0) {
            out += QLatin1Char('-');
        }
        out += QLatin1Char(kAlphabet[(bits >> (59 - 5 * i)) & 0x1F]);
    }
    return out;
}

QString Pseudonyms::of(const QString& personId) const {
    return QCoreApplication::translate("caselink::PersonRepository", "Protected person %1").arg(code(personId));
}

QVariant Pseudonyms::nameOr(const QVariant& name, const QVariant& personId) const {
    if (!name.isNull() || personId.isNull()) {
        return name;
    }
    return of(personId.toString());
}

QString pseudonym(const Scope& scope, const QString& personId) {
    return scope.pseudonyms().of(personId);
}

QVariant nameOrPseudonym(const Scope& scope, const QVariant& name, const QVariant& personId) {
    return scope.pseudonyms().nameOr(name, personId);
}

} // namespace caselink::recordtext
