#include "screenshotchecks.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QColor>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QRadioButton>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTextDocument>
#include <QToolButton>
#include <QWidget>

namespace caselink::test {

namespace {

using namespace Qt::StringLiterals;

// Pixels ignored at each edge of a rendering: a frame or a focus line around an empty pane is not content.
constexpr int kEdge = 4;

QString describe(const QWidget* widget, const QString& text) {
    const QString name = widget->objectName().isEmpty() ? QString() : u" \""_s + widget->objectName() + u'"';
    return QString::fromLatin1(widget->metaObject()->className()) + name + u": \""_s + text + u'"';
}

// What a button shows: the mnemonic ampersands are not drawn.
QString shownText(const QAbstractButton* button) {
    QString text = button->text();
    text.replace(u"&&"_s, u"\x1f"_s).remove(u'&').replace(u"\x1f"_s, u"&"_s);
    return text;
}

// A label's text needs more room than its contents rectangle (less margin and indent) gives it.
bool labelClipped(const QLabel* label) {
    const QString text = label->text();
    if (text.isEmpty() || !label->pixmap().isNull()) {
        return false;
    }
    const QRect room =
        label->contentsRect().adjusted(label->margin(), label->margin(), -label->margin(), -label->margin());
    const bool rich =
        label->textFormat() == Qt::RichText || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
    if (label->wordWrap()) {
        return label->heightForWidth(label->width()) > label->height();
    }
    if (rich) {
        QTextDocument document;
        document.setDefaultFont(label->font());
        document.setDocumentMargin(0);
        document.setHtml(text);
        return document.idealWidth() > room.width() + 1 || document.size().height() > room.height() + 1;
    }
    const QFontMetrics metrics = label->fontMetrics();
    const QStringList lines = text.split(u'\n');
    for (const QString& line : lines) {
        if (metrics.horizontalAdvance(line) > room.width()) {
            return true;
        }
    }
    return lines.size() * metrics.lineSpacing() - metrics.leading() > room.height() + 1;
}

// The room a button's style gives its label: the contents rectangle of a push button, the part of a check box or
// radio button beside its indicator. Tool buttons lay out their own text: narrower than they ask to be clips it.
bool buttonClipped(const QAbstractButton* button) {
    const QString text = shownText(button);
    if (text.isEmpty()) {
        return false;
    }
    if (const auto* tool = qobject_cast<const QToolButton*>(button)) {
        return tool->toolButtonStyle() != Qt::ToolButtonIconOnly && tool->width() < tool->sizeHint().width();
    }
    QStyleOptionButton option;
    option.initFrom(button);
    option.text = button->text();
    option.icon = button->icon();
    option.iconSize = button->iconSize();
    QStyle::SubElement element = QStyle::SE_PushButtonContents;
    if (qobject_cast<const QCheckBox*>(button)) {
        element = QStyle::SE_CheckBoxContents;
    } else if (qobject_cast<const QRadioButton*>(button)) {
        element = QStyle::SE_RadioButtonContents;
    }
    const QRect room = button->style()->subElementRect(element, &option, button);
    int needed = button->fontMetrics().horizontalAdvance(text);
    if (!button->icon().isNull()) {
        needed += button->iconSize().width() + 4; // the spacing QCommonStyle puts between icon and text
    }
    return needed > room.width();
}

// A list item's text beside its icon, within the item's rectangle less the focus frame's margins on each side.
QStringList clippedItems(const QListWidget* list) {
    QStringList out;
    const int margin = list->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, list) + 1;
    const QFontMetrics metrics = list->fontMetrics();
    for (int row = 0; row < list->count(); ++row) {
        const QListWidgetItem* item = list->item(row);
        if (item->isHidden() || item->text().isEmpty()) {
            continue;
        }
        int room = list->visualItemRect(item).width() - 2 * margin;
        if (!item->icon().isNull()) {
            room -= list->iconSize().width() + 2 * margin;
        }
        if (metrics.horizontalAdvance(item->text()) > room) {
            out << describe(list, item->text());
        }
    }
    return out;
}

} // namespace

QString blankImageProblem(const QImage& rendering) {
    if (rendering.isNull()) {
        return u"nothing rendered"_s;
    }
    const QImage image = rendering.convertToFormat(QImage::Format_RGB32);
    const QRect inner = image.rect().adjusted(kEdge, kEdge, -kEdge, -kEdge);
    if (inner.isEmpty()) {
        return u"rendered %1x%2, too small to show anything"_s.arg(image.width()).arg(image.height());
    }
    const QRgb first = image.pixel(inner.topLeft());
    for (int y = inner.top(); y <= inner.bottom(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = inner.left(); x <= inner.right(); ++x) {
            if (line[x] != first) {
                return {};
            }
        }
    }
    return u"a single colour (%1): nothing shown"_s.arg(QColor(first).name());
}

QString blankProblem(QWidget* pane) {
    if (!pane) {
        return u"no pane"_s;
    }
    const QString name = QString::fromLatin1(pane->metaObject()->className()) + u' ' + pane->objectName();
    if (!pane->isVisible()) {
        return name + u": not visible"_s;
    }
    if (pane->width() <= 0 || pane->height() <= 0) {
        return name + u": no size"_s;
    }
    const QString problem = blankImageProblem(pane->grab().toImage());
    return problem.isEmpty() ? QString() : name + u": "_s + problem;
}

QStringList clippedTexts(QWidget* root) {
    QStringList out;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* widget : widgets) {
        if (!widget->isVisibleTo(root) || !widget->isVisible()) {
            continue;
        }
        if (const auto* label = qobject_cast<QLabel*>(widget); label && labelClipped(label)) {
            out << describe(label, label->text());
        } else if (const auto* button = qobject_cast<QAbstractButton*>(widget); button && buttonClipped(button)) {
            out << describe(button, shownText(button));
        } else if (const auto* list = qobject_cast<QListWidget*>(widget)) {
            out << clippedItems(list);
        }
    }
    return out;
}

QRect rectInWindow(const QWidget* widget) {
    return QRect(widget->mapTo(widget->window(), QPoint(0, 0)), widget->size());
}

QWidget* labelFor(const QWidget* field) {
    const QList<QLabel*> labels = field->window()->findChildren<QLabel*>();
    // A form may hold the field in a cell of its own (with feedback under it): the label's buddy is then the cell.
    for (const QWidget* w = field; w && !w->isWindow(); w = w->parentWidget()) {
        for (QLabel* label : labels) {
            if (label->buddy() == w) {
                return label;
            }
        }
    }
    return nullptr;
}

QString screenProblem(QWidget* window, QWidget* pane) {
    QStringList problems;
    if (const QString blank = blankProblem(pane); !blank.isEmpty()) {
        problems << blank;
    }
    const QStringList clipped = clippedTexts(window);
    if (!clipped.isEmpty()) {
        problems << u"text cut off: "_s + clipped.join(u"; "_s);
    }
    return problems.join(u"\n"_s);
}

QString mirroringProblem(const QWidget* window, Qt::LayoutDirection expected, const QRect& start, const QRect& end) {
    if (window->layoutDirection() != expected) {
        return u"the window is laid out %1"_s.arg(window->layoutDirection() == Qt::RightToLeft ? u"right to left"_s
                                                                                               : u"left to right"_s);
    }
    const bool startOnTheRight = start.center().x() > end.center().x();
    if (startOnTheRight != (expected == Qt::RightToLeft)) {
        return u"what comes first sits on the %1 (x %2, the rest at x %3)"_s
            .arg(startOnTheRight ? u"right"_s : u"left"_s)
            .arg(start.center().x())
            .arg(end.center().x());
    }
    return {};
}

} // namespace caselink::test
