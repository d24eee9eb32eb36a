// The interface language: loads the embedded translation, sets the layout direction and, for Urdu, a font that
// shapes Urdu correctly (Noto Naskh Arabic; Qt 6.4 mis-shapes Noto Nastaliq).
#pragma once

#include <QString>
#include <QStringList>

namespace caselink {

// Language codes the application ships: "en" (source strings) and "ur".
QStringList availableLanguages();
// The language's own name ("English", "اردو"), for the language chooser.
QString languageNativeName(const QString& code);
// Installs the translators and layout for code on the running QApplication, replacing a previous choice.
// Returns false when the code is unknown or its catalogue is missing (English is installed instead).
bool applyLanguage(const QString& code);
QString currentLanguage();
// The font family preferred for Urdu text.
QString urduFontFamily();

} // namespace caselink
