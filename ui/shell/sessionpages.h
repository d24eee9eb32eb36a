// The pages of the shell's own sidebar sections that need an open session: the lists (cases, people, organisations,
// arrests, audit log), the Red Book, the deadlines and the reference data (administrators only). Each opens records
// through the Navigator.
#pragma once

namespace caselink {

class MainWindow;

// Registers the factories of these sections with the window; call once, before the first unlock.
void registerShellSections(MainWindow& window);

} // namespace caselink
