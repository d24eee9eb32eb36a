// The interface language: loads the embedded translation, sets the layout direction and, for Urdu, a font that
// shapes Urdu correctly (Noto Naskh Arabic; Qt 6.4 mis-shapes Noto Nastaliq).
#pragma once

#include <QString>
#include <QStringList>
#include <Qt>

class QDialogButtonBox;
class QMessageBox;

namespace caselink {

// Language codes the application ships: "en" (source strings) and "ur".
QStringList availableLanguages();
// The language's own name ("English", "اردو"), for the language chooser.
QString languageNativeName(const QString& code);
// Installs the translators and layout for code on the running QApplication, replacing a previous choice.
// Returns false when the code is unknown or its catalogue is missing (English is installed instead).
bool applyLanguage(const QString& code);
QString currentLanguage();
// Gives a button box's standard buttons (OK, Cancel, Close, ...) translated texts. Qt's own catalogue (qtbase) has
// no Urdu, so without this they would stay English in an Urdu interface. Call after the buttons are added.
void translateStandardButtons(QDialogButtonBox* box);
void translateStandardButtons(QMessageBox* box);
// The font family preferred for Urdu text.
QString urduFontFamily();

// Bidi helpers for word-wrapped labels, whose paragraph direction Qt takes from the first strong character rather
// than from the layout. In a right-to-left interface:
// - a translated sentence gets a leading right-to-left mark, so one that starts with a path or a name still reads
//   right to left;
QString interfaceParagraph(const QString& text);
// - Latin data (paths, user names), alone or inside a sentence, is marked left-to-right so its slashes and dots
//   stay in place.
QString isolatedLatin(const QString& text);
// - a label that shows only Latin data (a path) keeps left-to-right order but sits on the layout's leading edge.
Qt::Alignment leadingAlignment();

} // namespace caselink
