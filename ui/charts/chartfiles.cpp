#include "ui/charts/chartfiles.h"

#include <algorithm>

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QInputDialog>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QScopeGuard>
#include <QSvgGenerator>

#include "analysis/chartstore.h"
#include "io/graphexport.h"
#include "repo/repositorycontext.h"
#include "ui/charts/chartscene.h"
#include "ui/charts/chartworkspace.h"
#include "ui/messagebar.h"

namespace caselink {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::ChartFiles)
};

Status cannotWrite(const QString& path) {
    return fail(ErrorCode::Io, Tr::tr("Cannot write %1.").arg(path));
}

Status writeSvg(ChartScene& scene, const QRectF& source, const QString& title, const QString& path) {
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(source.size().toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
    svg.setTitle(title);
    QPainter painter;
    if (!painter.begin(&svg)) {
        return cannotWrite(path);
    }
    scene.render(&painter, QRectF(QPointF(0, 0), source.size()), source);
    painter.end();
    return ok();
}

Status writePdf(ChartScene& scene, const QRectF& source, const QString& title, const QString& path) {
    QPdfWriter pdf(path);
    pdf.setPageOrientation(source.width() > source.height() ? QPageLayout::Landscape : QPageLayout::Portrait);
    pdf.setTitle(title);
    QPainter painter;
    if (!painter.begin(&pdf)) {
        return cannotWrite(path);
    }
    scene.render(&painter, QRectF(), source);
    painter.end();
    return ok();
}

Status writePng(ChartScene& scene, const QRectF& source, const QString& path) {
    const double scale = std::min(2.0, 8000.0 / std::max(source.width(), source.height()));
    QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(), source);
    painter.end();
    return image.save(path, "PNG") ? ok() : cannotWrite(path);
}

} // namespace

Status exportChart(RepositoryContext& context, ChartScene& scene, const QString& title, const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (const auto format = graphFormatFromKey(suffix)) {
        return exportGraph(context, scene.data(), *format, path);
    }
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg") && suffix != QLatin1String("pdf")) {
        return fail(ErrorCode::Usage,
                    Tr::tr("Choose a file ending in .png, .svg, .pdf, .graphml, .gexf, .ftm or .anx."));
    }
    const QRectF source = scene.itemsBoundingRect().adjusted(-20, -20, 20, 20);
    const QList<QGraphicsItem*> selected = scene.selectedItems();
    scene.clearSelection(); // the picture shows the chart, not the selection
    auto restore = qScopeGuard([&] {
        for (QGraphicsItem* item : selected) {
            item->setSelected(true);
        }
    });
    // Pictures are exports too: recorded like the data formats (never with labels).
    if (auto st = context.auditRead({QStringLiteral("chart.export"), QStringLiteral("chart"), suffix,
                                     QJsonObject{{QLatin1String("format"), suffix},
                                                 {QLatin1String("nodes"), qint64(scene.data().nodes.size())}}});
        !st) {
        return st;
    }
    if (suffix == QLatin1String("svg")) {
        return writeSvg(scene, source, title, path);
    }
    if (suffix == QLatin1String("pdf")) {
        return writePdf(scene, source, title, path);
    }
    return writePng(scene, source, path);
}

void askAndSaveChart(ChartWorkspace& chart, MessageBar& bar) {
    bool accepted = false;
    const QString name = QInputDialog::getText(&chart, Tr::tr("Save chart"), Tr::tr("Name:"), QLineEdit::Normal,
                                               chart.savedName(), &accepted);
    if (!accepted) {
        return;
    }
    if (auto id = chart.saveAs(name); !id) {
        bar.showMessage(id.error().message, MessageBar::Type::Error);
    } else {
        bar.showMessage(Tr::tr("Chart saved."), MessageBar::Type::Info);
    }
}

void askAndOpenChart(ChartWorkspace& chart, RepositoryContext& context, MessageBar& bar) {
    auto charts = ChartStore(context).list();
    if (!charts) {
        bar.showMessage(charts.error().message, MessageBar::Type::Error);
        return;
    }
    if (charts->empty()) {
        bar.showMessage(Tr::tr("No saved charts yet."), MessageBar::Type::Info);
        return;
    }
    QStringList names;
    for (const SavedChart& c : *charts) {
        names << c.name;
    }
    bool accepted = false;
    const QString name =
        QInputDialog::getItem(&chart, Tr::tr("Open chart"), Tr::tr("Chart:"), names, 0, false, &accepted);
    if (!accepted) {
        return;
    }
    if (auto st = chart.openSaved(charts->at(std::size_t(names.indexOf(name))).id); !st) {
        bar.showMessage(st.error().message, MessageBar::Type::Error);
    }
}

void askAndExportChart(ChartWorkspace& chart, MessageBar& bar) {
    const QString path = QFileDialog::getSaveFileName(
        &chart, Tr::tr("Export chart"), QString(),
        Tr::tr("Pictures (*.png *.svg *.pdf);;GraphML (*.graphml);;GEXF (*.gexf);;FollowTheMoney (*.ftm);;"
               "i2 Analyst's Notebook (*.anx)"));
    if (path.isEmpty()) {
        return;
    }
    if (auto st = chart.exportTo(path); !st) {
        bar.showMessage(st.error().message, MessageBar::Type::Error);
    } else {
        bar.showMessage(Tr::tr("Exported to %1.").arg(path), MessageBar::Type::Info);
    }
}

} // namespace caselink
