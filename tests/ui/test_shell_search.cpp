// The global search field (Ctrl+K) on a real encrypted database: a person found by an Urdu spelling, by another
// Latin spelling and by CNIC, a case by FIR, each opened with Enter; and an investigator of one office sees nothing
// of another office's case in the Cases and People lists, the search or the deadlines.
#include <algorithm>

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <QLabel>

#include "models/pagedtablemodel.h"
#include "security/accountadmin.h"
#include "shellfixture.h"
#include "storage/database.h"
#include "ui/language.h"
#include "ui/navigator.h"
#include "ui/overviewpage.h"
#include "ui/settings.h"
#include "ui/shell/deadlinesview.h"
#include "ui/shell/globalsearchfield.h"
#include "ui/shell/listpage.h"
#include "ui/shell/workspacetabs.h"
#include "ui/workspace/caseworkspace.h"
#include "ui/workspace/personprofile.h"

using namespace caselink;
using namespace Qt::StringLiterals;

namespace {

QStringList resultIds(const QStandardItemModel* model) {
    QStringList ids;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString id = model->item(row)->data(GlobalSearchField::IdRole).toString();
        if (!id.isEmpty()) {
            ids << id;
        }
    }
    return ids;
}

QStringList listKeys(ListPage* page) {
    while (page->model()->canFetchMore({})) {
        page->model()->fetchMore({});
    }
    QStringList keys;
    for (int row = 0; row < page->model()->rowCount(); ++row) {
        keys << page->model()->keyAt(row).toString();
    }
    return keys;
}

} // namespace

class TestShellSearch : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QVERIFY(m_settingsDir.isValid());
        Settings::setFilePath(m_settingsDir.filePath(u"search.ini"_s));
        applyLanguage(u"en"_s);
        QVERIFY(m_db.isValid());
        {
            test::Writer admin(m_db, test::kAdmin);
            QVERIFY(admin.isValid());
            QVERIFY(admin.addUser(u"io.grw"_s, Role::Investigator, u"GRW-AHTC"_s));
            QVERIFY(admin.addUser(u"io.khi"_s, Role::Investigator, u"KHI-AHTC"_s));
        }
        const QDate firDate = QDate::currentDate().addDays(-20); // interim challan overdue in both offices
        {
            test::Writer grw(m_db, u"io.grw"_s);
            QVERIFY(grw.isValid());
            m_grwCase = grw.caseFile(u"C-77/2025"_s, firDate, u"Greece boat recruiters"_s);
            m_grwPerson = grw.person(u"Muhammad Asif"_s, u"محمد آصف"_s, u"35202-1234567-1"_s);
            QVERIFY(grw.accused(m_grwCase, m_grwPerson));
        }
        {
            test::Writer khi(m_db, u"io.khi"_s);
            QVERIFY(khi.isValid());
            m_khiCase = khi.caseFile(u"C-9/2025"_s, firDate, u"Karachi visa racket"_s);
            m_khiPerson = khi.person(u"Zafar Iqbal"_s, u"ظفر اقبال"_s, u"42101-7654321-3"_s);
            QVERIFY(khi.accused(m_khiCase, m_khiPerson));
        }
        QVERIFY(!m_grwCase.isEmpty() && !m_grwPerson.isEmpty() && !m_khiCase.isEmpty() && !m_khiPerson.isEmpty());
        {
            // More namesakes than the popup shows: twelve in Gujranwala, three more in Karachi (out of scope).
            test::Writer grw(m_db, u"io.grw"_s);
            for (int i = 0; i < 12; ++i) {
                m_namesakes << grw.person(u"Zubair Yousafzai %1"_s.arg(QChar(u'A' + i)));
            }
            test::Writer khi(m_db, u"io.khi"_s);
            for (int i = 0; i < 3; ++i) {
                QVERIFY(!khi.person(u"Zubair Yousafzai K%1"_s.arg(i)).isEmpty());
            }
        }
        QVERIFY(!m_namesakes.contains(QString()));
    }

    void init() {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup() { m_window.reset(); }

    void findsPersonByUrduSpellingAndOpensWithEnter() {
        QVERIFY(test::unlockWindow(*m_window, m_db, u"io.grw"_s));
        GlobalSearchField* field = typeQuery(u"محمد آصف"_s);
        QVERIFY(field);
        QTRY_VERIFY(resultIds(field->resultsModel()).contains(m_grwPerson));
        QVERIFY(field->popup()->isVisible());
        QTest::keyClick(field, Qt::Key_Return);
        auto* profile = qobject_cast<PersonProfile*>(m_window->tabs()->currentWidget());
        QVERIFY(profile);
        QCOMPARE(profile->personId(), m_grwPerson);
        QVERIFY(!field->popup()->isVisible());
    }

    void findsPersonByAnotherLatinSpelling() {
        QVERIFY(test::unlockWindow(*m_window, m_db, u"io.grw"_s));
        GlobalSearchField* field = typeQuery(u"Mohammad Asif"_s);
        QVERIFY(field);
        QTRY_VERIFY(resultIds(field->resultsModel()).contains(m_grwPerson));
    }

    void findsPersonByCnicAndCaseByFir() {
        QVERIFY(test::unlockWindow(*m_window, m_db, u"io.grw"_s));
        GlobalSearchField* field = typeQuery(u"3520212345671"_s);
        QVERIFY(field);
        QTRY_VERIFY(resultIds(field->resultsModel()).contains(m_grwPerson));
        // Enter before the debounce has run searches at once and opens the best match.
        field->clear();
        QTest::keyClicks(field, u"C-77/2025"_s);
        QTest::keyClick(field, Qt::Key_Return);
        auto* workspace = qobject_cast<CaseWorkspace*>(m_window->tabs()->currentWidget());
        QVERIFY(workspace);
        QCOMPARE(workspace->caseId(), m_grwCase);
    }

    void investigatorSeesNothingOfAnotherOffice() {
        QVERIFY(test::unlockWindow(*m_window, m_db, u"io.grw"_s));
        auto* cases = qobject_cast<ListPage*>(m_window->sectionWidget(u"cases"_s));
        auto* people = qobject_cast<ListPage*>(m_window->sectionWidget(u"people"_s));
        QVERIFY(cases && people);
        QCOMPARE(listKeys(cases), QStringList{m_grwCase});
        const QStringList persons = listKeys(people);
        QVERIFY(persons.contains(m_grwPerson));
        QVERIFY(!persons.contains(m_khiPerson));
        people->filterEdit()->setText(u"42101-7654321-3"_s);
        QTRY_COMPARE(people->model()->filterText(), u"42101-7654321-3"_s);
        QCOMPARE(people->model()->rowCount(), 0);

        for (const QString& query :
             {u"Zafar Iqbal"_s, u"ظفر اقبال"_s, u"4210176543213"_s, u"C-9/2025"_s, u"Karachi visa"_s}) {
            GlobalSearchField* field = m_window->searchField();
            field->search(query);
            const QStringList ids = resultIds(field->resultsModel());
            QVERIFY2(!ids.contains(m_khiPerson) && !ids.contains(m_khiCase), qPrintable(query));
        }
        // The same queries find the records for the officer who may see them (the test can fail).
        m_window->lock();
        QVERIFY(test::unlockWindow(*m_window, m_db, u"io.khi"_s));
        m_window->searchField()->search(u"ظفر اقبال"_s);
        QVERIFY(resultIds(m_window->searchField()->resultsModel()).contains(m_khiPerson));
        m_window->searchField()->search(u"C-9/2025"_s);
        QVERIFY(resultIds(m_window->searchField()->resultsModel()).contains(m_khiCase));
        m_window->lock();

        QVERIFY(test::unlockWindow(*m_window, m_db, u"io.grw"_s));
        QVERIFY(m_window->showSection(u"deadlines"_s));
        auto* deadlines = qobject_cast<DeadlinesView*>(m_window->sectionWidget(u"deadlines"_s));
        QVERIFY(deadlines);
        QStringList deadlineCases;
        for (const DeadlineItem& item : deadlines->items()) {
            deadlineCases << item.caseId;
        }
        QVERIFY(deadlineCases.contains(m_grwCase)); // its interim challan is overdue
        QVERIFY(!deadlineCases.contains(m_khiCase));
        // Opening the other office's case by id opens nothing.
        const int tabs = m_window->tabs()->count();
        emit m_window->navigator()->openCase(m_khiCase);
        QCOMPARE(m_window->tabs()->count(), tabs);
    }

    // The popup says how many more persons match than it shows and lists them all on Enter; the search is audited
    // once, as the command line audits it: the counts, never the query.
    void popupShowsHowManyMoreAndListsThemAll() {
        const qint64 before = lastAuditSeq();
        QVERIFY(test::unlockWindow(*m_window, m_db, u"io.grw"_s));
        GlobalSearchField* field = typeQuery(u"Yousa"_s);
        QVERIFY(field);
        QTRY_VERIFY(!resultIds(field->resultsModel()).isEmpty()); // the debounce ran one search
        QCOMPARE(field->lastQuery(), u"Yousa"_s);
        for (const QChar c : u"fzai"_s) {
            QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
            QApplication::sendEvent(field, &press);
        }
        QTRY_COMPARE(field->lastQuery(), u"Yousafzai"_s); // and another when typing paused again
        QVERIFY(field->popup()->isVisible());
        const QStringList shown = resultIds(field->resultsModel());
        QVERIFY(shown.size() < 12);
        QVERIFY(itemWithText(field->resultsModel(), u"and %1 more"_s.arg(12 - (shown.size() - 1))) >= 0);
        const int showAll = itemWithText(field->resultsModel(), u"Show all results"_s);
        QVERIFY(showAll >= 0);

        // Down to "Show all results" and Enter, from the keyboard.
        for (int i = 0; i < 20 && field->popup()->currentIndex().row() != showAll; ++i) {
            QTest::keyClick(field, Qt::Key_Down);
        }
        QCOMPARE(field->popup()->currentIndex().row(), showAll);
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY(!field->popup()->isVisible());
        auto* results = qobject_cast<ListPage*>(m_window->tabs()->currentWidget());
        QVERIFY(results);
        QStringList listed = listKeys(results);
        std::sort(listed.begin(), listed.end());
        QStringList expected = m_namesakes;
        std::sort(expected.begin(), expected.end());
        QCOMPARE(listed, expected); // every namesake in scope, none of Karachi's

        // Enter on a row opens the person.
        results->view()->setFocus();
        results->view()->setCurrentIndex(results->model()->index(3, 0));
        const QString third = results->model()->keyAt(3).toString();
        QTest::keyClick(results->view(), Qt::Key_Return);
        auto* profile = qobject_cast<PersonProfile*>(m_window->tabs()->currentWidget());
        QVERIFY(profile);
        QCOMPARE(profile->personId(), third);
        m_window->lock();

        // One entry for the search the officer ran, not one per pause in typing; counts only.
        auto session = m_db.unlock();
        QVERIFY(session);
        auto stmt = session->database().prepare(
            u"SELECT username, fields FROM audit_log WHERE action = 'search.person' AND seq > ?"_s);
        QVERIFY(stmt);
        stmt->bind(1, before);
        QStringList entries;
        QVERIFY(stmt->forEachRow([&](Statement& row) { entries << row.columnText(0) + u' ' + row.columnText(1); }));
        QCOMPARE(entries.size(), 1);
        QVERIFY2(entries.front().startsWith(u"io.grw "_s), qPrintable(entries.front()));
        const QJsonObject fields = QJsonDocument::fromJson(entries.front().section(u' ', 1).toUtf8()).object();
        QCOMPARE(fields.value(u"results"_s).toInteger(), 12);
        QCOMPARE(fields.value(u"shown"_s).toInteger(), shown.size() - 1); // the persons, not "Show all results"
        QVERIFY(!entries.front().contains(u"Yousa"_s, Qt::CaseInsensitive));
        QVERIFY(!entries.front().contains(u"Zubair"_s, Qt::CaseInsensitive));
    }

private:
    qint64 lastAuditSeq() const {
        auto session = m_db.unlock();
        if (!session) {
            return -1;
        }
        auto seq = session->database().scalar(u"SELECT coalesce(max(seq), 0) FROM audit_log"_s);
        return seq ? seq->toLongLong() : -1;
    }

    static int itemWithText(const QStandardItemModel* model, const QString& text) {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->item(row)->text() == text) {
                return row;
            }
        }
        return -1;
    }

    GlobalSearchField* typeQuery(const QString& text) {
        QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
        GlobalSearchField* field = m_window->searchField();
        if (!field->hasFocus()) {
            return nullptr; // Ctrl+K did not focus the field
        }
        // As typed: one key event per character (QTest::keyClicks takes Latin-1 only).
        for (const QChar c : text) {
            QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
            QApplication::sendEvent(field, &press);
        }
        return field;
    }

    QTemporaryDir m_settingsDir;
    test::TestDatabase m_db;
    std::unique_ptr<MainWindow> m_window;
    QString m_grwCase, m_grwPerson, m_khiCase, m_khiPerson;
    QStringList m_namesakes;
};

QTEST_MAIN(TestShellSearch)
#include "test_shell_search.moc"
