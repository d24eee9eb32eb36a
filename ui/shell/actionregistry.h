// Every menu action of the main window, registered once by id with the place it takes in the menus and when it can
// be used. The menus are built from here and only from here, and actions that need a session are enabled here alone.
#pragma once

#include <QList>
#include <QMap>
#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QMenuBar;

namespace caselink {

class ActionRegistry : public QObject {
    Q_OBJECT
public:
    enum class Menu { File, Edit, View, Tools, Window, Settings, Help };

    // Where an action sits: each menu's groups top to bottom, a separator between two groups of one menu.
    enum class Group {
        FileNew,      // registering a new case, person or organisation
        FileDatabase, // creating, opening and importing into a database
        FileSession,
        FileQuit,
        EditUndo,
        EditSearch,
        ViewSections,
        ViewPanels,
        ToolsRecords,
        WindowTabs,
        SettingsPreferences,
        HelpAbout,
    };

    enum class Availability {
        Always, // or managed by its owner (undo and redo follow their undo group)
        WhileUnlocked,
        WhileWritable // unlocked, and the account may change records
    };

    explicit ActionRegistry(QMenuBar* menuBar, QObject* parent = nullptr);

    static Menu menuOf(Group group);

    // Adds a menu to the menu bar after those added before; call once per menu, in menu-bar order.
    QMenu* addMenu(Menu menu, const QString& title, const QString& objectName);
    QMenu* menu(Menu menu) const { return m_menus.value(menu); }

    // Registers action under id (which becomes its object name) at position within group; lower positions come
    // first, equal ones in the order registered. The action's menu is rebuilt at once and its enabled state set.
    QAction* add(QAction* action, const QString& id, Group group, int position, Availability availability);
    // The action registered under id; nullptr when none is.
    QAction* action(const QString& id) const;

    // Enables and disables the actions that depend on the session; the window calls this at unlock and lock.
    void setSessionState(bool unlocked, bool writable);

private:
    struct Entry {
        QAction* action = nullptr;
        Group group = Group::FileDatabase;
        int position = 0;
        int sequence = 0;
        Availability availability = Availability::Always;
    };

    void rebuild(Menu menu);
    void applyAvailability(const Entry& entry) const;

    QMenuBar* m_menuBar = nullptr;
    QMap<Menu, QMenu*> m_menus;
    QList<Entry> m_entries;
    bool m_unlocked = false;
    bool m_writable = false;
};

} // namespace caselink
