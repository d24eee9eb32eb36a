// An inline message strip (icon, text, close button) for recoverable problems and notices, so that errors appear
// where the user is working instead of only in modal boxes.
#pragma once

#include <QFrame>

class QLabel;
class QResizeEvent;
class QToolButton;

namespace caselink {

class MessageBar : public QFrame {
    Q_OBJECT
public:
    enum class Type { Error, Warning, Info };

    explicit MessageBar(QWidget* parent = nullptr);

    void showMessage(const QString& text, Type type);
    Type type() const { return m_type; }
    QString text() const;

public slots:
    void dismiss();

signals:
    void dismissed();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    // A wrapped message needs more height at a narrower width; the parent layout does not ask, so the bar claims it.
    void claimHeight();

    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
    QToolButton* m_close = nullptr;
    Type m_type = Type::Info;
};

} // namespace caselink
