#include "ui/charts/chartfiles.h"

#include <algorithm>

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QInputDialog>
#include <QJsonObject>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QScopeGuard>
#include <QSvgGenerator>

#include "analysis/chartstore.h"
#include "domain/localtime.h"
#include "io/graphexport.h"
#include "render/chartlegend.h"
#include "repo/orgunitrepository.h"
#include "repo/repositorycontext.h"
#include "security/session.h"
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

// What the picture says about itself: the marking, title, when and for whom it was made, and the legend.
struct Frame {
    ChartFrameInfo info;
    std::vector<LegendEntry> legend;
};

QString scopeText(RepositoryContext& context) {
    const User& user = context.session().user();
    auto office = OrgUnitRepository(context).byCode(user.officeCode);
    const bool urdu = QLocale().language() == QLocale::Urdu;
    const QString officeName = !office                             ? user.officeCode
                               : urdu && !office->nameUr.isEmpty() ? office->nameUr
                                                                   : office->nameEn;
    const QString victims =
        context.scope().victimGrant() ? Tr::tr("victims' identities shown") : Tr::tr("victims' identities withheld");
    return Tr::tr("Scope: %1 (%2), cases of %3 and the units below it; %4")
        .arg(user.displayName, roleDisplayName(user.role), officeName, victims);
}

Frame frameFor(RepositoryContext& context, const ChartScene& scene, const QString& title) {
    Frame f;
    f.info.title = title;
    f.info.marking = Tr::tr("CONFIDENTIAL");
    f.info.date =
        Tr::tr("Exported %1 (%2)").arg(displayDateTime(QDateTime::currentDateTimeUtc()), officeTimeZoneName());
    f.info.scope = scopeText(context);
    f.info.rightToLeft = QGuiApplication::layoutDirection() == Qt::RightToLeft;
    f.legend = chartLegend(scene.data());
    return f;
}

QFont frameFont() {
    QFont font;
    font.setPointSizeF(9);
    return font;
}

// The page around the chart: room for the header above and the legend beside it.
QSizeF pageSize(const QRectF& source) {
    return QSizeF(std::max(source.width() + 320, 900.0), std::max(source.height() + 200, 560.0));
}

void paintPage(QPainter& painter, ChartScene& scene, const QRectF& source, const QRectF& page, const Frame& frame) {
    const QRectF body = paintChartFrame(painter, page, frame.info, frame.legend, frameFont());
    scene.render(&painter, body, source, Qt::KeepAspectRatio);
}

Status writeSvg(ChartScene& scene, const QRectF& source, const Frame& frame, const QString& path) {
    const QSizeF size = pageSize(source);
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(size.toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), size));
    svg.setTitle(frame.info.title);
    svg.setDescription(frame.info.marking);
    QPainter painter;
    if (!painter.begin(&svg)) {
        return cannotWrite(path);
    }
    paintPage(painter, scene, source, QRectF(QPointF(0, 0), size), frame);
    painter.end();
    return ok();
}

Status writePdf(ChartScene& scene, const QRectF& source, const Frame& frame, const QString& path) {
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageOrientation(source.width() > source.height() ? QPageLayout::Landscape : QPageLayout::Portrait);
    pdf.setTitle(frame.info.title);
    pdf.setCreator(QStringLiteral("CaseLink"));
    QPainter painter;
    if (!painter.begin(&pdf)) {
        return cannotWrite(path);
    }
    paintPage(painter, scene, source, QRectF(QPointF(0, 0), QSizeF(pdf.width(), pdf.height())), frame);
    painter.end();
    return ok();
}

Status writePng(ChartScene& scene, const QRectF& source, const Frame& frame, const QString& path) {
    const QSizeF size = pageSize(source);
    const double scale = std::min(2.0, 8000.0 / std::max(size.width(), size.height()));
    QImage image((size * scale).toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    paintPage(painter, scene, source, QRectF(QPointF(0, 0), size), frame);
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
    const Frame frame = frameFor(context, scene, title);
    if (suffix == QLatin1String("svg")) {
        return writeSvg(scene, source, frame, path);
    }
    if (suffix == QLatin1String("pdf")) {
        return writePdf(scene, source, frame, path);
    }
    return writePng(scene, source, frame, path);
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
