#include "io/casefilepagedevice.h"

#include <QPaintEngine>
#include <QPainter>
#include <QTextItem>

namespace caselink {

class CaseFilePageEngine : public QPaintEngine {
public:
    CaseFilePageEngine(QPainter& target, const QRectF& band)
        : QPaintEngine(AllFeatures)
        , m_target(target)
        , m_band(band) {}

    bool begin(QPaintDevice*) override { return true; }
    bool end() override { return true; }
    Type type() const override { return User; }

    void updateState(const QPaintEngineState& state) override {
        const DirtyFlags flags = state.state();
        if (flags & DirtyPen) {
            m_target.setPen(state.pen());
        }
        if (flags & DirtyBrush) {
            m_target.setBrush(state.brush());
        }
        if (flags & DirtyBrushOrigin) {
            m_target.setBrushOrigin(state.brushOrigin());
        }
        if (flags & DirtyFont) {
            m_target.setFont(state.font());
        }
        if (flags & DirtyBackground) {
            m_target.setBackground(state.backgroundBrush());
        }
        if (flags & DirtyBackgroundMode) {
            m_target.setBackgroundMode(state.backgroundMode());
        }
        if (flags & DirtyTransform) {
            m_transform = state.transform();
            m_target.setTransform(m_transform);
        }
        if (flags & DirtyHints) {
            m_target.setRenderHints(state.renderHints());
        }
        if (flags & DirtyOpacity) {
            m_target.setOpacity(state.opacity());
        }
    }

    void drawTextItem(const QPointF& p, const QTextItem& item) override {
        const QPointF at = m_transform.map(p);
        const qreal scale = m_transform.m22();
        if (at.y() + item.descent() * scale < m_band.top() || at.y() - item.ascent() * scale > m_band.bottom()) {
            return; // wholly outside the visible band: it belongs to another page
        }
        m_target.drawTextItem(p, item);
    }

    void drawPixmap(const QRectF& r, const QPixmap& pixmap, const QRectF& source) override {
        m_target.drawPixmap(r, pixmap, source);
    }
    void drawImage(const QRectF& r, const QImage& image, const QRectF& source, Qt::ImageConversionFlags) override {
        m_target.drawImage(r, image, source);
    }
    void drawPath(const QPainterPath& path) override { m_target.drawPath(path); }
    void drawPolygon(const QPointF* points, int count, PolygonDrawMode mode) override {
        if (mode == PolylineMode) {
            m_target.drawPolyline(points, count);
        } else {
            m_target.drawPolygon(points, count, mode == WindingMode ? Qt::WindingFill : Qt::OddEvenFill);
        }
    }
    void drawRects(const QRectF* rects, int count) override { m_target.drawRects(rects, count); }
    void drawLines(const QLineF* lines, int count) override { m_target.drawLines(lines, count); }

private:
    QPainter& m_target;
    QRectF m_band;
    QTransform m_transform;
};

CaseFilePageDevice::CaseFilePageDevice(QPainter& target, const QPaintDevice& page, const QRectF& band)
    : m_page(page)
    , m_engine(std::make_unique<CaseFilePageEngine>(target, band)) {
}

CaseFilePageDevice::~CaseFilePageDevice() = default;

QPaintEngine* CaseFilePageDevice::paintEngine() const {
    return m_engine.get();
}

int CaseFilePageDevice::metric(PaintDeviceMetric metric) const {
    switch (metric) {
    case PdmWidth:
        return m_page.width();
    case PdmHeight:
        return m_page.height();
    case PdmWidthMM:
        return m_page.widthMM();
    case PdmHeightMM:
        return m_page.heightMM();
    case PdmDpiX:
        return m_page.logicalDpiX();
    case PdmDpiY:
        return m_page.logicalDpiY();
    case PdmPhysicalDpiX:
        return m_page.physicalDpiX();
    case PdmPhysicalDpiY:
        return m_page.physicalDpiY();
    case PdmDepth:
        return 32;
    case PdmNumColors:
        return m_page.colorCount();
    case PdmDevicePixelRatio:
        return static_cast<int>(m_page.devicePixelRatio());
    case PdmDevicePixelRatioScaled:
        return static_cast<int>(m_page.devicePixelRatio() * devicePixelRatioFScale());
    default:
        return 0; // QPaintDevice::metric() would print "Device has no metric information" on the user's terminal
    }
}

} // namespace caselink
