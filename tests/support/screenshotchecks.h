// What a person looking at a screenshot would notice, checked by the screenshot tests: a pane that shows nothing,
// text cut off by the widget that shows it, a window that does not mirror for a right-to-left language. Each check
// returns what is wrong, for the failure message; empty when nothing is.
#pragma once

#include <QRect>
#include <QString>
#include <QStringList>

class QImage;
class QWidget;

namespace caselink::test {

// The pane is shown with a non-zero size and its rendering, a few pixels in from the edges (so a frame alone does not
// count), is not a single colour.
QString blankProblem(QWidget* pane);
// The same for a rendering: the image is not null and not a single colour inside a small border.
QString blankImageProblem(const QImage& image);

// Every visible label, button, check box and list item under root whose text needs more room than it has: wider than
// the widget's contents (a word-wrapped label: taller), or elided. One line per widget, naming it and its text.
QStringList clippedTexts(QWidget* root);

// For a right-to-left window (Urdu) start (the sidebar, the first tab, the Back button) must sit to the right of end
// (the main area, the last tab, the Next button); for a left-to-right window the other way round. The rectangles are in
// the window's coordinates (rectInWindow); the window's layout direction must be the expected one too.
QString mirroringProblem(const QWidget* window, Qt::LayoutDirection expected, const QRect& start, const QRect& end);
// A widget's rectangle in its window's coordinates.
QRect rectInWindow(const QWidget* widget);
// The label a form shows for field (whose buddy is the field or the cell holding it), or nullptr.
QWidget* labelFor(const QWidget* field);

// A screen as a person sees it: pane is not blank (blankProblem) and no text in window is cut off (clippedTexts).
QString screenProblem(QWidget* window, QWidget* pane);

} // namespace caselink::test

// Fails the test with the problem's description when a check found one.
#define CHECK_NO_PROBLEM(problem)                                                                                      \
    do {                                                                                                               \
        const QString found = (problem);                                                                               \
        QVERIFY2(found.isEmpty(), qPrintable(found));                                                                  \
    } while (false)
