// How a chart looks, shared by the interactive view (ui/charts) and the vector painter for reports (chartpainter.h):
// the symbol and colour of each node kind and role, role names, the community palette.
#pragma once

#include <QColor>
#include <QFont>
#include <QPainter>
#include <QRectF>

#include "analysis/graph.h"

namespace caselink {

QColor nodeColour(const ChartNode& node);
QColor edgeColour(EdgeType type);
QColor communityColour(int community);
QString roleName(const QString& role); // translated; empty for none
// Draws the node's symbol (person, organisation, case, phone, document, address, incident) filling rect, with a
// role badge (K kingpin, A agent, S sub-agent, V victim, a cross for a deceased victim).
void paintNodeSymbol(QPainter& painter, const QRectF& rect, const ChartNode& node, const QColor& fill);
// The label to show: Urdu when asked and the node has one, else the Latin label.
QString displayLabel(const ChartNode& node, bool urdu);

} // namespace caselink
