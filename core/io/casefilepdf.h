// The case file as a PDF for prosecutors and partner agencies: cover with the classification marking and the office
// key fingerprint, contents, offences, accused with arrests and custody, victims and witnesses as the redaction profile
// allows, the chronology (office time, person, event in words, place, legal reference), payments in their currency
// and in rupees, each traveller's route, the documents, the relationship chart and timeline (vector figures drawn by
// hooks), the evidence index with SHA-256 and custody history, and "page X of Y" on every page. PDF/A-1b with title,
// author (the office), subject and creation date. Text goes through QTextDocument, so Urdu is shaped.
#pragma once

#include <functional>

#include <QCoreApplication>
#include <QPainter>
#include <QRectF>
#include <QString>

#include "io/casefiledata.h"
#include "util/result.h"

class QIODevice;

namespace caselink {

using FigurePainter = std::function<void(QPainter& painter, const QRectF& area)>;

struct CaseFilePdfOptions {
    Qt::LayoutDirection direction = Qt::LeftToRight; // RightToLeft for an Urdu case file
    QString classification;                          // empty: "CONFIDENTIAL" (translated)
    // Optional vector figures, each drawn on a page of its own; the section is left out when a hook is empty.
    FigurePainter relationshipChart;
    FigurePainter timeline;
};

struct CaseFilePdfInfo {
    int pages = 0;
    QStringList sections; // titles in order, as the contents page lists them
};

class CaseFilePdf {
    Q_DECLARE_TR_FUNCTIONS(caselink::CaseFilePdf)

public:
    static Result<CaseFilePdfInfo> write(const CaseFileData& data, QIODevice& out,
                                         const CaseFilePdfOptions& options = {});
    static Result<CaseFilePdfInfo> write(const CaseFileData& data, const QString& path,
                                         const CaseFilePdfOptions& options = {});
};

} // namespace caselink
