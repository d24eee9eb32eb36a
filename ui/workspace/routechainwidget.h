// A route drawn as an ordered chain of places (Gujrat -> Quetta -> Taftan -> ...), one chain per traveller, each
// hop labelled with its mode, date, border point and outcome. Wraps to the width and flows right to left in Urdu.
#pragma once

#include <vector>

#include <QStringList>
#include <QWidget>

namespace caselink {

class RouteChainWidget : public QWidget {
    Q_OBJECT
public:
    struct Chain {
        QString traveller;
        QStringList places; // n places
        QStringList hops;   // n - 1 hop labels
    };

    explicit RouteChainWidget(QWidget* parent = nullptr);

    void setChains(std::vector<Chain> chains);
    const std::vector<Chain>& chains() const { return m_chains; }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Item {
        enum Kind { Title, Place, Hop } kind;
        QRect rect; // left-to-right coordinates; mirrored when painting right to left
        QString text;
    };
    std::vector<Item> layoutFor(int width, int* height) const;

    std::vector<Chain> m_chains;
};

} // namespace caselink
