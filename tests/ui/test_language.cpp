#include <QApplication>
#include <QFontDatabase>
#include <QFontInfo>
#include <QRawFont>
#include <QTest>

#include "ui/language.h"
#include "ui/messagebar.h"

using namespace caselink;
using namespace Qt::StringLiterals;

class TestLanguage : public QObject {
    Q_OBJECT
private slots:
    void cleanup() { applyLanguage(u"en"_s); }

    void urduIsRightToLeftAndTranslated() {
        QVERIFY(applyLanguage(u"ur"_s));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        QCOMPARE(currentLanguage(), u"ur"_s);
        // A string every user sees on the unlock screen must come out in Urdu.
        const QString unlock = QCoreApplication::translate("caselink::UnlockWidget", "Unlock");
        QVERIFY2(unlock != u"Unlock"_s, "the Urdu catalogue is not embedded or lacks the string");
        QCOMPARE(unlock.at(0).script(), QChar::Script_Arabic);
    }

    void urduUsesNaskhFont() {
        if (!QFontDatabase::families().contains(urduFontFamily())) {
            QSKIP("Noto Naskh Arabic is not installed (fonts-noto-core)");
        }
        QVERIFY(applyLanguage(u"ur"_s));
        const QFont font = QApplication::font();
        QCOMPARE(font.families().value(0), urduFontFamily());
        // The resolved font must have real glyphs for Urdu letters, not boxes.
        const QRawFont raw = QRawFont::fromFont(font, QFontDatabase::Arabic);
        QVERIFY(raw.isValid());
        QVERIFY(raw.supportsCharacter(QChar(0x06D2))); // ے, an Urdu-only letter
        QVERIFY(raw.supportsCharacter(QChar(0x06BA))); // ں
    }

    void widgetsFollowTheDirection() {
        QVERIFY(applyLanguage(u"ur"_s));
        MessageBar bar;
        QCOMPARE(bar.layoutDirection(), Qt::RightToLeft);
        QVERIFY(applyLanguage(u"en"_s));
        MessageBar englishBar;
        QCOMPARE(englishBar.layoutDirection(), Qt::LeftToRight);
    }

    void englishRestoresSourceStrings() {
        QVERIFY(applyLanguage(u"ur"_s));
        QVERIFY(applyLanguage(u"en"_s));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
        QCOMPARE(QCoreApplication::translate("caselink::UnlockWidget", "Unlock"), u"Unlock"_s);
    }

    void unknownLanguageFallsBackToEnglish() {
        QVERIFY(!applyLanguage(u"xx"_s));
        QCOMPARE(currentLanguage(), u"en"_s);
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    }
};

QTEST_MAIN(TestLanguage)
#include "test_language.moc"
