// A burst of changes (a merge, an import, another process's commits) becomes one refresh, run from the event loop
// after the writer has returned. Views hold one and call schedule() from their change handler; a refresh that ran for
// another reason calls done() so the pending one is dropped.
#pragma once

#include <functional>

#include <QObject>

namespace caselink {

class CoalescedRefresh : public QObject {
    Q_OBJECT

public:
    CoalescedRefresh(std::function<void()> refresh, QObject* parent);

    void schedule();
    bool isPending() const { return m_pending; }
    void done() { m_pending = false; }

private:
    std::function<void()> m_refresh;
    bool m_pending = false;
};

} // namespace caselink
