#include "ui/workspace/personprofile.h"

#include <map>

#include <QBuffer>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include "domain/cnic.h"
#include "domain/phonenumber.h"
#include "models/coalescedrefresh.h"
#include "models/commands/recordcommands.h"
#include "models/undocommand.h"
#include "repo/caserepository.h"
#include "repo/paymentrepository.h"
#include "repo/personinsight.h"
#include "ui/language.h"
#include "ui/messagebar.h"
#include "ui/navigator.h"
#include "ui/workspace/panelsupport.h"
#include "ui/workspace/persondialog.h"

namespace caselink {
namespace {

enum IdentityRow { Cnic_, Phones, Passports, Addresses, Aliases, Birth, Sex_, Nationality, Notes, IdentityRows };

QString warningsText(const std::vector<Issue>& issues) {
    QStringList out;
    for (const Issue& issue : issues) {
        out << QStringLiteral("⚠ %1").arg(issue.message);
    }
    return out.join(QStringLiteral("; "));
}

QString withWarnings(const QString& value, const std::vector<Issue>& issues) {
    return issues.empty() ? value : QStringLiteral("%1  %2").arg(value, warningsText(issues));
}

QString sexName(Sex sex) {
    switch (sex) {
    case Sex::Male:
        return PersonProfile::tr("Male");
    case Sex::Female:
        return PersonProfile::tr("Female");
    case Sex::Other:
        return PersonProfile::tr("Other");
    case Sex::Unknown:
        break;
    }
    return PersonProfile::tr("Unknown");
}

QString correlationKindName(CorrelationKind kind) {
    switch (kind) {
    case CorrelationKind::Phone:
        return PersonProfile::tr("Phone");
    case CorrelationKind::Cnic:
        return PersonProfile::tr("CNIC");
    case CorrelationKind::Passport:
        return PersonProfile::tr("Passport");
    case CorrelationKind::Address:
        return PersonProfile::tr("Address");
    }
    return {};
}

QString correlationValue(const Correlation& c) {
    switch (c.kind) {
    case CorrelationKind::Phone:
        return validatePhoneNumber(c.value).value ? validatePhoneNumber(c.value).value->display() : c.value;
    case CorrelationKind::Cnic:
        return Cnic{c.value}.display();
    case CorrelationKind::Passport:
    case CorrelationKind::Address:
        break;
    }
    return c.value;
}

} // namespace

PersonProfile::PersonProfile(RepositoryContext& context, Navigator& navigator, QUndoStack& undoStack,
                             const QString& personId, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_navigator(navigator)
    , m_undoStack(undoStack)
    , m_personId(personId)
    , m_messages(new MessageBar(this)) {
    setObjectName(QStringLiteral("personProfile"));
    auto* layout = new QVBoxLayout(this);
    m_messages->hide();
    layout->addWidget(m_messages);

    auto* header = new QHBoxLayout;
    m_photo = new QLabel(this);
    m_photo->setObjectName(QStringLiteral("photoLabel"));
    m_photo->setFixedSize(112, 140);
    m_photo->setAlignment(Qt::AlignCenter);
    m_photo->setFrameShape(QFrame::StyledPanel);
    header->addWidget(m_photo);
    auto* names = new QVBoxLayout;
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("nameLabel"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_name->setFont(big);
    m_nameUrdu = new QLabel(this);
    m_nameUrdu->setObjectName(QStringLiteral("nameUrduLabel"));
    QFont urdu = m_nameUrdu->font();
    urdu.setPointSizeF(urdu.pointSizeF() * 1.3);
    m_nameUrdu->setFont(urdu);
    m_lineage = new QLabel(this);
    m_flags = new QLabel(this);
    m_flags->setObjectName(QStringLiteral("flagsLabel"));
    m_flags->setTextFormat(Qt::RichText);
    m_flags->setWordWrap(true);
    m_restricted =
        new QLabel(tr("Restricted: this person's identity is shown only to users with the victims grant."), this);
    m_restricted->setObjectName(QStringLiteral("personRestricted"));
    m_restricted->setWordWrap(true);
    m_restricted->hide();
    for (QLabel* label : {m_name, m_nameUrdu, m_lineage}) {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setAlignment(leadingAlignment()); // names in either script sit on the layout's leading edge
        names->addWidget(label);
    }
    names->addWidget(m_flags);
    names->addWidget(m_restricted);
    names->addStretch();
    header->addLayout(names, 1);
    auto* buttons = new QVBoxLayout;
    m_edit = makeButton(tr("Edit person…"), this, QStringLiteral("editPersonButton"));
    m_photoButton = makeButton(tr("Set photo…"), this, QStringLiteral("setPhotoButton"));
    auto* chart = makeButton(tr("Chart"), this, QStringLiteral("chartButton"));
    auto* timeline = makeButton(tr("Timeline"), this, QStringLiteral("timelineButton"));
    for (QPushButton* b : {m_edit, m_photoButton, chart, timeline}) {
        buttons->addWidget(b);
    }
    buttons->addStretch();
    header->addLayout(buttons);
    layout->addLayout(header);

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs, 1);
    buildIdentity();
    m_cases = makeTable({tr("Case"), tr("Title"), tr("Status"), tr("Role"), tr("Arrest status")}, this);
    m_cases->setObjectName(QStringLiteral("casesTable"));
    m_tabs->addTab(m_cases, tr("Cases"));
    m_payments =
        makeTable({tr("Date"), tr("Case"), tr("Direction"), tr("Other party"), tr("Amount"), tr("In PKR")}, this);
    m_payments->setObjectName(QStringLiteral("personPaymentsTable"));
    m_tabs->addTab(m_payments, tr("Payments"));
    m_correlation = makeTable({tr("Shared"), tr("Value"), tr("Also recorded for"), tr("In case")}, this);
    m_correlation->setObjectName(QStringLiteral("correlationTable"));
    m_tabs->addTab(m_correlation, tr("Also appears in"));
    m_watchlists = makeTable({tr("List"), tr("Reference"), tr("Placed"), tr("Removed")}, this);
    m_tabs->addTab(m_watchlists, tr("Watch lists"));

    connect(m_edit, &QPushButton::clicked, this, &PersonProfile::editPerson);
    connect(m_photoButton, &QPushButton::clicked, this, &PersonProfile::choosePhoto);
    connect(chart, &QPushButton::clicked, this,
            [this] { emit m_navigator.openChart(QStringLiteral("person"), {m_personId}); });
    connect(timeline, &QPushButton::clicked, this, [this] { emit m_navigator.openPersonTimeline({m_personId}); });
    connect(m_cases, &QTableWidget::cellActivated, this, [this] {
        if (const QString id = selectedRecordId(m_cases); !id.isEmpty()) {
            emit m_navigator.openCase(id);
        }
    });
    connect(m_payments, &QTableWidget::cellActivated, this, [this] {
        if (const QString id = selectedRecordId(m_payments); !id.isEmpty()) {
            emit m_navigator.openCase(id);
        }
    });
    // The person column opens the person, the case column the case.
    connect(m_correlation, &QTableWidget::cellActivated, this, [this](int row, int column) {
        const QTableWidgetItem* item = m_correlation->item(row, column == 3 ? 3 : 2);
        const QString id = item ? item->data(Qt::UserRole).toString() : QString();
        if (id.isEmpty()) {
            return;
        }
        if (column == 3) {
            emit m_navigator.openCase(id);
        } else {
            emit m_navigator.openPerson(id);
        }
    });
    // Refreshed once per burst of changes that can alter what it shows: the person, the cases they hold a role in,
    // any person (shared phones, CNICs and passports are listed), or another process's commit.
    m_refresher = new CoalescedRefresh([this] { refresh(); }, this);
    connect(&context.notifier(), &ChangeNotifier::changed, this, [this](const ChangeEvent& event) {
        const bool touched = event.concernsPerson(m_personId) || event.entity == RecordKind::Person ||
                             (!event.caseId.isEmpty() && m_caseIds.contains(event.caseId)) || !m_loaded;
        if (touched) {
            m_refresher->schedule();
        }
    });
    alignLabelsToLeadingEdge(this);
    refresh();
}

PersonProfile::~PersonProfile() = default;

void PersonProfile::buildIdentity() {
    auto* page = new QWidget(this);
    m_identity = new QFormLayout(page);
    const QString labels[IdentityRows] = {tr("CNIC"), tr("Phones"), tr("Passports"),   tr("Addresses"), tr("Aliases"),
                                          tr("Born"), tr("Sex"),    tr("Nationality"), tr("Notes")};
    for (int i = 0; i < IdentityRows; ++i) {
        m_identityValues[i] = new QLabel(page);
        m_identityValues[i]->setWordWrap(true);
        m_identityValues[i]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_identity->addRow(labels[i], m_identityValues[i]);
    }
    m_identityValues[Cnic_]->setObjectName(QStringLiteral("cnicValue"));
    m_tabs->addTab(page, tr("Identity"));
}

QString PersonProfile::title() const {
    return m_title.isEmpty() ? tr("Person") : m_title;
}

void PersonProfile::refresh() {
    m_refresher->done();
    auto person = PersonRepository(m_context).get(m_personId);
    if (!person) {
        m_loaded = false;
        m_messages->showMessage(person.error().message, MessageBar::Type::Error);
        m_messages->show();
        m_tabs->setEnabled(false);
        return;
    }
    m_loaded = true;
    m_tabs->setEnabled(true);
    const Person& p = *person;
    PersonInsight insight(m_context);
    m_name->setText(p.nameLatin.isEmpty() ? p.displayName() : p.nameLatin);
    m_nameUrdu->setText(p.nameUrdu);
    m_nameUrdu->setVisible(!p.nameUrdu.isEmpty());
    const QString relative = p.relativeLatin.isEmpty() ? p.relativeUrdu : p.relativeLatin;
    QString lineage;
    switch (p.relation) {
    case Relation::SonOf:
        lineage = tr("son of %1").arg(relative);
        break;
    case Relation::DaughterOf:
        lineage = tr("daughter of %1").arg(relative);
        break;
    case Relation::WifeOf:
        lineage = tr("wife of %1").arg(relative);
        break;
    case Relation::None:
        break;
    }
    m_lineage->setText(lineage);
    m_lineage->setVisible(!lineage.isEmpty());
    m_restricted->setVisible(p.isProtected);
    m_edit->setEnabled(!p.isProtected && m_context.scope().canWrite());
    m_photoButton->setEnabled(!p.isProtected && m_context.scope().canWrite());

    QStringList flags;
    const auto flag = [&flags](const QString& text) {
        flags << QStringLiteral("<span style=\"background:#b00020;color:white;padding:2px\">&nbsp;%1&nbsp;</span>")
                     .arg(text.toHtmlEscaped());
    };
    if (p.redBook) {
        flag(tr("Red Book"));
    }
    if (p.proclaimedOffender) {
        flag(tr("Proclaimed offender"));
    }
    if (p.redNotice) {
        flag(tr("Red Notice"));
    }
    m_watchlists->setRowCount(0);
    if (auto lists = insight.watchlists(m_personId)) {
        int r = 0;
        for (const WatchlistEntry& w : *lists) {
            setTableRow(m_watchlists, r++, {w.list, w.reference, displayDate(w.placedOn), displayDate(w.removedOn)});
            if (!w.removedOn.isValid()) {
                flag(tr("On %1").arg(w.list));
            }
        }
    }
    m_flags->setText(flags.join(QStringLiteral(" ")));

    // Identity, each identifier with what its validator still warns about.
    std::vector<Issue> cnicIssues;
    if (!p.cnic.isEmpty()) {
        cnicIssues = validateCnic(p.cnic).issues;
        if (auto mismatch = checkCnicSex(Cnic{p.cnic}, p.sex)) {
            cnicIssues.push_back(*mismatch);
        }
    }
    QStringList phones;
    for (const QString& phone : p.phones) {
        const auto checked = validatePhoneNumber(phone);
        phones << withWarnings(checked.value ? checked.value->display() : phone, checked.issues);
    }
    QStringList passports;
    for (const PersonPassport& pp : p.passports) {
        passports << tr("%1 (%2, %3)").arg(pp.number, pp.issuingState, pp.status);
    }
    QStringList addresses;
    for (const PersonAddress& a : p.addresses) {
        QStringList parts;
        for (const QString& part : {a.line, a.locality, a.tehsil, a.district, a.province, a.country}) {
            if (!part.isEmpty()) {
                parts << part;
            }
        }
        addresses << parts.join(QStringLiteral(", "));
    }
    const QString none = tr("—");
    const QString born = p.birthDate.isValid() ? displayDate(p.birthDate)
                         : p.birthYear > 0     ? QString::number(p.birthYear)
                                               : none;
    const QString values[IdentityRows] = {p.cnic.isEmpty() ? none : withWarnings(Cnic{p.cnic}.display(), cnicIssues),
                                          phones.isEmpty() ? none : phones.join(QStringLiteral("\n")),
                                          passports.isEmpty() ? none : passports.join(QStringLiteral("\n")),
                                          addresses.isEmpty() ? none : addresses.join(QStringLiteral("\n")),
                                          p.aliases.isEmpty() ? none : p.aliases.join(QStringLiteral(", ")),
                                          born,
                                          sexName(p.sex),
                                          p.nationality.isEmpty() ? none : p.nationality,
                                          p.notes.isEmpty() ? none : p.notes};
    for (int i = 0; i < IdentityRows; ++i) {
        m_identityValues[i]->setText(values[i]);
    }

    // Roles across cases.
    std::map<QString, QString> caseLabels;
    m_cases->setRowCount(0);
    m_caseIds.clear();
    if (auto roles = insight.rolesAcrossCases(m_personId)) {
        int r = 0;
        for (const PersonCaseRole& role : *roles) {
            caseLabels[role.caseId] = role.caseLabel;
            setTableRow(m_cases, r++,
                        {role.caseLabel, role.caseTitle, caseStatusDisplayName(role.caseStatus),
                         personRoleDisplayName(role.role), arrestStatusDisplayName(role.arrestStatus)},
                        role.caseId);
            m_caseIds.insert(role.caseId);
        }
    }
    m_cases->resizeColumnsToContents();

    // Payments made and received.
    m_payments->setRowCount(0);
    if (auto payments = PaymentRepository(m_context).listForPerson(m_personId)) {
        std::map<QString, QString> names;
        auto nameOf = [&](const QString& id) -> QString {
            if (id.isEmpty()) {
                return tr("(unknown)");
            }
            if (!names.contains(id)) {
                auto other = PersonRepository(m_context).get(id);
                names[id] = other ? other->displayName() : tr("(not visible)");
            }
            return names[id];
        };
        int r = 0;
        for (const Payment& pay : *payments) {
            const bool made = pay.payerPersonId == m_personId;
            if (!caseLabels.contains(pay.caseId)) {
                auto c = CaseRepository(m_context).get(pay.caseId);
                caseLabels[pay.caseId] = c ? c->label() : QString();
            }
            setTableRow(m_payments, r++,
                        {displayDate(pay.paidOn), caseLabels[pay.caseId], made ? tr("paid") : tr("received"),
                         nameOf(made ? pay.payeePersonId : pay.payerPersonId), pay.amount.display(),
                         pay.pkr ? pay.pkr->display() : tr("no rate")},
                        pay.caseId);
        }
    }
    m_payments->resizeColumnsToContents();

    // Cross-case correlation.
    m_correlation->setRowCount(0);
    if (auto found = insight.correlations(m_personId)) {
        int r = 0;
        for (const Correlation& c : *found) {
            setTableRow(m_correlation, r,
                        {correlationKindName(c.kind), correlationValue(c), c.personName,
                         c.caseId.isEmpty() ? tr("(no case you can see)") : c.caseLabel});
            m_correlation->item(r, 2)->setData(Qt::UserRole, c.personId);
            m_correlation->item(r, 3)->setData(Qt::UserRole, c.caseId);
            ++r;
        }
        m_tabs->setTabText(m_tabs->indexOf(m_correlation), tr("Also appears in (%1)").arg(r));
    }
    m_correlation->resizeColumnsToContents();

    // Photo, kept in the database.
    m_photoData.clear();
    m_photo->setText(tr("No photo"));
    if (auto photo = insight.photo(m_personId); photo && !photo->data.isEmpty()) {
        m_photoData = photo->data;
        QImage image;
        if (image.loadFromData(photo->data)) {
            m_photo->setPixmap(
                QPixmap::fromImage(image.scaled(m_photo->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        }
    }

    const QString title = p.displayName();
    if (title != m_title) {
        m_title = title;
        emit titleChanged(m_title);
    }
}

PersonDialog* PersonProfile::editPerson() {
    auto person = PersonRepository(m_context).get(m_personId);
    if (!person) {
        m_messages->showMessage(person.error().message, MessageBar::Type::Error);
        return nullptr;
    }
    auto* dialog = new PersonDialog(m_context, m_undoStack, *person, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void PersonProfile::choosePhoto() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose a photo"), {}, tr("Images (*.jpg *.jpeg *.png)"));
    if (path.isEmpty()) {
        return;
    }
    QImageReader reader(path);
    const QImage image = reader.read();
    if (image.isNull()) {
        m_messages->showMessage(tr("The file is not an image CaseLink can read."), MessageBar::Type::Error);
        m_messages->show();
        return;
    }
    // Re-encoded, so what is stored is a plain JPEG without the camera's metadata (location, device).
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.scaled(600, 750, Qt::KeepAspectRatio, Qt::SmoothTransformation).save(&buffer, "JPEG", 88);
    setPhoto(bytes, QStringLiteral("image/jpeg"));
}

void PersonProfile::setPhoto(const QByteArray& bytes, const QString& mime) {
    RepositoryContext& context = m_context;
    const QString id = m_personId;
    PersonPhoto before;
    if (auto current = PersonInsight(context).photo(id)) {
        before = *current;
    }
    const PersonPhoto after{mime, bytes};
    auto* command = new SetPhotoCommand(context, id, before, after);
    if (auto st = pushUndoable(m_undoStack, command); !st) {
        m_messages->showMessage(st.error().message, MessageBar::Type::Error);
        m_messages->show();
    }
}

} // namespace caselink
