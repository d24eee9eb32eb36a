#include "models/coalescedrefresh.h"

namespace caselink {

CoalescedRefresh::CoalescedRefresh(std::function<void()> refresh, QObject* parent)
    : QObject(parent)
    , m_refresh(std::move(refresh)) {
}

void CoalescedRefresh::schedule() {
    if (m_pending) {
        return;
    }
    m_pending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_pending) {
                m_pending = false;
                m_refresh();
            }
        },
        Qt::QueuedConnection);
}

} // namespace caselink
