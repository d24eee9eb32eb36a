#include "sessionpages.h"

#include <QCoreApplication>
#include <QLabel>
#include <QVBoxLayout>

#include "models/arrestlistmodel.h"
#include "models/auditlistmodel.h"
#include "models/caselistmodel.h"
#include "models/organisationlistmodel.h"
#include "models/personlistmodel.h"
#include "repo/arrestrepository.h"
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

} // namespace

QWidget* createPlaceholderPage(const QString& title, const QString& text, const QString& objectName) {
    auto* page = new QWidget;
    page->setObjectName(objectName);
    auto* heading = new QLabel(title, page);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    heading->setFont(font);
    auto* body = new QLabel(text, page);
    body->setObjectName(objectName + u"Text"_s);
    body->setWordWrap(true);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addWidget(heading);
    layout->addWidget(body);
    layout->addStretch();
    return page;
}

SessionPages createDefaultSessionPages(RepositoryContext& context, Navigator& navigator, bool administrator) {
    SessionPages pages;
    auto* cases = new ListPage(new CaseListModel(context), Tr::tr("Cases"),
                               Tr::tr("Filter by FIR or enquiry number (C-188/2023, 188, ENQ-…)"), u"casesPage"_s);
    QObject::connect(cases, &ListPage::activated, &navigator,
                     [&navigator](const QVariant& key) { emit navigator.openCase(key.toString()); });
    pages.emplace_back(u"cases"_s, cases);

    auto* people = new ListPage(new PersonListModel(context), Tr::tr("People"),
                                Tr::tr("Filter by name in English or Urdu, or CNIC"), u"peoplePage"_s);
    QObject::connect(people, &ListPage::activated, &navigator,
                     [&navigator](const QVariant& key) { emit navigator.openPerson(key.toString()); });
    pages.emplace_back(u"people"_s, people);

    auto* organisations =
        new ListPage(new OrganisationListModel(context), Tr::tr("Organisations"),
                     Tr::tr("Filter by the start of a name or a registration number"), u"organisationsPage"_s);
    QObject::connect(organisations, &ListPage::activated, &navigator,
                     [&navigator](const QVariant& key) { emit navigator.openOrganisation(key.toString()); });
    pages.emplace_back(u"organisations"_s, organisations);

    auto* arrests =
        new ListPage(new ArrestListModel(context), Tr::tr("Arrests"),
                     Tr::tr("Filter by category or the start of the case's FIR or enquiry number"), u"arrestsPage"_s);
    QObject::connect(arrests, &ListPage::activated, &navigator, [&context, &navigator](const QVariant& key) {
        if (const auto arrest = ArrestRepository(context).get(key.toString())) {
            emit navigator.openCase(arrest->caseId);
        }
    });
    pages.emplace_back(u"arrests"_s, arrests);

    auto* redBook = new RedBookView(context);
    QObject::connect(redBook, &RedBookView::openPerson, &navigator, &Navigator::openPerson);
    pages.emplace_back(u"redbook"_s, redBook);

    auto* deadlines = new DeadlinesView(context);
    QObject::connect(deadlines, &DeadlinesView::openCase, &navigator, &Navigator::openCase);
    pages.emplace_back(u"deadlines"_s, deadlines);

    pages.emplace_back(u"evidence"_s,
                       createPlaceholderPage(Tr::tr("Evidence"),
                                             Tr::tr("Evidence is kept with its case. Open a case from Cases or the "
                                                    "search field (Ctrl+K) and choose its Evidence page."),
                                             u"evidencePlaceholder"_s));
    pages.emplace_back(u"statistics"_s,
                       createPlaceholderPage(Tr::tr("Statistics"),
                                             Tr::tr("Statistics over the cases in your scope are not part of this "
                                                    "build yet."),
                                             u"statisticsPlaceholder"_s));

    auto* audit =
        new ListPage(new AuditListModel(context), Tr::tr("Audit log"),
                     Tr::tr("Filter by the start of an action (person., case.) or a user name"), u"auditPage"_s);
    pages.emplace_back(u"audit"_s, audit);

    if (administrator) {
        pages.emplace_back(u"reference"_s, new ReferencePage(context));
    }
    return pages;
}

} // namespace caselink
