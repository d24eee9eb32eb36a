// Preferences: interface language (applies after a restart) and the auto-lock idle time.
#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace caselink {

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    void accept() override;

private:
    QComboBox* m_language = nullptr;
    QSpinBox* m_autoLock = nullptr;
};

} // namespace caselink
