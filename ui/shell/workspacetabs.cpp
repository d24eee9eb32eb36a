#include "workspacetabs.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QTabBar>
#include <QTableView>

#include "models/personlistmodel.h"
#include "repo/caserepository.h"
#include "repo/personrepository.h"
#include "security/session.h"
#include "ui/navigator.h"
#include "ui/settings.h"
#include "ui/shell/listpage.h"
#include "ui/workspace/caseworkspace.h"
#include "ui/workspace/personprofile.h"

namespace caselink {

using namespace Qt::StringLiterals;

namespace {

const char* const kRecordProperty = "caselinkRecord";
constexpr int kHomeTab = 0;

} // namespace

WorkspaceTabs::WorkspaceTabs(QWidget* home, QWidget* parent)
    : QTabWidget(parent)
    , m_home(home) {
    setObjectName(u"workspaceTabs"_s);
    setDocumentMode(true);
    setTabsClosable(true);
    setMovable(true);
    addTab(home, QString());
    // The section tab has no close button.
    tabBar()->setTabButton(kHomeTab, QTabBar::RightSide, nullptr);
    tabBar()->setTabButton(kHomeTab, QTabBar::LeftSide, nullptr);
    connect(this, &QTabWidget::tabCloseRequested, this, &WorkspaceTabs::closeTabAt);
    connect(tabBar(), &QTabBar::tabMoved, this, [this] { save(); });
}

void WorkspaceTabs::bind(RepositoryContext& context, Navigator& navigator, QUndoStack& undoStack) {
    m_context = &context;
    m_navigator = &navigator;
    m_undoStack = &undoStack;
    const Session& session = context.session();
    m_workspaceKey = workspaceKey(session.path(), session.databaseId(), session.user().id);
}

QString WorkspaceTabs::workspaceKey(const QString& databasePath, const QString& databaseId, const QString& userId) {
    const QFileInfo file(databasePath);
    const QString path = file.exists() ? file.canonicalFilePath() : file.absoluteFilePath();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(u"caselink-workspace\n%1\n%2\n%3"_s.arg(path, databaseId, userId).toUtf8());
    return QString::fromLatin1(hash.result().toHex().left(32));
}

void WorkspaceTabs::unbind() {
    for (int i = count() - 1; i >= 0; --i) {
        QWidget* page = widget(i);
        if (page != m_home) {
            removeTab(i);
            delete page;
        }
    }
    m_context = nullptr;
    m_navigator = nullptr;
    m_undoStack = nullptr;
    m_workspaceKey.clear();
}

void WorkspaceTabs::restore() {
    if (!m_context) {
        return;
    }
    // Stored as "<workspace key> <record>" entries: plain text in the INI file, several databases and accounts side
    // by side.
    const QString prefix = m_workspaceKey + u' ';
    QStringList records;
    for (const QString& entry : Settings::instance().value(Settings::Key::WorkspaceTabs).toStringList()) {
        if (entry.startsWith(prefix)) {
            records << entry.mid(prefix.size());
        }
    }
    m_restoring = true;
    for (const QString& record : records) {
        if (record.startsWith(u"case:"_s)) {
            openCase(record.mid(5));
        } else if (record.startsWith(u"person:"_s)) {
            openPerson(record.mid(7));
        }
    }
    m_restoring = false;
    setCurrentWidget(m_home);
}

int WorkspaceTabs::openCase(const QString& caseId) {
    const QString record = u"case:"_s + caseId;
    if (const int existing = findRecord(record); existing >= 0) {
        setCurrentIndex(existing);
        return existing;
    }
    // A record outside the user's scope (or gone) opens no tab: the same answer either way.
    if (!m_context || !CaseRepository(*m_context).get(caseId)) {
        return -1;
    }
    auto* page = new CaseWorkspace(*m_context, *m_navigator, *m_undoStack, caseId);
    const int index = addRecordTab(page, record, page->title());
    connect(page, &CaseWorkspace::titleChanged, this,
            [this, page](const QString& title) { setTabText(indexOf(page), title); });
    return index;
}

int WorkspaceTabs::openPerson(const QString& personId) {
    const QString record = u"person:"_s + personId;
    if (const int existing = findRecord(record); existing >= 0) {
        setCurrentIndex(existing);
        return existing;
    }
    if (!m_context || !PersonRepository(*m_context).get(personId)) {
        return -1;
    }
    auto* page = new PersonProfile(*m_context, *m_navigator, *m_undoStack, personId);
    const int index = addRecordTab(page, record, page->title());
    connect(page, &PersonProfile::titleChanged, this,
            [this, page](const QString& title) { setTabText(indexOf(page), title); });
    return index;
}

int WorkspaceTabs::openSearchResults(const QString& query) {
    if (!m_context) {
        return -1;
    }
    if (auto* old = findChild<ListPage*>(u"searchResultsPage"_s)) {
        closeTabAt(indexOf(old));
        old->setObjectName(QString());
    }
    auto* page = new ListPage(new PersonListModel(*m_context), tr("Search results"),
                              tr("Name in either script, CNIC, passport or phone"), u"searchResultsPage"_s);
    connect(page, &ListPage::activated, this, [this](const QVariant& key) {
        if (m_navigator) {
            emit m_navigator->openPerson(key.toString());
        }
    });
    page->setFilter(query);
    page->updateCount();
    const int index = openPage(page, tr("Search: %1").arg(query));
    page->view()->setFocus();
    if (page->model()->rowCount() > 0) {
        page->view()->setCurrentIndex(page->model()->index(0, 0));
    }
    return index;
}

int WorkspaceTabs::openPage(QWidget* page, const QString& title) {
    const int index = addTab(page, title);
    setCurrentIndex(index);
    return index;
}

int WorkspaceTabs::addRecordTab(QWidget* page, const QString& record, const QString& title) {
    page->setProperty(kRecordProperty, record);
    const int index = addTab(page, title);
    setTabToolTip(index, title);
    if (!m_restoring) {
        setCurrentIndex(index);
        save();
    }
    return index;
}

void WorkspaceTabs::closeTabAt(int index) {
    if (index < 0 || index >= count() || widget(index) == m_home) {
        return;
    }
    QWidget* page = widget(index);
    removeTab(index);
    page->deleteLater();
    save();
}

void WorkspaceTabs::cycle(int step) {
    if (count() > 1) {
        setCurrentIndex((currentIndex() + step + count()) % count());
    }
}

QStringList WorkspaceTabs::openRecords() const {
    QStringList records;
    for (int i = 0; i < count(); ++i) {
        const QString record = widget(i)->property(kRecordProperty).toString();
        if (!record.isEmpty()) {
            records << record;
        }
    }
    return records;
}

void WorkspaceTabs::save() const {
    if (m_workspaceKey.isEmpty() || m_restoring) {
        return;
    }
    Settings& settings = Settings::instance();
    const QString prefix = m_workspaceKey + u' ';
    QStringList all;
    for (const QString& entry : settings.value(Settings::Key::WorkspaceTabs).toStringList()) {
        if (!entry.startsWith(prefix)) {
            all << entry;
        }
    }
    for (const QString& record : openRecords()) {
        all << prefix + record;
    }
    settings.setValue(Settings::Key::WorkspaceTabs, all);
}

int WorkspaceTabs::findRecord(const QString& record) const {
    for (int i = 0; i < count(); ++i) {
        if (widget(i)->property(kRecordProperty).toString() == record) {
            return i;
        }
    }
    return -1;
}

} // namespace caselink
