#include "ui/shell/sessionpages.h"

#include <functional>

#include <QCoreApplication>

#include "models/arrestlistmodel.h"
#include "models/auditlistmodel.h"
#include "models/caselistmodel.h"
#include "models/organisationlistmodel.h"
#include "models/personlistmodel.h"
#include "repo/arrestrepository.h"
#include "security/session.h"
#include "ui/mainwindow.h"
#include "ui/navigator.h"
#include "ui/shell/deadlinesview.h"
#include "ui/shell/listpage.h"
#include "ui/shell/redbookview.h"
#include "ui/shell/referencepage.h"

namespace caselink {

using namespace Qt::StringLiterals;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(caselink::SessionPages)
};

// A list page of records; open, when given, receives the key of the row the user activates.
ListPage* recordList(PagedTableModel* model, const QString& title, const QString& filterHint, const QString& name,
                     std::function<void(const QVariant&)> open) {
    auto* page = new ListPage(model, title, filterHint, name);
    if (open) {
        QObject::connect(page, &ListPage::activated, page, std::move(open));
    }
    return page;
}

QWidget* arrestsPage(RepositoryContext& context, Navigator& navigator) {
    return recordList(new ArrestListModel(context), Tr::tr("Arrests"),
                      Tr::tr("Filter by category or the start of the case's FIR or enquiry number"), u"arrestsPage"_s,
                      [&context, &navigator](const QVariant& key) {
                          if (const auto arrest = ArrestRepository(context).get(key.toString())) {
                              emit navigator.openCase(arrest->caseId);
                          }
                      });
}

} // namespace

void registerShellSections(MainWindow& window) {
    window.setSectionFactory(u"cases"_s, [](MainWindow& w) {
        Navigator& navigator = *w.navigator();
        return recordList(new CaseListModel(*w.context()), Tr::tr("Cases"),
                          Tr::tr("Filter by FIR or enquiry number (C-188/2023, 188, ENQ-…)"), u"casesPage"_s,
                          [&navigator](const QVariant& key) { emit navigator.openCase(key.toString()); });
    });
    window.setSectionFactory(u"people"_s, [](MainWindow& w) {
        Navigator& navigator = *w.navigator();
        return recordList(new PersonListModel(*w.context()), Tr::tr("People"),
                          Tr::tr("Filter by name in English or Urdu, or CNIC"), u"peoplePage"_s,
                          [&navigator](const QVariant& key) { emit navigator.openPerson(key.toString()); });
    });
    window.setSectionFactory(u"organisations"_s, [](MainWindow& w) {
        Navigator& navigator = *w.navigator();
        return recordList(new OrganisationListModel(*w.context()), Tr::tr("Organisations"),
                          Tr::tr("Filter by the start of a name or a registration number"), u"organisationsPage"_s,
                          [&navigator](const QVariant& key) { emit navigator.openOrganisation(key.toString()); });
    });
    window.setSectionFactory(u"arrests"_s, [](MainWindow& w) { return arrestsPage(*w.context(), *w.navigator()); });
    window.setSectionFactory(u"redbook"_s, [](MainWindow& w) {
        auto* redBook = new RedBookView(*w.context());
        QObject::connect(redBook, &RedBookView::openPerson, w.navigator(), &Navigator::openPerson);
        return redBook;
    });
    window.setSectionFactory(u"deadlines"_s, [](MainWindow& w) {
        auto* deadlines = new DeadlinesView(*w.context());
        QObject::connect(deadlines, &DeadlinesView::openCase, w.navigator(), &Navigator::openCase);
        return deadlines;
    });
    window.setSectionFactory(u"audit"_s, [](MainWindow& w) {
        return recordList(new AuditListModel(*w.context()), Tr::tr("Audit log"),
                          Tr::tr("Filter by the start of an action (person., case.) or a user name"), u"auditPage"_s,
                          {});
    });
    // Reference data is for administrators; for anyone else the section is not offered.
    window.setSectionFactory(u"reference"_s, [](MainWindow& w) -> QWidget* {
        if (w.session()->user().role != Role::Administrator) {
            return nullptr;
        }
        return new ReferencePage(*w.context());
    });
}

} // namespace caselink
