#include "inactivitytimer.h"

#include <QCoreApplication>
#include <QEvent>

namespace caselink {

InactivityTimer::InactivityTimer(QObject* parent)
    : QObject(parent) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &InactivityTimer::timeout);
}

InactivityTimer::~InactivityTimer() {
    deactivate();
}

void InactivityTimer::setInterval(int milliseconds) {
    m_timer.setInterval(milliseconds);
    if (m_active) {
        m_timer.start();
    }
}

void InactivityTimer::activate() {
    if (!m_active) {
        // Filtering on the application object sees input for every window, including dialogs.
        QCoreApplication::instance()->installEventFilter(this);
        m_active = true;
    }
    m_timer.start();
}

void InactivityTimer::deactivate() {
    if (m_active) {
        QCoreApplication::instance()->removeEventFilter(this);
        m_active = false;
    }
    m_timer.stop();
}

bool InactivityTimer::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::Shortcut:
        if (m_active) {
            m_timer.start();
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void InactivityTimer::timeout() {
    // Deactivate first: a slot that opens a modal dialog must not be re-entered by the next timeout.
    deactivate();
    emit inactivityDetected();
}

} // namespace caselink
