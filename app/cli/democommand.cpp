// demo: creates the synthetic demo database that scripts/demo opens, once; an existing file is left alone.
#include "democommand.h"

#include <QFile>
#include <QFileInfo>

#include "commandline.h"
#include "commands.h"
#include "console.h"
#include "demogenerator.h"

namespace caselink {
namespace {

Status populate(const QString& path, const DemoSettings& settings) {
    const SecureBytes password = SecureBytes::fromByteArray(QByteArray(kDemoPassword));
    UnlockOptions options; // no throttle: this process just created the database with this password
    Result<std::unique_ptr<Session>> session =
        Session::unlock(path, QString::fromLatin1(kDemoAdminUsername), password, options);
    if (!session) {
        return std::unexpected(session.error());
    }
    for (const std::unique_ptr<DemoGenerator>& generator : demoGenerators()) {
        if (const Status done = generator->populate(**session, settings); !done) {
            return fail(done.error().code,
                        DemoCommand::tr("creating the %1 failed: %2").arg(generator->name(), done.error().message));
        }
    }
    return (*session)->close();
}

Status createDemo(const QString& path, const DemoSettings& settings) {
    CreateOptions options;
    options.path = path;
    options.adminUsername = QString::fromLatin1(kDemoAdminUsername);
    options.adminDisplayName = DemoCommand::tr("Demo Administrator");
    options.officeCode = QStringLiteral("HQ");
    options.kdf = settings.kdf;
    options.synthetic = true;
    const SecureBytes password = SecureBytes::fromByteArray(QByteArray(kDemoPassword));
    Result<CreateResult> created = Session::create(options, password);
    if (!created) {
        return std::unexpected(created.error());
    }
    // Nobody needs to recover a synthetic database: the key is dropped instead of shown.
    created->recoveryKey.fill(QLatin1Char('\0'));
    created->recoveryKey.clear();
    if (Status filled = populate(path, settings); !filled) {
        // A half-filled demo would be mistaken for a complete one next time; remove what this run created.
        const DatabaseFiles files(path);
        for (const QString& file : {files.database, files.keys, files.pendingKeys, files.wal, files.shm}) {
            QFile::remove(file);
        }
        return filled;
    }
    return ok();
}

} // namespace

int DemoCommand::run(const QStringList& arguments) {
    CommandLine commandLine(
        QStringLiteral("demo"),
        tr("Creates a synthetic demo database at --db unless that file exists. It holds synthetic data only and\n"
           "its recovery key is not shown. Accounts, all with the documented demo password %1:\n"
           "  demo.admin       administrator, HQ\n"
           "  demo.io          investigator, GRW-AHTC\n"
           "  demo.supervisor  supervisor, CENTRAL\n"
           "  demo.prosecutor  prosecutor_reader, LHR-AHTC")
            .arg(QString::fromLatin1(kDemoPassword)));
    commandLine.addDatabaseOption();
    commandLine.addOption(QStringLiteral("scale"),
                          tr("How much synthetic data to generate: demo (default), national (about 100,000 persons) "
                             "or large (1,000,000 persons, for benchmarks)."),
                          tr("scale"));
    commandLine.addOption(QStringLiteral("seed"),
                          tr("Seed of the generator; the same seed and scale give the same data (default 20250101)."),
                          tr("number"));
    commandLine.addOption(QStringLiteral("today"),
                          tr("The day the synthetic cases' lives run up to, as YYYY-MM-DD (default: today in "
                             "Pakistan); the same seed, scale and day give the same data."),
                          tr("date"));
    commandLine.addKdfOptions();
    if (const auto stop = commandLine.parse(arguments)) {
        return *stop;
    }
    DemoSettings settings;
    const QString scaleKey = commandLine.isSet(QStringLiteral("scale")) ? commandLine.value(QStringLiteral("scale"))
                                                                        : QStringLiteral("demo");
    const std::optional<DemoScale> scale = demoScaleFromKey(scaleKey);
    if (!scale) {
        return Console::report(commandLine.usageError(
            tr("unknown scale '%1' (use %2)").arg(scaleKey, demoScaleKeys().join(QStringLiteral(", ")))));
    }
    settings.scale = *scale;
    if (commandLine.isSet(QStringLiteral("seed"))) {
        bool valid = false;
        settings.seed = commandLine.value(QStringLiteral("seed")).toULongLong(&valid);
        if (!valid) {
            return Console::report(commandLine.usageError(
                tr("the seed must be a whole number, not '%1'").arg(commandLine.value(QStringLiteral("seed")))));
        }
    }
    if (commandLine.isSet(QStringLiteral("today"))) {
        settings.today = QDate::fromString(commandLine.value(QStringLiteral("today")), Qt::ISODate);
        if (!settings.today.isValid()) {
            return Console::report(commandLine.usageError(
                tr("the day must be written YYYY-MM-DD, not '%1'").arg(commandLine.value(QStringLiteral("today")))));
        }
    }
    const Result<crypto::Argon2Params> kdf = commandLine.kdfParams();
    if (!kdf) {
        return Console::report(kdf.error());
    }
    settings.kdf = *kdf;
    const QString path = commandLine.value(QStringLiteral("db"));
    if (QFileInfo::exists(path)) {
        Console::message(tr("%1 already exists; left unchanged.").arg(path));
        return toInt(ExitCode::Ok);
    }
    if (const Status created = createDemo(path, settings); !created) {
        return Console::report(created.error());
    }
    Console::printLine(
        tr("Created the synthetic demo database %1 (synthetic data only; no recovery key is kept).").arg(path));
    Console::printLine(tr("Sign in as demo.admin, demo.io, demo.supervisor or demo.prosecutor; the password is "
                          "given by '%1 demo --help'.")
                           .arg(Console::programName()));
    return toInt(ExitCode::Ok);
}

} // namespace caselink
