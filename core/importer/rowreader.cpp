#include "importer/rowreader.h"

#include <array>
#include <string>

#include <QHash>
#include <QMutex>

#include "domain/cnic.h"
#include "domain/documentdate.h"
#include "domain/localtime.h"
#include "domain/passportnumber.h"
#include "domain/phonenumber.h"
#include "domain/textinput.h"

using namespace Qt::StringLiterals;

namespace caselink::importrows {

QString RowReader::cell(const QString& field) const {
    const int column = m_context.mapping.column(field);
    if (column < 0 || column >= m_source.cells.size()) {
        return {};
    }
    return m_source.cells[column].trimmed();
}

QString RowReader::columnName(const QString& field) const {
    return importColumnName(m_context, field);
}

void RowReader::add(const QString& field, const Issue& issue) {
    m_issues.push_back({m_source.number, columnName(field), issue.severity, issue.code, issue.message});
    m_errors = m_errors || issue.severity == Severity::Error;
}

void RowReader::addAll(const QString& field, const std::vector<Issue>& issues) {
    for (const Issue& i : issues) {
        add(field, i);
    }
}

void RowReader::error(const QString& field, const QString& code, const QString& message) {
    add(field, Issue{Severity::Error, code, message});
}

void RowReader::warning(const QString& field, const QString& code, const QString& message) {
    add(field, Issue{Severity::Warning, code, message});
}

QString RowReader::text(const QString& field, qsizetype max, LineMode mode) {
    const QString raw = cell(field);
    if (raw.isEmpty()) {
        return {};
    }
    auto clean = sanitizeText(raw, max, mode);
    addAll(field, clean.issues);
    return clean.value.value_or(QString());
}

namespace {

Sex parseSex(const QString& raw, bool& understood) {
    const QString s = raw.trimmed().toLower();
    understood = true;
    if (s.isEmpty()) {
        return Sex::Unknown;
    }
    if (s == u"m" || s == u"male" || s == u"man" || s == u"مرد" || s == u"مذکر") {
        return Sex::Male;
    }
    if (s == u"f" || s == u"female" || s == u"woman" || s == u"عورت" || s == u"خاتون" || s == u"مؤنث") {
        return Sex::Female;
    }
    if (s == u"x" || s == u"other" || s == u"transgender") {
        return Sex::Other;
    }
    understood = false;
    return Sex::Unknown;
}

std::optional<QTime> parseTime(const QString& raw) {
    for (const QString& format : {u"HH:mm:ss"_s, u"H:mm:ss"_s, u"HH:mm"_s, u"H:mm"_s, u"h:mm AP"_s, u"h:mmAP"_s}) {
        const QTime t = QTime::fromString(raw.trimmed().toUpper(), format);
        if (t.isValid()) {
            return t;
        }
    }
    return std::nullopt;
}

// The person fields' keys with a prefix ("", "payer_", "payee_"), built once per prefix: a row reads each of them.
const QHash<QString, QString>& prefixedKeys(const QString& prefix) {
    static const std::array<const char16_t*, 9> names{u"name",  u"name_urdu", u"father",     u"cnic", u"passport",
                                                      u"phone", u"sex",       u"birth_date", u"notes"};
    static QMutex mutex;
    static QHash<QString, QHash<QString, QString>> byPrefix;
    const QMutexLocker lock(&mutex);
    auto it = byPrefix.find(prefix);
    if (it == byPrefix.end()) {
        QHash<QString, QString> keys;
        for (const char16_t* name : names) {
            keys.insert(QString::fromUtf16(name), prefix + QString::fromUtf16(name));
        }
        it = byPrefix.insert(prefix, keys);
    }
    return *it;
}

} // namespace

bool parsePerson(RowReader& r, Person& p, const QString& prefix, bool required) {
    const QHash<QString, QString>& keys = prefixedKeys(prefix);
    auto field = [&](const char16_t* name) -> QString {
        return prefix.isEmpty() ? QString::fromRawData(reinterpret_cast<const QChar*>(name),
                                                       std::char_traits<char16_t>::length(name))
                                : keys.value(QString::fromRawData(reinterpret_cast<const QChar*>(name),
                                                                  std::char_traits<char16_t>::length(name)));
    };
    if (!required) {
        bool any = false;
        for (const char16_t* f : {u"name", u"name_urdu", u"father", u"cnic", u"passport", u"phone"}) {
            any = any || !r.cell(field(f)).isEmpty();
        }
        if (!any) {
            return false;
        }
    }
    // One name column may hold either script; an explicit Urdu column fills the Urdu name.
    const QString name = r.text(field(u"name"), kMaxName);
    (isArabicScript(name) ? p.nameUrdu : p.nameLatin) = name;
    const QString nameUrdu = r.text(field(u"name_urdu"), kMaxName);
    if (!nameUrdu.isEmpty()) {
        p.nameUrdu = nameUrdu;
    }
    if (p.nameLatin.isEmpty() && p.nameUrdu.isEmpty()) {
        r.error(field(u"name"), u"person.name_missing"_s, Tr::tr("The name is empty."));
    }
    const QString father = r.text(field(u"father"), kMaxName);
    (isArabicScript(father) ? p.relativeUrdu : p.relativeLatin) = father;
    bool understood = true;
    p.sex = parseSex(r.cell(field(u"sex")), understood);
    if (!understood) {
        r.add(field(u"sex"), Issue{Severity::Warning, u"import.sex_unknown"_s,
                                   Tr::tr("\"%1\" is not a sex this import knows (M, F, X); recorded as unknown.")
                                       .arg(visibleInput(r.cell(field(u"sex"))))});
    }
    if (!father.isEmpty()) {
        p.relation = p.sex == Sex::Female ? Relation::DaughterOf : Relation::SonOf;
    }
    if (const QString cnic = r.cell(field(u"cnic")); !cnic.isEmpty()) {
        auto v = validateCnic(cnic);
        r.addAll(field(u"cnic"), v.issues);
        if (v.value) {
            p.cnic = v.value->digits;
            if (auto mismatch = checkCnicSex(*v.value, p.sex)) {
                r.add(field(u"cnic"), *mismatch);
            }
        }
    }
    if (const QString passport = r.cell(field(u"passport")); !passport.isEmpty()) {
        auto v = validatePassportNumber(passport);
        r.addAll(field(u"passport"), v.issues);
        if (v.value) {
            p.passports.push_back({v.value->number});
        }
    }
    if (const QString phone = r.cell(field(u"phone")); !phone.isEmpty()) {
        auto v = validatePhoneNumber(phone);
        r.addAll(field(u"phone"), v.issues);
        if (v.value) {
            p.phones << v.value->e164;
        }
    }
    if (const QString birth = r.cell(field(u"birth_date")); !birth.isEmpty()) {
        auto v = validateDate(birth.section(u' ', 0, 0), r.context().today, DateExpectation::Past);
        r.addAll(field(u"birth_date"), v.issues);
        if (v.value) {
            p.birthDate = *v.value;
            p.birthYear = v.value->year();
        }
    }
    p.notes = r.text(field(u"notes"), kMaxNotes, LineMode::MultiLine);
    return true;
}

QDateTime parseDateTime(RowReader& r, const QString& field, const QString& futureCode, const QString& futureMessage) {
    const QString when = r.cell(field);
    if (when.isEmpty()) {
        return {};
    }
    QString datePart = when;
    QString timePart;
    qsizetype split = when.indexOf(u' ');
    if (split < 0) {
        split = when.indexOf(u'T');
    }
    if (split > 0) {
        datePart = when.left(split);
        timePart = when.mid(split + 1).trimmed();
    }
    auto date = validateDate(datePart, r.context().today, DateExpectation::Past);
    r.addAll(field, date.issues);
    std::optional<QTime> time = QTime(0, 0);
    if (!timePart.isEmpty()) {
        time = parseTime(timePart);
        if (!time) {
            r.error(field, u"import.time_format"_s,
                    Tr::tr("\"%1\" is not a time of day; write it as 14:30.").arg(visibleInput(timePart)));
        }
    }
    if (!date.value || !time) {
        return {};
    }
    const QDateTime at = officeLocalToUtc(*date.value, *time);
    if (!futureCode.isEmpty() && at > r.context().now.addSecs(kClockSkewSecs)) {
        r.error(field, futureCode, futureMessage);
    }
    return at;
}

QDate parseDate(RowReader& r, const QString& field, DateExpectation expectation) {
    const QString text = r.cell(field);
    if (text.isEmpty()) {
        return {};
    }
    auto v = validateDate(text.section(u' ', 0, 0), r.context().today, expectation);
    r.addAll(field, v.issues);
    return v.value.value_or(QDate());
}

void parseCase(RowReader& r, ParsedRow& out) {
    const QString fir = r.cell(u"fir"_s);
    if (fir.isEmpty()) {
        r.error(u"fir"_s, u"fir.empty"_s, Tr::tr("The FIR number is empty."));
    } else {
        auto v = validateFirNumber(fir, r.context().today);
        r.addAll(u"fir"_s, v.issues);
        if (v.value) {
            out.fir = *v.value;
        }
    }
    out.station = r.text(u"station"_s, kMaxLine);
}

int parseCount(RowReader& r, const QString& field, const QString& code, int max) {
    const QString text = r.cell(field);
    if (text.isEmpty()) {
        return 0;
    }
    // Excel writes whole numbers typed in a numeric column as "13" or, from some exports, "13.0".
    QString digits = foldDigits(text);
    if (digits.endsWith(u".0"_s)) {
        digits.chop(2);
    }
    bool isNumber = false;
    const int value = digits.toInt(&isNumber);
    if (!isNumber || value <= 0 || value > max) {
        r.error(field, code, Tr::tr("\"%1\" is not a number from 1 to %2.").arg(visibleInput(text)).arg(max));
        return -1;
    }
    return value;
}

QString folded(const QString& text) {
    QString out;
    bool space = false;
    for (QChar c : text.trimmed()) {
        if (c.isLetterOrNumber()) {
            if (space && !out.isEmpty()) {
                out += u' ';
            }
            out += c.toCaseFolded();
            space = false;
        } else {
            space = true;
        }
    }
    return out;
}

} // namespace caselink::importrows
