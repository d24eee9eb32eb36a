// Every question CaseLink asks in a modal box goes through here, so that tests can answer it (setNextAnswer) instead of
// a box waiting for a click nobody makes - KeePassXC's MessageBox idea.
#pragma once

#include <optional>

#include <QMessageBox>

namespace caselink {

class MessageBox {
public:
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static QMessageBox::StandardButton warning(QWidget* parent, const QString& title, const QString& text,
                                               QMessageBox::StandardButtons buttons,
                                               QMessageBox::StandardButton defaultButton);

    // The answer the next box gives without being shown (tests); cleared when used.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // The text of the last box asked, shown or answered by setNextAnswer (tests read it).
    static QString lastText();

private:
    static QMessageBox::StandardButton ask(QMessageBox::Icon icon, QWidget* parent, const QString& title,
                                           const QString& text, QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton defaultButton);
};

} // namespace caselink
