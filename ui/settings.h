// Typed access to the application's QSettings: every key has one path and one default, declared in one table.
// Only preferences and database paths live here; never secrets, user names or case data.
#pragma once

#include <memory>

#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace caselink {

class Settings {
public:
    enum class Key {
        Language,         // "en" or "ur"
        AutoLockMinutes,  // idle minutes before the database is locked
        RecentDatabases,  // most recent first
        DemoDatabasePath, // where "Open demo" looks
        MainWindowGeometry,
        MainWindowState,
        MainWindowSplitter, // sidebar / workspace splitter sizes
        WorkspaceTabs,      // the open record tabs, "<key> case:<uuid>" / "<key> person:<uuid>", the key a hash of the
                            // database file and the account (WorkspaceTabs::workspaceKey)
    };

    static constexpr int maxRecentDatabases = 8;

    static Settings& instance();
    // Tests (and portable installs) point the settings at an INI file of their own. Takes effect at once.
    static void setFilePath(const QString& iniPath);

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
    void reset(Key key);
    void sync();

    QString language() const;
    int autoLockMinutes() const;
    QStringList recentDatabases() const;
    void addRecentDatabase(const QString& path);
    void removeRecentDatabase(const QString& path);
    QString demoDatabasePath() const;

    static QString path(Key key);
    static QVariant defaultValue(Key key);

private:
    explicit Settings(std::unique_ptr<QSettings> settings);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace caselink
