#include "language.h"

#include <memory>

#include <QApplication>
#include <QDialogButtonBox>
#include <QFont>
#include <QFontDatabase>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QTranslator>

namespace caselink {

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLanguage, "caselink.ui.language")

namespace {

struct LanguageState {
    std::unique_ptr<QTranslator> translator;
    QString code = u"en"_s;
    QFont originalFont;
    bool fontSaved = false;
};

LanguageState& state() {
    static LanguageState s;
    return s;
}

void useEnglish() {
    auto& s = state();
    if (s.translator) {
        QCoreApplication::removeTranslator(s.translator.get());
        s.translator.reset();
    }
    if (s.fontSaved) {
        QApplication::setFont(s.originalFont);
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::Pakistan));
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
    s.code = u"en"_s;
}

void useUrduFont() {
    auto& s = state();
    if (!s.fontSaved) {
        s.originalFont = QApplication::font();
        s.fontSaved = true;
    }
    QFont font = s.originalFont;
    // Naskh first for Urdu glyphs; the platform family stays behind it for Latin text such as file paths.
    font.setFamilies({urduFontFamily(), s.originalFont.family()});
    // Naskh needs a little more size than Latin text to stay legible.
    if (font.pointSizeF() > 0) {
        font.setPointSizeF(font.pointSizeF() * 1.1);
    }
    QApplication::setFont(font);
}

} // namespace

QStringList availableLanguages() {
    return {u"en"_s, u"ur"_s};
}

QString languageNativeName(const QString& code) {
    if (code == u"ur"_s) {
        return u"اردو"_s;
    }
    return u"English"_s;
}

QString urduFontFamily() {
    return u"Noto Naskh Arabic"_s;
}

QString currentLanguage() {
    return state().code;
}

QString interfaceParagraph(const QString& text) {
    if (QGuiApplication::layoutDirection() != Qt::RightToLeft || text.isEmpty()) {
        return text;
    }
    return QChar(0x200F) + text; // RIGHT-TO-LEFT MARK
}

QString isolatedLatin(const QString& text) {
    if (QGuiApplication::layoutDirection() != Qt::RightToLeft) {
        return text;
    }
    // Left-to-right marks rather than isolates (U+2066..2069): Qt 6.4 does not honour isolates, so a path's leading
    // slash would otherwise jump to the far end.
    const QChar mark(0x200E);
    return mark + text + mark;
}

Qt::Alignment leadingAlignment() {
    return Qt::AlignAbsolute | Qt::AlignVCenter |
           (QGuiApplication::layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft);
}

bool applyLanguage(const QString& code) {
    useEnglish();
    if (code == u"en"_s) {
        return true;
    }
    if (code != u"ur"_s) {
        qCWarning(lcLanguage) << "unknown language code, using English";
        return false;
    }
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(u":/i18n/caselink_ur.qm"_s)) {
        qCWarning(lcLanguage) << "Urdu catalogue missing from resources, using English";
        return false;
    }
    if (!QFontDatabase::families().contains(urduFontFamily())) {
        qCWarning(lcLanguage) << "font" << urduFontFamily() << "is not installed; Urdu may render poorly";
    }
    QCoreApplication::installTranslator(translator.get());
    state().translator = std::move(translator);
    QLocale::setDefault(QLocale(QLocale::Urdu, QLocale::Pakistan));
    QGuiApplication::setLayoutDirection(Qt::RightToLeft);
    useUrduFont();
    state().code = code;
    return true;
}

namespace {
struct ButtonText {
    Q_DECLARE_TR_FUNCTIONS(caselink::DialogButtons)
};
} // namespace

// The standard buttons CaseLink uses, with their texts for our own catalogue.
const std::pair<QDialogButtonBox::StandardButton, const char*>* standardButtonTexts(std::size_t& count) {
    static const std::pair<QDialogButtonBox::StandardButton, const char*> texts[] = {
        {QDialogButtonBox::Ok, QT_TRANSLATE_NOOP("caselink::DialogButtons", "OK")},
        {QDialogButtonBox::Cancel, QT_TRANSLATE_NOOP("caselink::DialogButtons", "Cancel")},
        {QDialogButtonBox::Close, QT_TRANSLATE_NOOP("caselink::DialogButtons", "Close")},
        {QDialogButtonBox::Save, QT_TRANSLATE_NOOP("caselink::DialogButtons", "Save")},
        {QDialogButtonBox::Discard, QT_TRANSLATE_NOOP("caselink::DialogButtons", "Discard")},
        {QDialogButtonBox::Yes, QT_TRANSLATE_NOOP("caselink::DialogButtons", "Yes")},
        {QDialogButtonBox::No, QT_TRANSLATE_NOOP("caselink::DialogButtons", "No")},
        {QDialogButtonBox::Retry, QT_TRANSLATE_NOOP("caselink::DialogButtons", "Retry")},
    };
    count = std::size(texts);
    return texts;
}

void translateStandardButtons(QDialogButtonBox* box) {
    std::size_t count = 0;
    const auto* texts = standardButtonTexts(count);
    for (std::size_t i = 0; i < count; ++i) {
        if (QPushButton* button = box->button(texts[i].first)) {
            button->setText(ButtonText::tr(texts[i].second));
        }
    }
}

void translateStandardButtons(QMessageBox* box) {
    std::size_t count = 0;
    const auto* texts = standardButtonTexts(count);
    for (std::size_t i = 0; i < count; ++i) {
        // QMessageBox and QDialogButtonBox share the values of their standard buttons.
        if (QAbstractButton* button = box->button(static_cast<QMessageBox::StandardButton>(texts[i].first))) {
            button->setText(ButtonText::tr(texts[i].second));
        }
    }
}

} // namespace caselink
