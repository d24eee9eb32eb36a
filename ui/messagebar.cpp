#include "messagebar.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QResizeEvent>
#include <QToolButton>

#include "ui/language.h"

namespace caselink {

using namespace Qt::StringLiterals;

namespace {

struct Look {
    QString icon;
    QString style;
};

Look lookFor(MessageBar::Type type) {
    switch (type) {
    case MessageBar::Type::Error:
        return {u":/icons/error.svg"_s, u"background:#fdecea; border:1px solid #e0a8a3; color:#611a15;"_s};
    case MessageBar::Type::Warning:
        return {u":/icons/warning.svg"_s, u"background:#fff4e5; border:1px solid #f0c27a; color:#663c00;"_s};
    case MessageBar::Type::Info:
        break;
    }
    return {u":/icons/info.svg"_s, u"background:#e8f1fb; border:1px solid #9cc0e8; color:#0d3c61;"_s};
}

} // namespace

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this)) {
    setObjectName(u"messageBar"_s);
    m_text->setObjectName(u"messageText"_s);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_close->setIcon(QIcon(u":/icons/close.svg"_s));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close message"));
    m_close->setAccessibleName(tr("Close message"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 4, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_close, &QToolButton::clicked, this, &MessageBar::dismiss);
    hide();
}

void MessageBar::showMessage(const QString& text, Type type) {
    m_type = type;
    const Look look = lookFor(type);
    // Scoped to this frame so the child labels and button keep their own look.
    setStyleSheet(u"QFrame#messageBar { %1 border-radius:4px; } QLabel { border:none; background:transparent; }"_s.arg(
        look.style));
    m_icon->setPixmap(QIcon(look.icon).pixmap(20, 20));
    m_text->setText(interfaceParagraph(text));
    show();
    claimHeight();
}

void MessageBar::resizeEvent(QResizeEvent* event) {
    QFrame::resizeEvent(event);
    claimHeight();
}

void MessageBar::claimHeight() {
    // The layout works inside the frame's border (drawn by the style sheet), which the bar must add.
    const int border = height() - contentsRect().height();
    const int inner = width() - contentsRect().width();
    const int needed = layout()->hasHeightForWidth() ? layout()->heightForWidth(width() - inner) + border : -1;
    if (needed > 0 && needed != minimumHeight()) {
        setMinimumHeight(needed);
    }
}

QString MessageBar::text() const {
    if (isHidden()) {
        return QString();
    }
    QString shown = m_text->text();
    // Callers compare with what they passed in, without the bidi mark added for display.
    if (shown.startsWith(QChar(0x200F))) {
        shown.remove(0, 1);
    }
    return shown;
}

void MessageBar::dismiss() {
    m_text->clear();
    hide();
    emit dismissed();
}

} // namespace caselink
