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

    bool setUp() {
        session = db.unlock();
        if (!session) {
            return false;
        }
        for (const auto& [name, grant] : {std::pair{kGranted, true}, std::pair{kPlain, false}}) {
            if (!AccountAdmin(*session).addUser(
                    NewUser{name, name, Role::Investigator, QStringLiteral("GRW-AHTC"), grant, fastKdf()},
                    secret(QStringLiteral("password of ") + name))) {
                return false;
            }
        }
        return signInAs(kGranted);
    }
    bool signInAs(const QString& user) {
        undo.reset();
        context.reset();
        session = db.unlock(user, QStringLiteral("password of ") + user);
        if (!session) {
            return false;
        }
        auto created = RepositoryContext::create(*session);
        if (!created) {
            return false;
        }
        context = std::move(*created);
        undo = std::make_unique<DatabaseUndoStack>(*context);
        return true;
    }
};

template <typename T = QLineEdit>
T* field(QWidget* dialog, const char* name) {
    return dialog->findChild<T*>(QString::fromLatin1(name));
}

inline QString day(int offset) {
    return displayDate(QDate::currentDate().addDays(offset));
}

// Every text a user can read in the widget tree: labels, table cells, line edits.
inline QString visibleText(QWidget* root) {
    QStringList out;
    for (QLabel* label : root->findChildren<QLabel*>()) {
        out << label->text();
    }
    for (QTableWidget* table : root->findChildren<QTableWidget*>()) {
        for (int r = 0; r < table->rowCount(); ++r) {
            for (int c = 0; c < table->columnCount(); ++c) {
                if (table->item(r, c)) {
                    out << table->item(r, c)->text();
                }
            }
        }
    }
    return out.join(u'\n');
}

} // namespace caselink::test
