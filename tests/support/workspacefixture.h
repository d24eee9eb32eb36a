// Shared set-up of the workspace tests: a real encrypted database with two investigators of one office, one with
// the victims grant and one without, and helpers to drive the workspace's dialogs as a user would.
#pragma once

#include <memory>

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include "domain/documentdate.h"
#include "models/undostack.h"
#include "repo/repositorycontext.h"
#include "security/accountadmin.h"
#include "testdatabase.h"
#include "ui/navigator.h"
#include "ui/workspace/recorddialog.h"

namespace caselink::test {

inline const QString kGranted = QStringLiteral("io.granted");
inline const QString kPlain = QStringLiteral("io.plain");

struct WorkspaceFixture {
    TestDatabase db;
    std::unique_ptr<Session> session;
    std::unique_ptr<RepositoryContext> context;
    Navigator navigator;
    std::unique_ptr<DatabaseUndoStack> undo; // as the main window holds it: one per open database

    QUndoStack& stack() { return *undo->stack(); }

    // Adds kGranted (with the victims grant) and kPlain to GRW-AHTC and signs in as kGranted.
    bool setUp();
    bool signInAs(const QString& user);
};

template <typename T = QLineEdit>
T* field(QWidget* dialog, const char* name) {
    return dialog->findChild<T*>(QString::fromLatin1(name));
}

// A date offset days from today as the date fields show it.
QString day(int offset);

// Every text a user can read in the widget tree: labels, table cells, line edits.
QString visibleText(QWidget* root);

} // namespace caselink::test
