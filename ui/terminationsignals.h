// Ends the application cleanly when the system asks it to (SIGTERM at logout or shutdown, SIGINT, SIGHUP): the window
// closes as if the user had closed it, so the session is locked - its audit entry written and the chain head signed,
// the key wiped - instead of the process vanishing with a session open. The signal handler only writes to a pipe; the
// work happens in the event loop (the pattern of Qt's "Calling Qt Functions From Unix Signal Handlers").
#pragma once

#include <QObject>

class QSocketNotifier;

namespace caselink {

class TerminationSignals : public QObject {
    Q_OBJECT

public:
    explicit TerminationSignals(QObject* parent = nullptr);
    ~TerminationSignals() override;

signals:
    void terminationRequested();

private:
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace caselink
