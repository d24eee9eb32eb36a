#include "ui/shell/actionregistry.h"

#include <algorithm>
#include <tuple>

#include <QAction>
#include <QLoggingCategory>
#include <QMenu>
#include <QMenuBar>

namespace caselink {

Q_LOGGING_CATEGORY(lcActions, "caselink.ui.actions")

ActionRegistry::ActionRegistry(QMenuBar* menuBar, QObject* parent)
    : QObject(parent)
    , m_menuBar(menuBar) {
}

ActionRegistry::Menu ActionRegistry::menuOf(Group group) {
    switch (group) {
    case Group::FileNew:
    case Group::FileDatabase:
    case Group::FileSession:
    case Group::FileQuit:
        return Menu::File;
    case Group::EditUndo:
    case Group::EditSearch:
        return Menu::Edit;
    case Group::ViewSections:
    case Group::ViewPanels:
        return Menu::View;
    case Group::ToolsRecords:
        return Menu::Tools;
    case Group::WindowTabs:
        return Menu::Window;
    case Group::SettingsPreferences:
        return Menu::Settings;
    case Group::HelpAbout:
        return Menu::Help;
    }
    return Menu::Help;
}

QMenu* ActionRegistry::addMenu(Menu menu, const QString& title, const QString& objectName) {
    if (QMenu* existing = m_menus.value(menu)) {
        qCWarning(lcActions) << "menu added twice:" << objectName;
        return existing;
    }
    QMenu* added = m_menuBar->addMenu(title);
    added->setObjectName(objectName);
    m_menus.insert(menu, added);
    rebuild(menu);
    return added;
}

QAction* ActionRegistry::add(QAction* action, const QString& id, Group group, int position, Availability availability) {
    if (QAction* existing = this->action(id)) {
        qCWarning(lcActions) << "action registered twice:" << id;
        return existing;
    }
    action->setObjectName(id);
    const Entry entry{action, group, position, static_cast<int>(m_entries.size()), availability};
    m_entries.append(entry);
    applyAvailability(entry);
    rebuild(menuOf(group));
    return action;
}

QAction* ActionRegistry::action(const QString& id) const {
    for (const Entry& entry : m_entries) {
        if (entry.action->objectName() == id) {
            return entry.action;
        }
    }
    return nullptr;
}

void ActionRegistry::setSessionState(bool unlocked, bool writable) {
    m_unlocked = unlocked;
    m_writable = unlocked && writable;
    for (const Entry& entry : std::as_const(m_entries)) {
        applyAvailability(entry);
    }
}

void ActionRegistry::applyAvailability(const Entry& entry) const {
    switch (entry.availability) {
    case Availability::Always:
        break;
    case Availability::WhileUnlocked:
        entry.action->setEnabled(m_unlocked);
        break;
    case Availability::WhileWritable:
        entry.action->setEnabled(m_writable);
        break;
    }
}

// The whole menu is laid out again from the entries, so an action registered late still lands in its place.
void ActionRegistry::rebuild(Menu menu) {
    QMenu* target = m_menus.value(menu);
    if (!target) {
        return; // built when the menu is added
    }
    QList<Entry> entries;
    for (const Entry& entry : std::as_const(m_entries)) {
        if (menuOf(entry.group) == menu) {
            entries.append(entry);
        }
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        return std::tie(a.group, a.position, a.sequence) < std::tie(b.group, b.position, b.sequence);
    });
    target->clear();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (i > 0 && entries[i].group != entries[i - 1].group) {
            target->addSeparator();
        }
        target->addAction(entries[i].action);
    }
}

} // namespace caselink
