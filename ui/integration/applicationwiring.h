// Wires the parts built beside the shell into the main window: relationship charts, timelines, the statistics
// dashboard, the evidence store, case file exports and spreadsheet import. The shell knows none of them; this file
// knows them all, and only connects.
#pragma once

namespace caselink {

class MainWindow;

// Connects the navigator's chart, timeline, evidence, export and import requests, the Evidence and Statistics
// sections and the related menu actions. Call once, after constructing the window and before the first unlock.
void wireApplication(MainWindow& window);

} // namespace caselink
