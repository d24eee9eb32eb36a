// The identity fields of a person as the create dialogs and the person editor show them: names in both scripts,
// lineage, sex, CNIC, phones and passports, each checked with the domain validators as typed.
#pragma once

#include <QWidget>

#include "domain/person.h"
#include "ui/workspace/recorddialog.h"

class QComboBox;
class QLineEdit;

namespace caselink {

class PersonFields : public QObject {
    Q_OBJECT
public:
    // Adds the fields to dialog as rows; phones and passports take several values separated by commas.
    PersonFields(RecordDialog* dialog, bool full);

    // Errors only count while enabled (a dialog that picks an existing person disables them).
    void setEnabled(bool enabled);
    void load(const Person& person);
    // person with the typed values applied (the id and what the fields do not show are kept).
    Person apply(Person person) const;

    QLineEdit* nameLatin() const { return m_nameLatin; }
    QLineEdit* nameUrdu() const { return m_nameUrdu; }
    QLineEdit* cnic() const { return m_cnic; }
    QLineEdit* phones() const { return m_phones; }
    QLineEdit* passports() const { return m_passports; }
    QList<QWidget*> widgets() const { return m_widgets; }

private:
    std::vector<Issue> checkName() const;
    std::vector<Issue> checkCnic() const;
    std::vector<Issue> checkPhones() const;
    std::vector<Issue> checkPassports() const;
    Sex sex() const;

    bool m_enabled = true;
    QLineEdit* m_nameLatin = nullptr;
    QLineEdit* m_nameUrdu = nullptr;
    QComboBox* m_relation = nullptr;
    QLineEdit* m_relative = nullptr;
    QComboBox* m_sex = nullptr;
    QLineEdit* m_birth = nullptr;
    QLineEdit* m_cnic = nullptr;
    QLineEdit* m_phones = nullptr;
    QLineEdit* m_passports = nullptr;
    QLineEdit* m_aliases = nullptr;
    QList<QWidget*> m_widgets;
};

QStringList splitValues(const QString& text);

} // namespace caselink
