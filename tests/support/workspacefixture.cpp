#include "workspacefixture.h"

namespace caselink::test {

bool WorkspaceFixture::setUp() {
    session = db.unlock();
    if (!session) {
        return false;
    }
    for (const auto& [name, grant] : {std::pair{kGranted, true}, std::pair{kPlain, false}}) {
        if (!AccountAdmin(*session).addUser(
                NewUser{name, name, Role::Investigator, QStringLiteral("GRW-AHTC"), grant, fastKdf()},
                secret(passwordOf(name)))) {
            return false;
        }
    }
    return signInAs(kGranted);
}

bool WorkspaceFixture::signInAs(const QString& user) {
    undo.reset();
    context.reset();
    session = db.unlock(user, passwordOf(user));
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

QString day(int offset) {
    return displayDate(officeToday().addDays(offset)); // the office's today, as the dialogs check dates
}

QString visibleText(QWidget* root) {
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
