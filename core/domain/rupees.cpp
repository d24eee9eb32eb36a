#include "domain/rupees.h"

#include <QCoreApplication>

namespace caselink {

using namespace Qt::StringLiterals;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::Rupees)
};

constexpr qint64 kLakh = 100'000;
constexpr qint64 kCrore = 10'000'000;

} // namespace

QString groupLakh(qint64 value) {
    QString digits = QString::number(value);
    if (digits.size() <= 3) {
        return digits;
    }
    QString out = digits.right(3);
    digits.chop(3);
    while (digits.size() > 2) {
        out.prepend(digits.right(2) + u',');
        digits.chop(2);
    }
    return digits + u',' + out;
}

QString inUnits(qint64 value, qint64 unit) {
    const qint64 hundredths = (value * 100 + unit / 2) / unit;
    QString text = QString::number(hundredths / 100);
    if (const qint64 rest = hundredths % 100; rest != 0) {
        text += u'.' + (rest % 10 == 0 ? QString::number(rest / 10) : u"%1"_s.arg(rest, 2, 10, QChar(u'0')));
    }
    return text;
}

std::pair<QString, QString> rupeesParts(const Money& pkr) {
    const qint64 rupees = pkr.minorUnits / 100;
    QString figure = groupLakh(rupees);
    if (const qint64 paisa = pkr.minorUnits % 100; paisa != 0) {
        figure += u'.' + u"%1"_s.arg(paisa, 2, 10, QChar(u'0'));
    }
    const QString text = Tr::tr("PKR %1").arg(figure);
    if (rupees >= kCrore) {
        return {text, Tr::tr("(%1 crore)").arg(inUnits(rupees, kCrore))};
    }
    if (rupees >= kLakh) {
        return {text, Tr::tr("(%1 lakh)").arg(inUnits(rupees, kLakh))};
    }
    return {text, {}};
}

QString rupeesText(const Money& pkr) {
    const auto [amount, words] = rupeesParts(pkr);
    return words.isEmpty() ? amount : amount + u' ' + words;
}

QString rupeesShort(const Money& pkr) {
    const qint64 rupees = pkr.minorUnits / 100;
    if (rupees >= kCrore) {
        return Tr::tr("PKR %1 crore").arg(inUnits(rupees, kCrore));
    }
    if (rupees >= kLakh) {
        // One decimal is what a reader takes in at a glance on a chart ("12.3 lakh").
        const qint64 tenths = (rupees * 10 + kLakh / 2) / kLakh;
        return Tr::tr("PKR %1 lakh")
            .arg(tenths % 10 ? u"%1.%2"_s.arg(tenths / 10).arg(tenths % 10) : QString::number(tenths / 10));
    }
    return Tr::tr("PKR %1").arg(groupLakh(rupees));
}

} // namespace caselink
