#include "settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace caselink {

using namespace Qt::StringLiterals;

namespace {

struct KeyInfo {
    Settings::Key key;
    QString path;
    QVariant defaultValue;
};

const QList<KeyInfo>& keyTable() {
    static const QList<KeyInfo> table = {
        {Settings::Key::Language, u"General/Language"_s, u"en"_s},
        {Settings::Key::AutoLockMinutes, u"Security/AutoLockMinutes"_s, 10},
        {Settings::Key::RecentDatabases, u"Databases/Recent"_s, QStringList()},
        {Settings::Key::DemoDatabasePath, u"Databases/Demo"_s, QString()},
        {Settings::Key::MainWindowGeometry, u"MainWindow/Geometry"_s, QByteArray()},
        {Settings::Key::MainWindowState, u"MainWindow/State"_s, QByteArray()},
        {Settings::Key::MainWindowSplitter, u"MainWindow/Splitter"_s, QByteArray()},
        {Settings::Key::WorkspaceTabs, u"Workspace/Tabs"_s, QStringList()},
    };
    return table;
}

const KeyInfo& info(Settings::Key key) {
    for (const auto& entry : keyTable()) {
        if (entry.key == key) {
            return entry;
        }
    }
    Q_UNREACHABLE();
}

std::unique_ptr<Settings>& storage() {
    static std::unique_ptr<Settings> settings;
    return settings;
}

} // namespace

Settings::Settings(std::unique_ptr<QSettings> settings)
    : m_settings(std::move(settings)) {
}

Settings& Settings::instance() {
    auto& settings = storage();
    if (!settings) {
        // INI on every platform, so the file is easy to inspect and to delete.
        settings.reset(new Settings(
            std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, u"CaseLink"_s, u"CaseLink"_s)));
    }
    return *settings;
}

void Settings::setFilePath(const QString& iniPath) {
    storage().reset(new Settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat)));
}

QString Settings::path(Key key) {
    return info(key).path;
}

QVariant Settings::defaultValue(Key key) {
    return info(key).defaultValue;
}

QVariant Settings::value(Key key) const {
    return m_settings->value(path(key), defaultValue(key));
}

void Settings::setValue(Key key, const QVariant& value) {
    m_settings->setValue(path(key), value);
}

void Settings::reset(Key key) {
    m_settings->remove(path(key));
}

void Settings::sync() {
    m_settings->sync();
}

QString Settings::language() const {
    const QString code = value(Key::Language).toString();
    return code == u"ur"_s ? code : u"en"_s;
}

int Settings::autoLockMinutes() const {
    bool ok = false;
    const int minutes = value(Key::AutoLockMinutes).toInt(&ok);
    // A hand-edited file must not switch auto-lock off.
    return ok && minutes > 0 ? minutes : defaultValue(Key::AutoLockMinutes).toInt();
}

QStringList Settings::recentDatabases() const {
    return value(Key::RecentDatabases).toStringList();
}

void Settings::addRecentDatabase(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentDatabases();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > maxRecentDatabases) {
        recent.removeLast();
    }
    setValue(Key::RecentDatabases, recent);
}

void Settings::removeRecentDatabase(const QString& path) {
    QStringList recent = recentDatabases();
    recent.removeAll(QFileInfo(path).absoluteFilePath());
    setValue(Key::RecentDatabases, recent);
}

QString Settings::demoDatabasePath() const {
    const QString configured = value(Key::DemoDatabasePath).toString();
    if (!configured.isEmpty()) {
        return configured;
    }
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).filePath(u"demo.caselink"_s);
}

} // namespace caselink
