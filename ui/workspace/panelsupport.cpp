#include "ui/workspace/panelsupport.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>

#include "domain/documentdate.h"
#include "models/undocommand.h"
#include "models/undostack.h"
#include "ui/language.h"

namespace caselink {

Status pushUndoable(QUndoStack& stack, RepositoryCommand* command) {
    if (auto* database = qobject_cast<DatabaseUndoStack*>(stack.parent())) {
        return database->push(std::unique_ptr<RepositoryCommand>(command));
    }
    std::optional<Error> failure;
    command->setErrorHandler([&failure](const QString&, const Error& error) { failure = error; });
    stack.push(command); // runs redo; a failed command is obsolete and dropped by the stack
    if (failure) {
        return std::unexpected(*failure);
    }
    command->setErrorHandler({});
    return ok();
}

void CasePanel::runCommand(RepositoryCommand* command) {
    if (auto st = pushUndoable(m_env.undoStack, command); !st) {
        emit failed(st.error().message);
    }
}

void alignLabelsToLeadingEdge(QWidget* root) {
    for (QLabel* label : root->findChildren<QLabel*>()) {
        if (!(label->alignment() & Qt::AlignHCenter)) {
            label->setAlignment(leadingAlignment() | (label->alignment() & Qt::AlignVertical_Mask));
        }
    }
}

QTableWidget* makeTable(const QStringList& headers, QWidget* parent) {
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->setWordWrap(false);
    return table;
}

QString localName(const Person& person) {
    if (currentLanguage() == u"ur" && !person.nameUrdu.isEmpty() && !person.isProtected) {
        return person.nameUrdu;
    }
    return person.displayName();
}

namespace {

bool hasRightToLeft(const QString& text) {
    for (const QChar ch : text) {
        if (ch.direction() == QChar::DirR || ch.direction() == QChar::DirAL) {
            return true;
        }
    }
    return false;
}

} // namespace

void setTableRow(QTableWidget* table, int r, const QStringList& cells, const QString& id) {
    if (table->rowCount() <= r) {
        table->setRowCount(r + 1);
    }
    for (int c = 0; c < cells.size() && c < table->columnCount(); ++c) {
        // Latin data (numbers, phones, dates) keeps its order inside a right-to-left table.
        const QString text = hasRightToLeft(cells.at(c)) ? cells.at(c) : isolatedLatin(cells.at(c));
        auto* item = new QTableWidgetItem(text);
        if (c == 0) {
            item->setData(Qt::UserRole, id);
        }
        table->setItem(r, c, item);
    }
}

QString selectedRecordId(const QTableWidget* table) {
    const int r = table->currentRow();
    if (r < 0 || !table->item(r, 0)) {
        return {};
    }
    return table->item(r, 0)->data(Qt::UserRole).toString();
}

QPushButton* makeButton(const QString& text, QWidget* parent, const QString& objectName) {
    auto* button = new QPushButton(text, parent);
    if (!objectName.isEmpty()) {
        button->setObjectName(objectName);
    }
    return button;
}

} // namespace caselink
