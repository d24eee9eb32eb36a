// keys export, trust, list and revoke: the registry of trusted office keys. An office exports its public key and reads
// its fingerprint to HQ over another channel; an administrator trusts the key with that fingerprint, and bundle import
// then accepts bundles signed by it (TrustedKeyRepository enforces who may change what and audits it).
#include "keycommands.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "commandline.h"
#include "commands.h"
#include "console.h"
#include "repo/trustedkeyrepository.h"

namespace caselink {

using namespace Qt::StringLiterals;

namespace {

// Runs work on a repository over the unlocked --db, closing the session afterwards.
int withKeys(const CommandLine& commandLine, bool readOnly,
             const std::function<Status(TrustedKeyRepository&, Session&)>& work) {
    return Commands::withDatabase(commandLine, readOnly ? Access::ReadOnly : Access::ReadWrite,
                                  [&](RepositoryContext& context) -> Status {
                                      TrustedKeyRepository keys(context);
                                      return work(keys, context.session());
                                  });
}

QString state(const TrustedKey& k) {
    return k.isRevoked() ? KeyCommands::tr("revoked %1 by %2").arg(k.revokedAt.left(10), k.revokedBy)
                         : KeyCommands::tr("trusted");
}

QJsonObject keyJson(const TrustedKey& k) {
    return QJsonObject{{u"office"_s, k.officeCode},
                       {u"office_name"_s, k.officeName},
                       {u"fingerprint"_s, k.fingerprint},
                       {u"state"_s, k.isRevoked() ? u"revoked"_s : u"trusted"_s},
                       {u"note"_s, k.note},
                       {u"added_by"_s, k.addedBy},
                       {u"added_at"_s, k.addedAt},
                       {u"revoked_by"_s, k.isRevoked() ? QJsonValue(k.revokedBy) : QJsonValue()},
                       {u"revoked_at"_s, k.isRevoked() ? QJsonValue(k.revokedAt) : QJsonValue()},
                       {u"revoke_reason"_s, k.isRevoked() ? QJsonValue(k.revokeReason) : QJsonValue()}};
}

Status printList(TrustedKeyRepository& keys, OutputFormat format, bool includeRevoked) {
    auto own = keys.ownKey();
    if (!own) {
        return std::unexpected(own.error());
    }
    auto list = keys.list(includeRevoked);
    if (!list) {
        return std::unexpected(list.error());
    }
    if (format == OutputFormat::Json) {
        QJsonArray array;
        array.append(QJsonObject{{u"office"_s, own->officeCode},
                                 {u"office_name"_s, own->officeName},
                                 {u"fingerprint"_s, own->fingerprint},
                                 {u"state"_s, u"own"_s}});
        for (const TrustedKey& k : *list) {
            array.append(keyJson(k));
        }
        Console::print(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return ok();
    }
    QList<QStringList> rows;
    rows << QStringList{own->officeCode, own->fingerprint, KeyCommands::tr("own key of this database"), QString(),
                        QString()};
    for (const TrustedKey& k : *list) {
        rows << QStringList{k.officeCode, k.fingerprint, state(k), k.addedBy + u' ' + k.addedAt.left(10),
                            k.isRevoked() && !k.revokeReason.isEmpty() ? k.revokeReason : k.note};
    }
    Console::printTable({KeyCommands::tr("OFFICE"), KeyCommands::tr("FINGERPRINT"), KeyCommands::tr("STATE"),
                         KeyCommands::tr("ADDED"), KeyCommands::tr("NOTE")},
                        rows);
    return ok();
}

} // namespace

int KeyCommands::exportKey(const QStringList& arguments) {
    CommandLine commandLine(u"keys export"_s,
                            tr("Prints this database's office public key (PEM) and its fingerprint, or writes the PEM\n"
                               "to --out. Send the file to the offices that import your bundles, and read the\n"
                               "fingerprint to them through another channel (phone, in person) so that they can\n"
                               "check it when they trust the key."));
    commandLine.addDatabaseOption();
    commandLine.addUserOption(tr("The account to sign in with."));
    commandLine.addOption(u"out"_s, tr("Write the PEM to this file instead of standard output."), tr("file"));
    commandLine.addPasswordFileOption();
    if (const auto stop = commandLine.parse(arguments)) {
        return *stop;
    }
    return withKeys(commandLine, true, [&](TrustedKeyRepository& keys, Session&) -> Status {
        auto own = keys.ownKey();
        if (!own) {
            return std::unexpected(own.error());
        }
        const QString header =
            tr("Office: %1 (%2)\nFingerprint: %3").arg(own->officeCode, own->officeName, own->fingerprint);
        if (!commandLine.isSet(u"out"_s)) {
            Console::printLine(header);
            Console::print(QString::fromLatin1(own->pem));
            return ok();
        }
        const QString out = QFileInfo(commandLine.value(u"out"_s)).absoluteFilePath();
        QFile file(out);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(own->pem) != own->pem.size() ||
            !file.flush()) {
            return fail(ErrorCode::Io, tr("%1 could not be written: %2").arg(out, file.errorString()));
        }
        Console::printLine(header);
        Console::printLine(tr("Wrote %1. Read the fingerprint above to the receiving office through another "
                              "channel than the file.")
                               .arg(out));
        return ok();
    });
}

int KeyCommands::trust(const QStringList& arguments) {
    CommandLine commandLine(u"keys trust"_s,
                            tr("Trusts another office's public key, so that bundle import accepts bundles it signed.\n"
                               "Administrators only; audited. Give the fingerprint the office read out to you through\n"
                               "another channel: the key is refused when the file does not have it."));
    commandLine.addDatabaseOption();
    commandLine.addUserOption(tr("The administrator who trusts the key."), tr("admin"));
    commandLine.addOption(u"office"_s, tr("The office code the key belongs to (e.g. GRW-AHTC)."), tr("code"));
    commandLine.addOption(u"pem"_s, tr("The office's public key (office.pub.pem from `keys export` or a bundle)."),
                          tr("file"));
    commandLine.addOption(u"fingerprint"_s,
                          tr("The fingerprint the office gave you (\"3f2a 91c0 ...\"; spaces optional)."),
                          tr("fingerprint"));
    commandLine.addOption(u"note"_s, tr("A note kept with the key (who confirmed it, how)."), tr("text"));
    commandLine.addPasswordFileOption();
    commandLine.require({u"office"_s, u"pem"_s});
    if (const auto stop = commandLine.parse(arguments)) {
        return *stop;
    }
    QFile pem(commandLine.value(u"pem"_s));
    if (!pem.open(QIODevice::ReadOnly)) {
        return Console::report(
            Error{ErrorCode::Io, tr("%1 cannot be read: %2").arg(commandLine.value(u"pem"_s), pem.errorString())});
    }
    NewTrustedKey key{commandLine.value(u"office"_s), pem.read(64 * 1024), commandLine.value(u"fingerprint"_s),
                      commandLine.value(u"note"_s)};
    return withKeys(commandLine, false, [&](TrustedKeyRepository& keys, Session&) -> Status {
        auto trusted = keys.trust(key);
        if (!trusted) {
            return std::unexpected(trusted.error());
        }
        Console::printLine(
            tr("Trusted the key of %1 (%2): %3").arg(trusted->officeCode, trusted->officeName, trusted->fingerprint));
        if (key.expectedFingerprint.trimmed().isEmpty()) {
            Console::message(tr("no --fingerprint given: make sure %1 confirmed this fingerprint through another "
                                "channel than the file")
                                 .arg(trusted->officeCode));
        }
        return ok();
    });
}

int KeyCommands::list(const QStringList& arguments) {
    CommandLine commandLine(u"keys list"_s,
                            tr("Lists this database's own office key and the trusted office keys, with who added\n"
                               "or revoked them and when."));
    commandLine.addDatabaseOption();
    commandLine.addUserOption(tr("The account to sign in with."));
    commandLine.addOption(u"trusted-only"_s, tr("Leave out revoked keys."));
    commandLine.addFormatOption();
    commandLine.addPasswordFileOption();
    if (const auto stop = commandLine.parse(arguments)) {
        return *stop;
    }
    const Result<OutputFormat> format = commandLine.format();
    if (!format) {
        return Console::report(format.error());
    }
    return withKeys(commandLine, true, [&](TrustedKeyRepository& keys, Session&) {
        return printList(keys, *format, !commandLine.isSet(u"trusted-only"_s));
    });
}

int KeyCommands::revoke(const QStringList& arguments) {
    CommandLine commandLine(u"keys revoke"_s,
                            tr("Revokes a trusted office key: bundles it signed are refused from now on (an\n"
                               "administrator can still import one explicitly, marked as of unverified origin).\n"
                               "Administrators only; audited. The entry stays in the list as revoked."));
    commandLine.addDatabaseOption();
    commandLine.addUserOption(tr("The administrator who revokes the key."), tr("admin"));
    commandLine.addOption(u"fingerprint"_s,
                          tr("The key's fingerprint, or an unambiguous start of it (at least 8 hex digits)."),
                          tr("fingerprint"));
    commandLine.addOption(u"reason"_s, tr("Why the key is revoked (kept with it)."), tr("text"));
    commandLine.addPasswordFileOption();
    commandLine.require({u"fingerprint"_s});
    if (const auto stop = commandLine.parse(arguments)) {
        return *stop;
    }
    return withKeys(commandLine, false, [&](TrustedKeyRepository& keys, Session&) -> Status {
        auto revoked = keys.revoke(commandLine.value(u"fingerprint"_s), commandLine.value(u"reason"_s));
        if (!revoked) {
            return std::unexpected(revoked.error());
        }
        Console::printLine(tr("Revoked the key of %1: %2").arg(revoked->officeCode, revoked->fingerprint));
        return ok();
    });
}

} // namespace caselink
