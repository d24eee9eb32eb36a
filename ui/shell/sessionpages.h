// The default pages of the sidebar sections that need an open session: the lists (cases, people, organisations,
// arrests, audit log), the Red Book, the deadlines, the reference data (administrators), and clear pages for the
// sections filled in by other parts (evidence, statistics). Each opens records through the Navigator.
#pragma once

#include <utility>
#include <vector>

#include <QString>

class QWidget;

namespace caselink {

class Navigator;
class RepositoryContext;

using SessionPages = std::vector<std::pair<QString, QWidget*>>; // section name -> page (caller takes ownership)

SessionPages createDefaultSessionPages(RepositoryContext& context, Navigator& navigator, bool administrator);

// A page that says what a section will show and how to get there now.
QWidget* createPlaceholderPage(const QString& title, const QString& text, const QString& objectName);

} // namespace caselink
