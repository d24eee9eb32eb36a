// A paint device that passes everything drawn on it to a painter on the real page, except text that lies wholly
// outside the page's visible band. QTextLayout draws one line more than its clip asks for (the last line above the
// clip of a paragraph that crosses a page boundary); clipped away on paper, that line would still be in the PDF's
// text layer, so a search or pdftotext would find it on two pages.
#pragma once

#include <memory>

#include <QPaintDevice>
#include <QRectF>

class QPainter;

namespace caselink {

class CaseFilePageEngine;

class CaseFilePageDevice : public QPaintDevice {
public:
    // target: an active painter on the page (its clip is left alone); band: the visible area in device pixels.
    CaseFilePageDevice(QPainter& target, const QPaintDevice& page, const QRectF& band);
    ~CaseFilePageDevice() override;

    QPaintEngine* paintEngine() const override;

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    const QPaintDevice& m_page;
    std::unique_ptr<CaseFilePageEngine> m_engine;
};

} // namespace caselink
