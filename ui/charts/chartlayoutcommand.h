// The undo step of a layout edit (a drag, a pin, a layout run): every node's position and pin before and after.
#pragma once

#include <QUndoCommand>

#include "ui/charts/chartworkspace.h"

namespace caselink {

// Positions and pins before and after one layout edit (a drag, a pin, a layout run).
class ChartLayoutCommand : public QUndoCommand {
public:
    ChartLayoutCommand(ChartWorkspace* w, const QString& text, std::vector<QPointF> beforePos,
                       std::vector<bool> beforePins)
        : QUndoCommand(text)
        , m_w(w)
        , m_beforePos(std::move(beforePos))
        , m_beforePins(std::move(beforePins))
        , m_afterPos(w->positions())
        , m_afterPins(w->pins()) {}
    void undo() override { m_w->applyPositions(m_beforePos, m_beforePins); }
    void redo() override { m_w->applyPositions(m_afterPos, m_afterPins); }

private:
    ChartWorkspace* m_w;
    std::vector<QPointF> m_beforePos;
    std::vector<bool> m_beforePins;
    std::vector<QPointF> m_afterPos;
    std::vector<bool> m_afterPins;
};

} // namespace caselink
