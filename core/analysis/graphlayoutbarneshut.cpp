#include "analysis/graphlayoutbarneshut.h"

#include <cmath>

#include <QCoreApplication>

namespace caselink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::LayoutOptions)
};

// A quadtree in flat arrays: cell i covers [x, x+size) x [y, y+size); mass and centre of mass of what is inside.
class QuadTree {
public:
    void build(const std::vector<QPointF>& xy) {
        m_cells.clear();
        m_cells.reserve(xy.size() * 3);
        double minX = 1e300, minY = 1e300, maxX = -1e300, maxY = -1e300;
        for (const QPointF& p : xy) {
            minX = std::min(minX, p.x());
            minY = std::min(minY, p.y());
            maxX = std::max(maxX, p.x());
            maxY = std::max(maxY, p.y());
        }
        const double size = std::max(maxX - minX, maxY - minY) * 1.0001 + 1e-9;
        m_cells.push_back(Cell{minX, minY, size});
        for (int i = 0; i < int(xy.size()); ++i) {
            insert(0, i, xy[std::size_t(i)], 0);
        }
    }

    // Repulsive force on point p (body i) from every body, cells far enough away taken whole.
    QPointF repulsion(int i, QPointF p, double theta2, double ck2) const {
        QPointF f;
        // Depth is at most 49 and each visit replaces one cell by at most four: 256 entries always suffice.
        int stack[256];
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            const Cell& c = m_cells[std::size_t(stack[--top])];
            if (c.mass == 0 || c.body == i) {
                continue;
            }
            const double dx = p.x() - c.cx / c.mass;
            const double dy = p.y() - c.cy / c.mass;
            const double d2 = dx * dx + dy * dy;
            if (c.body >= 0 || c.size * c.size < theta2 * d2) {
                const double d2safe = std::max(d2, 1e-6);
                // C K² / d along the unit vector: C K² (dx, dy) / d².
                f += QPointF(dx, dy) * (ck2 * c.mass / d2safe);
                continue;
            }
            for (int child : c.child) {
                if (child >= 0) {
                    stack[top++] = child;
                }
            }
        }
        return f;
    }

private:
    struct Cell {
        double x = 0, y = 0, size = 0;
        double cx = 0, cy = 0, mass = 0;
        int body = -1; // the single body of a leaf, -1 for an empty or inner cell
        int child[4] = {-1, -1, -1, -1};
    };

    void insert(int cell, int body, QPointF p, int depth) {
        while (true) {
            Cell& c = m_cells[std::size_t(cell)];
            const bool empty = c.mass == 0;
            const bool leaf = c.child[0] < 0 && c.child[1] < 0 && c.child[2] < 0 && c.child[3] < 0;
            c.cx += p.x();
            c.cy += p.y();
            c.mass += 1;
            if (empty) {
                c.body = body;
                return;
            }
            if (depth > 48) { // coincident points: keep them together in this cell
                c.body = -1;
                return;
            }
            if (leaf && c.body >= 0) {
                const int old = c.body;
                c.body = -1;
                const QPointF q = m_oldPos(old);
                const int into = childFor(cell, q);
                Cell& oc = m_cells[std::size_t(into)];
                oc.cx += q.x();
                oc.cy += q.y();
                oc.mass += 1;
                oc.body = old;
            }
            cell = childFor(cell, p);
            ++depth;
            Cell& next = m_cells[std::size_t(cell)];
            if (next.mass == 0) {
                next.cx = p.x();
                next.cy = p.y();
                next.mass = 1;
                next.body = body;
                return;
            }
        }
    }

    int childFor(int cell, QPointF p) {
        const Cell c = m_cells[std::size_t(cell)];
        const double half = c.size / 2;
        const int qx = p.x() >= c.x + half ? 1 : 0;
        const int qy = p.y() >= c.y + half ? 1 : 0;
        const int q = qy * 2 + qx;
        if (c.child[q] < 0) {
            Cell child{c.x + qx * half, c.y + qy * half, half};
            m_cells.push_back(child);
            m_cells[std::size_t(cell)].child[q] = int(m_cells.size() - 1);
        }
        return m_cells[std::size_t(cell)].child[q];
    }

    QPointF m_oldPos(int body) const { return (*m_xy)[std::size_t(body)]; }

public:
    const std::vector<QPointF>* m_xy = nullptr;

private:
    std::vector<Cell> m_cells;
};

} // namespace

Status barnesHutLayout(std::vector<QPointF>& xy, const std::vector<std::pair<int, int>>& edges,
                       const std::vector<bool>& pinned, const BarnesHutOptions& o, const std::atomic_bool* cancel,
                       const std::function<void(int)>& progress) {
    const std::size_t n = xy.size();
    if (n < 2) {
        return ok();
    }
    constexpr double kC = 0.2;
    const double ck2 = kC * o.k * o.k;
    const double theta2 = o.theta * o.theta;
    QuadTree tree;
    tree.m_xy = &xy;
    std::vector<QPointF> force(n);
    double step = o.initialStep > 0 ? o.initialStep : o.k * std::sqrt(double(n)) / 10.0 + o.k;
    double previousEnergy = 1e300;
    int progressCount = 0;
    int lastPercent = -1;
    for (int it = 0; it < o.iterations; ++it) {
        if (cancel && cancel->load()) {
            return fail(ErrorCode::Usage, Tr::tr("The layout was cancelled."));
        }
        tree.build(xy);
        for (std::size_t i = 0; i < n; ++i) {
            force[i] = tree.repulsion(int(i), xy[i], theta2, ck2);
        }
        for (const auto& [a, b] : edges) {
            const QPointF d = xy[std::size_t(b)] - xy[std::size_t(a)];
            const double dist = std::sqrt(d.x() * d.x() + d.y() * d.y());
            const QPointF pull = d * (dist / o.k); // d² / K along the unit vector
            force[std::size_t(a)] += pull;
            force[std::size_t(b)] -= pull;
        }
        double energy = 0;
        for (std::size_t i = 0; i < n; ++i) {
            if (pinned[i]) {
                continue;
            }
            const double len = std::sqrt(force[i].x() * force[i].x() + force[i].y() * force[i].y());
            energy += len * len;
            if (len > 0) {
                xy[i] += force[i] * (step / len);
            }
        }
        // Hu's adaptive cooling: grow the step after five improvements in a row, shrink it otherwise.
        if (energy < previousEnergy) {
            if (++progressCount >= 5) {
                progressCount = 0;
                step /= 0.9;
            }
        } else {
            progressCount = 0;
            step *= 0.9;
        }
        previousEnergy = energy;
        const int percent = (it + 1) * 100 / o.iterations;
        if (progress && percent != lastPercent) {
            progress(percent);
            lastPercent = percent;
        }
        if (step < o.k * 0.02) { // moves under 2% of an edge: the picture no longer changes
            break;
        }
    }
    return ok();
}

} // namespace caselink
