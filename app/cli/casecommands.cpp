// case add, show, list, update and close. Each reads its options into a CaseRecord and hands it to CaseRepository
// (add through NewCaseCommand, which also records the complainant), so the rules are caselink_core's.
#include "casecommands.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include "commandline.h"
#include "commands.h"
#include "console.h"
#include "domain/documentdate.h"
#include "domain/localtime.h"
#include "models/commands/recordcommands.h"
#include "repo/caserepository.h"
#include "repo/caseroles.h"
#include "repo/officerrepository.h"
#include "repo/referencerepository.h"
#include "repo/repositorycontext.h"
#include "security/session.h"

using namespace Qt::StringLiterals;

namespace caselink {
namespace {

using Tr = CaseCommands;

// A registration instant as people read it: office time (JSON keeps ISO 8601 UTC).
QString officeText(const QDateTime& at) {
    return at.isValid() ? displayDateTime(at) : QString();
}

// The options that describe a case, shared by add and update.
void addCaseOptions(CommandLine& commandLine) {
    commandLine.addOption(u"enquiry"_s, Tr::tr("Enquiry number, e.g. ENQ-GRW-2025-0142."), Tr::tr("number"));
    commandLine.addOption(u"enquiry-date"_s, Tr::tr("Day the enquiry was registered (DD-MM-YYYY)."), Tr::tr("date"));
    commandLine.addOption(u"enquiry-time"_s, Tr::tr("Time it was registered, office time (HH:MM)."), Tr::tr("time"));
    commandLine.addOption(u"fir"_s, Tr::tr("FIR number, e.g. C-188/2025."), Tr::tr("number"));
    commandLine.addOption(u"fir-station"_s, Tr::tr("Police station or circle of the FIR (default: your circle)."),
                          Tr::tr("name"));
    commandLine.addOption(u"fir-date"_s, Tr::tr("Day the FIR was registered (DD-MM-YYYY)."), Tr::tr("date"));
    commandLine.addOption(u"fir-time"_s, Tr::tr("Time it was registered, office time (HH:MM)."), Tr::tr("time"));
    commandLine.addOption(u"offences"_s,
                          Tr::tr("Offence codes from the reference table, comma-separated (PSMA-6,...)."),
                          Tr::tr("codes"));
    commandLine.addOption(u"io"_s, Tr::tr("Investigating officer: name, service number or id."), Tr::tr("officer"));
    commandLine.addOption(u"title"_s, Tr::tr("A short title."), Tr::tr("text"));
    commandLine.addOption(u"facts"_s, Tr::tr("The brief facts."), Tr::tr("text"));
}

void addOutputOptions(CommandLine& commandLine) {
    commandLine.addFormatOption();
    commandLine.addOption(u"json"_s, Tr::tr("Same as --format json."));
}

Result<OutputFormat> outputFormat(const CommandLine& commandLine) {
    if (commandLine.isSet(u"json"_s)) {
        return OutputFormat::Json;
    }
    return commandLine.format();
}

Result<QDate> dateOption(const CommandLine& commandLine, const QString& name) {
    const QString text = commandLine.value(name).trimmed();
    if (text.isEmpty()) {
        return QDate();
    }
    auto date = validateDate(text, officeToday(), DateExpectation::Any);
    if (!date.value) {
        return fail(ErrorCode::Input, Tr::tr("--%1: %2").arg(name, errorMessages(date.issues)));
    }
    return *date.value;
}

Result<QTime> timeOption(const CommandLine& commandLine, const QString& name) {
    const QString text = commandLine.value(name).trimmed();
    if (text.isEmpty()) {
        return QTime();
    }
    for (const QString& format : {u"H:mm"_s, u"HH:mm"_s}) {
        if (const QTime t = QTime::fromString(text, format); t.isValid()) {
            return t;
        }
    }
    return fail(ErrorCode::Input, Tr::tr("--%1: \"%2\" is not a time; give it as HH:MM, e.g. 14:30.").arg(name, text));
}

// A day and a time typed in office time as the instant of registration; a time without its day is refused.
Result<QDateTime> registration(const CommandLine& commandLine, const QString& what, QDate& day) {
    auto date = dateOption(commandLine, what + u"-date"_s);
    auto time = timeOption(commandLine, what + u"-time"_s);
    if (!date || !time) {
        return std::unexpected(date ? time.error() : date.error());
    }
    if (date->isValid()) {
        day = *date;
    }
    if (!time->isValid()) {
        return QDateTime();
    }
    if (!day.isValid()) {
        return fail(ErrorCode::Input, Tr::tr("--%1-time needs --%1-date.").arg(what));
    }
    return officeLocalToUtc(day, *time);
}

Result<QStringList> offenceIds(RepositoryContext& context, const QString& codes) {
    QStringList ids;
    const QStringList wanted = codes.split(u',', Qt::SkipEmptyParts);
    if (wanted.isEmpty()) {
        return ids;
    }
    auto offences = ReferenceRepository(context).offences();
    if (!offences) {
        return std::unexpected(offences.error());
    }
    for (const QString& code : wanted) {
        const auto it = std::find_if(offences->begin(), offences->end(), [&](const Offence& o) {
            return o.code.compare(code.trimmed(), Qt::CaseInsensitive) == 0 || o.id == code.trimmed();
        });
        if (it == offences->end()) {
            return fail(ErrorCode::Input,
                        Tr::tr("--offences: \"%1\" is not in the offence table (codes such as PSMA-6, PPC-420).")
                            .arg(code.trimmed()));
        }
        ids << it->id;
    }
    return ids;
}

Result<QString> officerId(RepositoryContext& context, const QString& wanted) {
    if (wanted.trimmed().isEmpty()) {
        return QString();
    }
    auto officers = OfficerRepository(context).investigatingOfficers(context.session().user().officeId);
    if (!officers) {
        return std::unexpected(officers.error());
    }
    for (const Officer& o : *officers) {
        if (o.id == wanted || o.serviceNumber == wanted || o.name.compare(wanted, Qt::CaseInsensitive) == 0) {
            return o.id;
        }
    }
    return fail(ErrorCode::Input,
                Tr::tr("--io: no investigating officer of your office is called or numbered \"%1\".").arg(wanted));
}

// Applies the options that were given to c; what was not given stays as it is.
Status applyOptions(RepositoryContext& context, const CommandLine& commandLine, CaseRecord& c) {
    for (const auto& [name, field] : {std::pair{u"enquiry"_s, &c.enquiryNumber}, std::pair{u"fir"_s, &c.firNumber},
                                      std::pair{u"fir-station"_s, &c.firStation}, std::pair{u"title"_s, &c.title},
                                      std::pair{u"facts"_s, &c.summary}}) {
        if (commandLine.isSet(name)) {
            *field = commandLine.value(name).trimmed();
        }
    }
    auto enquiryAt = registration(commandLine, u"enquiry"_s, c.enquiryDate);
    if (!enquiryAt) {
        return std::unexpected(enquiryAt.error());
    }
    if (enquiryAt->isValid()) {
        c.enquiryRegisteredAt = *enquiryAt;
    }
    auto firAt = registration(commandLine, u"fir"_s, c.firDate);
    if (!firAt) {
        return std::unexpected(firAt.error());
    }
    if (firAt->isValid()) {
        c.firRegisteredAt = *firAt;
    }
    if (commandLine.isSet(u"offences"_s)) {
        auto ids = offenceIds(context, commandLine.value(u"offences"_s));
        if (!ids) {
            return std::unexpected(ids.error());
        }
        c.offenceIds = *ids;
    }
    if (commandLine.isSet(u"io"_s)) {
        auto io = officerId(context, commandLine.value(u"io"_s));
        if (!io) {
            return std::unexpected(io.error());
        }
        c.ioOfficerId = *io;
    }
    return ok();
}

// A case named by its id, its FIR ("C-188/2023") or its enquiry number; a number matching several is refused.
Result<CaseRecord> findCase(RepositoryContext& context, const QString& wanted) {
    CaseRepository cases(context);
    if (auto byId = cases.get(wanted)) {
        return byId;
    }
    auto hits = cases.search(wanted, 20);
    if (!hits) {
        return std::unexpected(hits.error());
    }
    QStringList ids;
    for (const CaseSummary& hit : *hits) {
        if (hit.label.compare(wanted, Qt::CaseInsensitive) == 0 ||
            hit.enquiryNumber.compare(wanted, Qt::CaseInsensitive) == 0) {
            ids << hit.id;
        }
    }
    if (ids.isEmpty()) {
        return fail(ErrorCode::NotFound, Tr::tr("No case %1 in your scope.").arg(wanted));
    }
    if (ids.size() > 1) {
        return fail(
            ErrorCode::Input,
            Tr::tr("%1 names %2 cases (FIRs of different stations); give the case id.").arg(wanted).arg(ids.size()));
    }
    return cases.get(ids.front());
}

QJsonObject caseJson(RepositoryContext& context, const CaseRecord& c) {
    QStringList offenceCodes;
    if (auto offences = ReferenceRepository(context).offences()) {
        for (const Offence& o : *offences) {
            if (c.offenceIds.contains(o.id)) {
                offenceCodes << o.code;
            }
        }
    }
    QJsonArray complainants;
    if (auto roles = CaseRoleRepository(context).ofCase(c.id)) {
        for (const CaseRoleView& view : *roles) {
            if (view.role.role == PersonRole::Complainant) {
                complainants.append(QJsonObject{{u"id"_s, view.person.id}, {u"name"_s, view.person.displayName()}});
            }
        }
    }
    auto iso = [](const QDateTime& t) {
        return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
    };
    auto day = [](QDate d) {
        return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
    };
    return QJsonObject{{u"id"_s, c.id},
                       {u"label"_s, c.label()},
                       {u"enquiry_number"_s, c.enquiryNumber.isEmpty() ? QJsonValue() : QJsonValue(c.enquiryNumber)},
                       {u"enquiry_date"_s, day(c.enquiryDate)},
                       {u"enquiry_registered_at"_s, iso(c.enquiryRegisteredAt)},
                       {u"fir"_s, c.hasFir() ? QJsonValue(c.firNumber) : QJsonValue()},
                       {u"fir_station"_s, c.hasFir() ? QJsonValue(c.firStation) : QJsonValue()},
                       {u"fir_date"_s, day(c.firDate)},
                       {u"fir_registered_at"_s, iso(c.firRegisteredAt)},
                       {u"status"_s, caseStatusKey(c.status)},
                       {u"title"_s, c.title},
                       {u"facts"_s, c.summary},
                       {u"offences"_s, QJsonArray::fromStringList(offenceCodes)},
                       {u"io_officer_id"_s, c.ioOfficerId.isEmpty() ? QJsonValue() : QJsonValue(c.ioOfficerId)},
                       {u"complainants"_s, complainants}};
}

void printCase(RepositoryContext& context, const CaseRecord& c, OutputFormat format) {
    const QJsonObject json = caseJson(context, c);
    if (format == OutputFormat::Json) {
        Console::print(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
        return;
    }
    QStringList complainants;
    for (const QJsonValue& p : json.value(u"complainants"_s).toArray()) {
        complainants << p.toObject().value(u"name"_s).toString();
    }
    QStringList offences;
    for (const QJsonValue& o : json.value(u"offences"_s).toArray()) {
        offences << o.toString();
    }
    auto registered = [](QDate d, const QDateTime& at) {
        return at.isValid() ? officeText(at) : displayDate(d);
    };
    const QList<QStringList> rows{
        {Tr::tr("Case"), c.id},
        {Tr::tr("Enquiry"),
         c.enquiryNumber.isEmpty()
             ? u"-"_s
             : Tr::tr("%1, registered %2").arg(c.enquiryNumber, registered(c.enquiryDate, c.enquiryRegisteredAt))},
        {Tr::tr("FIR"),
         c.hasFir()
             ? Tr::tr("%1 (%2), registered %3").arg(c.firNumber, c.firStation, registered(c.firDate, c.firRegisteredAt))
             : u"-"_s},
        {Tr::tr("Status"), caseStatusKey(c.status)},
        {Tr::tr("Title"), c.title},
        {Tr::tr("Offences"), offences.join(u", "_s)},
        {Tr::tr("Complainant"), complainants.join(u", "_s)},
        {Tr::tr("Facts"), c.summary},
    };
    Console::printTable({Tr::tr("FIELD"), Tr::tr("VALUE")}, rows);
}

void printWarnings(const std::vector<Issue>& issues) {
    for (const Issue& issue : issues) {
        Console::message(Tr::tr("warning: %1").arg(issue.message));
    }
}

// The common start of every case command: database, account, password.
void addSessionOptions(CommandLine& commandLine) {
    commandLine.addDatabaseOption();
    commandLine.addUserOption(Tr::tr("The account to sign in with."));
    commandLine.addPasswordFileOption();
}

} // namespace

int CaseCommands::add(const QStringList& arguments) {
    CommandLine commandLine(
        u"case add"_s,
        tr("Registers a case: an enquiry number, an FIR number, or both, each with the day and time it was\n"
           "registered. The checks are the window's: FIR numbers are unique per station and year, enquiry\n"
           "numbers per office and year. The complainant is a new person (--complainant NAME) or one already\n"
           "recorded (--complainant-id ID), recorded with the COMPLAINANT role. Prints the new case."));
    addSessionOptions(commandLine);
    addCaseOptions(commandLine);
    commandLine.addOption(u"complainant"_s, tr("Name of a new person who complained (English or Urdu)."), tr("name"));
    commandLine.addOption(u"complainant-id"_s, tr("Id of a recorded person who complained."), tr("id"));
    addOutputOptions(commandLine);
    if (const auto stop = commandLine.parse(arguments)) {
        return *stop;
    }
    const Result<OutputFormat> format = outputFormat(commandLine);
    if (!format) {
        return Console::report(format.error());
    }
    if (!commandLine.isSet(u"enquiry"_s) && !commandLine.isSet(u"fir"_s)) {
        return Console::report(commandLine.usageError(tr("give --enquiry, --fir or both")));
    }
    if (commandLine.isSet(u"complainant"_s) && commandLine.isSet(u"complainant-id"_s)) {
        return Console::report(commandLine.usageError(tr("give --complainant or --complainant-id, not both")));
    }
    return Commands::withDatabase(commandLine, Access::ReadWrite, [&](RepositoryContext& context) -> Status {
        CaseRecord draft;
        if (auto st = applyOptions(context, commandLine, draft); !st) {
            return st;
        }
        ComplainantDraft complainant;
        complainant.personId = commandLine.value(u"complainant-id"_s).trimmed();
        if (const QString name = commandLine.value(u"complainant"_s).trimmed(); !name.isEmpty()) {
            Person p;
            const bool urdu = name.contains(QRegularExpression(u"[\\x{0600}-\\x{06FF}]"_s));
            (urdu ? p.nameUrdu : p.nameLatin) = name;
            complainant.newPerson = p;
        }
        NewCaseCommand command(context, draft, complainant);
        command.redo();
        if (command.error()) {
            return std::unexpected(*command.error());
        }
        auto saved = CaseRepository(context).get(command.recordId());
        if (!saved) {
            return std::unexpected(saved.error());
        }
        printCase(context, *saved, *format);
        return ok();
    });
}

int CaseCommands::show(const QStringList& arguments) {
    CommandLine commandLine(u"case show"_s, tr("Shows one case, named by its id, FIR or enquiry number."));
    addSessionOptions(commandLine);
    addOutputOptions(commandLine);
    commandLine.acceptPositional(u"case"_s, tr("Case id, FIR (C-188/2023) or enquiry number."));
    if (const auto stop = commandLine.parse(arguments)) {
        return *stop;
    }
    const Result<OutputFormat> format = outputFormat(commandLine);
    if (!format) {
        return Console::report(format.error());
    }
    return Commands::withDatabase(commandLine, Access::ReadOnly, [&](RepositoryContext& context) -> Status {
        auto c = findCase(context, commandLine.positional());
        if (!c) {
            return std::unexpected(c.error());
        }
        printCase(context, *c, *format);
        return ok();
    });
}

int CaseCommands::list(const QStringList& arguments) {
    CommandLine commandLine(u"case list"_s, tr("Lists the cases in your scope, newest first."));
    addSessionOptions(commandLine);
    commandLine.addOption(u"status"_s, tr("Only cases with this status (FIR_REGISTERED, ...)."), tr("status"));
    commandLine.addOption(u"year"_s, tr("Only cases of this year (FIR year, else the enquiry's)."), tr("year"));
    commandLine.addOption(u"limit"_s, tr("At most this many cases (default 100)."), tr("n"));
    addOutputOptions(commandLine);
    if (const auto stop = commandLine.parse(arguments)) {
        return *stop;
    }
    const Result<OutputFormat> format = outputFormat(commandLine);
    const Result<std::int64_t> year = commandLine.integer(u"year"_s, 0, 2100, 0);
    const Result<std::int64_t> limit = commandLine.integer(u"limit"_s, 1, 1000, 100);
    if (!format || !year || !limit) {
        return Console::report(!format ? format.error() : !year ? year.error() : limit.error());
    }
    CaseFilter filter;
    filter.year = int(*year);
    if (commandLine.isSet(u"status"_s)) {
        filter.status = caseStatusFromKey(commandLine.value(u"status"_s).toUpper());
        if (!filter.status) {
            return Console::report(
                commandLine.usageError(tr("unknown status '%1'").arg(commandLine.value(u"status"_s))));
        }
    }
    return Commands::withDatabase(commandLine, Access::ReadOnly, [&](RepositoryContext& context) -> Status {
        auto page = CaseRepository(context).list(filter, std::nullopt, int(*limit));
        if (!page) {
            return std::unexpected(page.error());
        }
        if (*format == OutputFormat::Json) {
            QJsonArray array;
            for (const CaseSummary& row : page->rows) {
                array.append(
                    QJsonObject{{u"id"_s, row.id},
                                {u"label"_s, row.label},
                                {u"enquiry_number"_s, row.enquiryNumber},
                                {u"fir_station"_s, row.firStation},
                                {u"fir_date"_s, row.firDate.isValid() ? row.firDate.toString(Qt::ISODate) : QString()},
                                {u"status"_s, caseStatusKey(row.status)},
                                {u"title"_s, row.title}});
            }
            Console::print(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
            return ok();
        }
        QList<QStringList> rows;
        for (const CaseSummary& row : page->rows) {
            rows << QStringList{row.label,
                                row.enquiryNumber,
                                row.firStation,
                                displayDate(row.firDate),
                                caseStatusKey(row.status),
                                row.title,
                                row.id};
        }
        Console::printTable(
            {tr("CASE"), tr("ENQUIRY"), tr("STATION"), tr("FIR DATE"), tr("STATUS"), tr("TITLE"), tr("ID")}, rows);
        return ok();
    });
}

int CaseCommands::update(const QStringList& arguments) {
    CommandLine commandLine(
        u"case update"_s,
        tr("Changes the fields given and keeps the others. An FIR number given for an enquiry registers the\n"
           "FIR (CrPC s.154): the status moves to FIR_REGISTERED and the enquiry number stays."));
    addSessionOptions(commandLine);
    addCaseOptions(commandLine);
    addOutputOptions(commandLine);
    commandLine.acceptPositional(u"case"_s, tr("Case id, FIR or enquiry number."));
    if (const auto stop = commandLine.parse(arguments)) {
        return *stop;
    }
    const Result<OutputFormat> format = outputFormat(commandLine);
    if (!format) {
        return Console::report(format.error());
    }
    return Commands::withDatabase(commandLine, Access::ReadWrite, [&](RepositoryContext& context) -> Status {
        auto before = findCase(context, commandLine.positional());
        if (!before) {
            return std::unexpected(before.error());
        }
        CaseRecord after = *before;
        if (auto st = applyOptions(context, commandLine, after); !st) {
            return st;
        }
        CaseRepository cases(context);
        const bool registersFir = !before->hasFir() && !after.firNumber.isEmpty();
        if (registersFir) {
            // The s.154 flow first, with its own audit entry; the other fields after it.
            FirRegistration fir{after.firNumber, after.firStation, after.firDate, after.firRegisteredAt};
            auto registered = cases.registerFir(before->id, fir);
            if (!registered) {
                return std::unexpected(registered.error());
            }
            printWarnings(registered->warnings);
            auto current = cases.get(before->id);
            if (!current) {
                return std::unexpected(current.error());
            }
            after.fir = current->fir;
            after.firNumber = current->firNumber;
            after.firStation = current->firStation;
            after.firDate = current->firDate;
            after.firRegisteredAt = current->firRegisteredAt;
            after.status = current->status;
        }
        auto saved = cases.update(after);
        if (!saved) {
            return std::unexpected(saved.error());
        }
        printWarnings(saved->warnings);
        auto shown = cases.get(before->id);
        if (!shown) {
            return std::unexpected(shown.error());
        }
        printCase(context, *shown, *format);
        return ok();
    });
}

int CaseCommands::close(const QStringList& arguments) {
    CommandLine commandLine(
        u"case close"_s,
        tr("Closes a case: an enquiry becomes ENQUIRY_CLOSED, a case with an FIR DISPOSED, unless --status names\n"
           "another closing status (DROPPED_AFTER_INVESTIGATION, CONVICTED, ACQUITTED)."));
    addSessionOptions(commandLine);
    commandLine.addOption(u"status"_s, tr("The closing status."), tr("status"));
    addOutputOptions(commandLine);
    commandLine.acceptPositional(u"case"_s, tr("Case id, FIR or enquiry number."));
    if (const auto stop = commandLine.parse(arguments)) {
        return *stop;
    }
    const Result<OutputFormat> format = outputFormat(commandLine);
    if (!format) {
        return Console::report(format.error());
    }
    std::optional<CaseStatus> wanted;
    if (commandLine.isSet(u"status"_s)) {
        wanted = caseStatusFromKey(commandLine.value(u"status"_s).toUpper());
        const std::vector<CaseStatus> closing{CaseStatus::EnquiryClosed, CaseStatus::Disposed,
                                              CaseStatus::DroppedAfterInvestigation, CaseStatus::Convicted,
                                              CaseStatus::Acquitted};
        if (!wanted || std::find(closing.begin(), closing.end(), *wanted) == closing.end()) {
            return Console::report(
                commandLine.usageError(tr("'%1' is not a closing status").arg(commandLine.value(u"status"_s))));
        }
    }
    return Commands::withDatabase(commandLine, Access::ReadWrite, [&](RepositoryContext& context) -> Status {
        auto c = findCase(context, commandLine.positional());
        if (!c) {
            return std::unexpected(c.error());
        }
        const CaseStatus status = wanted.value_or(c->hasFir() ? CaseStatus::Disposed : CaseStatus::EnquiryClosed);
        CaseRepository cases(context);
        if (auto st = cases.setStatus(c->id, status); !st) {
            return st;
        }
        auto shown = cases.get(c->id);
        if (!shown) {
            return std::unexpected(shown.error());
        }
        printCase(context, *shown, *format);
        return ok();
    });
}

} // namespace caselink
