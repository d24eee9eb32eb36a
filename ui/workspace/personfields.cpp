#include "ui/workspace/personfields.h"

#include <QComboBox>
#include <QLineEdit>
#include <QRegularExpression>

#include "domain/cnic.h"
#include "domain/passportnumber.h"
#include "domain/phonenumber.h"
#include "ui/officetimeedit.h"
#include "ui/workspace/panelsupport.h"

namespace caselink {

QStringList splitValues(const QString& text) {
    QStringList out;
    for (const QString& part : text.split(QRegularExpression(QStringLiteral("[,;،\\n]")))) {
        if (!part.trimmed().isEmpty()) {
            out << part.trimmed();
        }
    }
    return out;
}

PersonFields::PersonFields(RecordDialog* dialog, bool full)
    : QObject(dialog) {
    auto line = [&](const QString& name, const QString& placeholder = {}) {
        auto* edit = new QLineEdit(dialog);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        m_widgets << edit;
        return edit;
    };
    m_nameLatin = line(QStringLiteral("nameLatinEdit"), tr("e.g. Muhammad Asif"));
    m_nameUrdu = line(QStringLiteral("nameUrduEdit"), tr("e.g. محمد آصف"));
    m_nameUrdu->setLayoutDirection(Qt::RightToLeft);
    m_relation = new QComboBox(dialog);
    m_relation->addItem(tr("(none)"), QString());
    m_relation->addItem(tr("son of (s/o)"), relationKey(Relation::SonOf));
    m_relation->addItem(tr("daughter of (d/o)"), relationKey(Relation::DaughterOf));
    m_relation->addItem(tr("wife of (w/o)"), relationKey(Relation::WifeOf));
    m_widgets << m_relation;
    m_relative = line(QStringLiteral("relativeEdit"), tr("father's or husband's name"));
    m_sex = new QComboBox(dialog);
    m_sex->addItem(tr("Unknown"), sexKey(Sex::Unknown));
    m_sex->addItem(tr("Male"), sexKey(Sex::Male));
    m_sex->addItem(tr("Female"), sexKey(Sex::Female));
    m_sex->addItem(tr("Other"), sexKey(Sex::Other));
    m_widgets << m_sex;
    m_birth = line(QStringLiteral("birthDateEdit"), tr("DD-MM-YYYY"));
    m_cnic = line(QStringLiteral("cnicEdit"), tr("12345-1234567-1"));
    m_phones = line(QStringLiteral("phonesEdit"), tr("0300 1234567, +92 321 7654321"));
    for (QLineEdit* digits : {m_birth, m_cnic, m_phones}) {
        keepLeftToRight(digits);
    }
    m_passports = line(QStringLiteral("passportsEdit"), tr("AB1234567"));
    m_aliases = line(QStringLiteral("aliasesEdit"), tr("other names, separated by commas"));

    dialog->addField(tr("Name (English)"), m_nameLatin, [this] { return checkName(); });
    dialog->addField(tr("Name (Urdu)"), m_nameUrdu);
    dialog->addField(tr("Lineage"), m_relation);
    dialog->addField(tr("Father's / husband's name"), m_relative);
    dialog->addField(tr("Sex"), m_sex);
    dialog->addField(tr("CNIC"), m_cnic, [this] { return checkCnic(); });
    dialog->addField(tr("Phones"), m_phones, [this] { return checkPhones(); });
    dialog->addField(tr("Passports"), m_passports, [this] { return checkPassports(); });
    if (full) {
        dialog->addField(tr("Date of birth"), m_birth, [this] {
            return m_enabled ? checkDateText(m_birth->text(), false, true) : std::vector<Issue>{};
        });
        dialog->addField(tr("Aliases"), m_aliases);
    } else {
        m_birth->hide();
        m_aliases->hide();
    }
}

void PersonFields::setEnabled(bool enabled) {
    m_enabled = enabled;
    for (QWidget* w : std::as_const(m_widgets)) {
        w->setEnabled(enabled);
    }
}

Sex PersonFields::sex() const {
    return sexFromKey(m_sex->currentData().toString());
}

std::vector<Issue> PersonFields::checkName() const {
    if (!m_enabled || !m_nameLatin->text().trimmed().isEmpty() || !m_nameUrdu->text().trimmed().isEmpty()) {
        return {};
    }
    return {{Severity::Error, QStringLiteral("person.name_missing"), tr("Enter the name in English or in Urdu.")}};
}

std::vector<Issue> PersonFields::checkCnic() const {
    if (!m_enabled || m_cnic->text().trimmed().isEmpty()) {
        return {};
    }
    auto checked = validateCnic(m_cnic->text());
    std::vector<Issue> issues = checked.issues;
    if (checked.value) {
        if (auto mismatch = checkCnicSex(*checked.value, sex())) {
            issues.push_back(*mismatch);
        }
    }
    return issues;
}

std::vector<Issue> PersonFields::checkPhones() const {
    std::vector<Issue> issues;
    if (!m_enabled) {
        return issues;
    }
    for (const QString& phone : splitValues(m_phones->text())) {
        const auto checked = validatePhoneNumber(phone);
        issues.insert(issues.end(), checked.issues.begin(), checked.issues.end());
    }
    return issues;
}

std::vector<Issue> PersonFields::checkPassports() const {
    std::vector<Issue> issues;
    if (!m_enabled) {
        return issues;
    }
    for (const QString& passport : splitValues(m_passports->text())) {
        const auto checked = validatePassportNumber(passport);
        issues.insert(issues.end(), checked.issues.begin(), checked.issues.end());
    }
    return issues;
}

void PersonFields::load(const Person& p) {
    m_nameLatin->setText(p.nameLatin);
    m_nameUrdu->setText(p.nameUrdu);
    m_relation->setCurrentIndex(std::max(0, m_relation->findData(relationKey(p.relation))));
    m_relative->setText(p.relativeLatin.isEmpty() ? p.relativeUrdu : p.relativeLatin);
    m_sex->setCurrentIndex(std::max(0, m_sex->findData(sexKey(p.sex))));
    m_birth->setText(displayDate(p.birthDate));
    m_cnic->setText(p.cnic.isEmpty() ? QString() : Cnic{p.cnic}.display());
    m_phones->setText(p.phones.join(QStringLiteral(", ")));
    QStringList passports;
    for (const PersonPassport& pp : p.passports) {
        passports << pp.number;
    }
    m_passports->setText(passports.join(QStringLiteral(", ")));
    m_aliases->setText(p.aliases.join(QStringLiteral(", ")));
}

Person PersonFields::apply(Person p) const {
    p.nameLatin = m_nameLatin->text().trimmed();
    p.nameUrdu = m_nameUrdu->text().trimmed();
    p.relation = relationFromKey(m_relation->currentData().toString());
    const QString relative = m_relative->text().trimmed();
    const bool urduRelative = relative.contains(QRegularExpression(QStringLiteral("[\\x{0600}-\\x{06FF}]")));
    p.relativeLatin = urduRelative ? QString() : relative;
    p.relativeUrdu = urduRelative ? relative : p.relativeUrdu;
    p.sex = sex();
    if (!m_birth->isHidden()) {
        p.birthDate = parseDateText(m_birth->text());
        p.aliases = splitValues(m_aliases->text());
    }
    p.cnic = m_cnic->text().trimmed();
    p.phones = splitValues(m_phones->text());
    std::vector<PersonPassport> passports;
    for (const QString& number : splitValues(m_passports->text())) {
        PersonPassport pp;
        for (const PersonPassport& old : p.passports) {
            if (old.number == number) {
                pp = old;
            }
        }
        pp.number = number;
        passports.push_back(pp);
    }
    p.passports = std::move(passports);
    return p;
}

} // namespace caselink
