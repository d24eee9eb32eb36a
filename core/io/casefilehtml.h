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
std::vector<Section> sections(const CaseFileData& data);

} // namespace caselink::casefilehtml
