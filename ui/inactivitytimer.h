// Watches the whole application for keyboard and mouse input and reports when there has been none for the
// configured interval; the main window locks the database then.
#pragma once

#include <QObject>
#include <QTimer>

namespace caselink {

class InactivityTimer : public QObject {
    Q_OBJECT
public:
    explicit InactivityTimer(QObject* parent = nullptr);
    ~InactivityTimer() override;

    void setInterval(int milliseconds);
    int interval() const { return m_timer.interval(); }
    void activate();
    void deactivate();
    bool isActive() const { return m_active; }

signals:
    void inactivityDetected();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void timeout();

    QTimer m_timer;
    bool m_active = false;
};

} // namespace caselink
