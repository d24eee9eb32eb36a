#include "ui/workspace/recorddialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QResizeEvent>
#include <QShowEvent>
#include <QSpinBox>
#include <QTimeZone>
#include <QUndoStack>
#include <QVBoxLayout>

#include "domain/documentdate.h"
#include "domain/localtime.h"
#include "models/undocommand.h"
#include "ui/language.h"
#include "ui/messagebar.h"
#include "ui/messagebox.h"
#include "ui/workspace/panelsupport.h"

namespace caselink {
namespace {

std::function<bool(QWidget*)>& discardQuestion() {
    static std::function<bool(QWidget*)> ask = [](QWidget* dialog) {
        return MessageBox::question(dialog, RecordDialog::tr("Discard changes"),
                                    RecordDialog::tr("Discard what you have entered in this dialog?"),
                                    QMessageBox::Discard | QMessageBox::Cancel,
                                    QMessageBox::Cancel) == QMessageBox::Discard;
    };
    return ask;
}

QString issueHtml(const std::vector<Issue>& issues) {
    QStringList lines;
    for (const Issue& issue : issues) {
        const QString color = issue.severity == Severity::Error ? QStringLiteral("#b00020") : QStringLiteral("#8a5a00");
        lines << QStringLiteral("<span style=\"color:%1\">%2</span>").arg(color, issue.message.toHtmlEscaped());
    }
    return lines.join(QStringLiteral("<br>"));
}

} // namespace

RecordDialog::RecordDialog(const QString& title, QWidget* parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_messages(new MessageBar(this)) {
    setWindowTitle(title);
    setMinimumWidth(520);
    auto* layout = new QVBoxLayout(this);
    m_messages->hide();
    layout->addWidget(m_messages);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    layout->addLayout(m_form);
    layout->addStretch();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    translateStandardButtons(buttons);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecordDialog::reject);
}

void RecordDialog::setDiscardQuestion(std::function<bool(QWidget*)> ask) {
    discardQuestion() = std::move(ask);
}

QLabel* RecordDialog::makeFeedback() {
    auto* label = new QLabel(this);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setAlignment(leadingAlignment());
    label->hide();
    return label;
}

void RecordDialog::addField(const QString& label, QWidget* field, Check check) {
    auto* cell = new QWidget(this);
    auto* box = new QVBoxLayout(cell);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(2);
    box->addWidget(field);
    Row row{field, makeFeedback(), {}};
    if (!field->objectName().isEmpty()) {
        row.feedback->setObjectName(field->objectName() + QStringLiteral("Feedback"));
    }
    box->addWidget(row.feedback);
    if (check) {
        row.checks.push_back(std::move(check));
    }
    m_rows.push_back(std::move(row));
    m_form->addRow(label, cell);
    watch(field);
}

void RecordDialog::addCheck(QWidget* field, Check check) {
    if (Row* row = rowFor(field)) {
        row->checks.push_back(std::move(check));
    }
}

void RecordDialog::addWidget(QWidget* widget) {
    m_form->addRow(widget);
    watch(widget);
}

RecordDialog::Row* RecordDialog::rowFor(const QWidget* field) {
    for (Row& row : m_rows) {
        if (row.field == field) {
            return &row;
        }
    }
    return nullptr;
}

const RecordDialog::Row* RecordDialog::rowFor(const QWidget* field) const {
    return const_cast<RecordDialog*>(this)->rowFor(field);
}

void RecordDialog::watch(QWidget* field) {
    auto changed = [this] {
        markModified();
        revalidate();
    };
    if (auto* edit = qobject_cast<QLineEdit*>(field)) {
        connect(edit, &QLineEdit::textChanged, this, changed);
    } else if (auto* combo = qobject_cast<QComboBox*>(field)) {
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    } else if (auto* box = qobject_cast<QCheckBox*>(field)) {
        connect(box, &QCheckBox::toggled, this, changed);
    } else if (auto* text = qobject_cast<QPlainTextEdit*>(field)) {
        connect(text, &QPlainTextEdit::textChanged, this, changed);
    } else if (auto* list = qobject_cast<QListWidget*>(field)) {
        connect(list, &QListWidget::itemChanged, this, changed);
        connect(list, &QListWidget::currentRowChanged, this, changed);
    } else if (auto* spin = qobject_cast<QSpinBox*>(field)) {
        connect(spin, &QSpinBox::valueChanged, this, changed);
    }
    for (QWidget* child : field->findChildren<QWidget*>(Qt::FindDirectChildrenOnly)) {
        watch(child);
    }
}

void RecordDialog::markModified() {
    m_modified = true;
}

void RecordDialog::revalidate() {
    m_hasErrors = false;
    for (Row& row : m_rows) {
        std::vector<Issue> issues;
        for (const Check& check : row.checks) {
            const std::vector<Issue> found = check();
            issues.insert(issues.end(), found.begin(), found.end());
        }
        m_hasErrors = m_hasErrors || caselink::hasErrors(issues);
        row.feedback->setText(issues.empty() ? QString() : interfaceParagraph(issueHtml(issues)));
        row.feedback->setVisible(!issues.empty());
        row.field->setProperty("hasError", caselink::hasErrors(issues));
    }
    m_ok->setEnabled(!m_hasErrors);
    growToFit();
}

void RecordDialog::showEvent(QShowEvent* event) {
    QDialog::showEvent(event);
    growToFit();
}

void RecordDialog::resizeEvent(QResizeEvent* event) {
    QDialog::resizeEvent(event);
    growToFit();
}

void RecordDialog::growToFit() {
    if (QLayout* l = layout(); l && l->hasHeightForWidth()) {
        const int needed = l->totalHeightForWidth(width()) + fontMetrics().height();
        if (needed > height()) {
            resize(width(), needed);
        }
    }
}

bool RecordDialog::hasErrors() const {
    return m_hasErrors;
}

QString RecordDialog::feedback(const QWidget* field) const {
    const Row* row = rowFor(field);
    if (!row || row->feedback->isHidden()) {
        return {};
    }
    QString text = row->feedback->text();
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    return text;
}

void RecordDialog::accept() {
    revalidate();
    if (m_hasErrors) {
        return;
    }
    m_ok->setEnabled(false);
    const Status saved = save();
    m_ok->setEnabled(true);
    if (!saved) {
        // What was typed stays; the officer corrects it or cancels.
        m_messages->showMessage(saved.error().message, MessageBar::Type::Error);
        m_messages->show();
        return;
    }
    m_modified = false;
    QDialog::accept();
}

void RecordDialog::reject() {
    if (m_modified && !discardQuestion()(this)) {
        return;
    }
    QDialog::reject();
}

Status RecordDialog::pushCommand(QUndoStack& stack, RepositoryCommand* command) {
    return pushUndoable(stack, command);
}

std::vector<Issue> requireText(const QString& text, const QString& message) {
    if (text.trimmed().isEmpty()) {
        return {{Severity::Error, QStringLiteral("field.required"), message}};
    }
    return {};
}

std::vector<Issue> checkDateText(const QString& text, bool required, bool pastOnly) {
    if (text.trimmed().isEmpty() && !required) {
        return {};
    }
    return validateDate(text, officeToday(), pastOnly ? DateExpectation::Past : DateExpectation::Any).issues;
}

std::vector<Issue> checkTimeText(const QString& text, bool required) {
    if (text.trimmed().isEmpty()) {
        if (!required) {
            return {};
        }
        return {{Severity::Error, QStringLiteral("field.time_missing"), RecordDialog::tr("Enter the time (HH:MM).")}};
    }
    if (!parseTimeText(text).isValid()) {
        return {{Severity::Error, QStringLiteral("field.time_invalid"),
                 RecordDialog::tr("\"%1\" is not a time; type it as HH:MM, e.g. 14:30.").arg(text.trimmed())}};
    }
    return {};
}

QTime parseTimeText(const QString& text) {
    const QString t = text.trimmed();
    for (const QString& format : {QStringLiteral("H:mm"), QStringLiteral("HH:mm"), QStringLiteral("HHmm")}) {
        if (const QTime time = QTime::fromString(t, format); time.isValid()) {
            return time;
        }
    }
    return {};
}

void addChooseEntry(QComboBox* box) {
    box->insertItem(0, RecordDialog::tr("Choose…"), QString());
    box->setCurrentIndex(0);
}

std::vector<Issue> requireChoice(const QComboBox* box, const QString& message) {
    if (box->currentData().toString().isEmpty()) {
        return {{Severity::Error, QStringLiteral("field.choice_missing"), message}};
    }
    return {};
}

QDate parseDateText(const QString& text) {
    if (text.trimmed().isEmpty()) {
        return {};
    }
    return validateDate(text, officeToday(), DateExpectation::Any).value.value_or(QDate());
}

} // namespace caselink
