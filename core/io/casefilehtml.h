// The sections of a case file as rich text for QTextDocument; casefilepdf.cpp lays them out on pages.
#pragma once

#include <vector>

#include <QString>

#include "io/casefiledata.h"

namespace caselink::casefilehtml {

struct Section {
    QString title;
    QString html;   // empty for a figure section
    int figure = 0; // 1: relationship chart, 2: timeline
};

// The text sections of the profile, in order; figure sections are placeholders the PDF writer fills or drops.
// The direction is the file's: it decides which way the route's arrows point.
std::vector<Section> sections(const CaseFileData& data, Qt::LayoutDirection direction = Qt::LeftToRight);

} // namespace caselink::casefilehtml
