// caselink-torture: one long-lived session on a database doing what the desktop application does, at random - creating
// persons and cases, editing notes, recording arrests, taking evidence in, searching, backing up, exporting bundles -
// and, like a file dialog showing the database's folder, opening and closing the database files through descriptors
// of its own. After every commit returned it appends what it committed to a log (one write per line, so a SIGKILL
// never leaves a half line), which the torture tests compare with the database afterwards.
//
//   caselink-torture --db FILE --user NAME --password-file FILE --log FILE [--ops N] [--seed N] [--work DIR]
//                    [--stop FILE]    (ends early, cleanly, once FILE exists)
//
// Exit codes: 0 done, 1 usage, 2 could not unlock, 3 an operation failed with something other than "busy".
#include <cstdio>
#include <random>

#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <fcntl.h>
#include <unistd.h>

#include "evidence/evidencestore.h"
#include "exchange/bundlewriter.h"
#include "repo/arrestrepository.h"
#include "repo/caserepository.h"
#include "repo/caseroles.h"
#include "repo/personrepository.h"
#include "repo/repositorycontext.h"
#include "security/databasemaintenance.h"
#include "security/session.h"

using namespace caselink;
using namespace Qt::StringLiterals;

namespace {

class Log {
public:
    explicit Log(const QString& path)
        : m_fd(::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600)) {}
    ~Log() {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    bool isOpen() const { return m_fd >= 0; }
    void line(const QString& text) {
        const QByteArray bytes = text.toUtf8() + '\n';
        (void)!::write(m_fd, bytes.constData(), static_cast<size_t>(bytes.size()));
    }

private:
    int m_fd;
};

struct Counters {
    int committed = 0;
    int busy = 0;
    int reads = 0;
    int stray = 0;
};

class Driver {
public:
    Driver(RepositoryContext& context, Session& session, Log& log, quint32 seed, QString work)
        : m_context(context)
        , m_session(session)
        , m_log(log)
        , m_random(seed)
        , m_seed(seed)
        , m_work(std::move(work)) {}

    // Returns false on an unexpected failure (printed).
    bool step(int i) {
        const int pick = int(m_random() % 100);
        if (pick < 25) {
            return person(i);
        }
        if (pick < 37) {
            return caseFile(i);
        }
        if (pick < 52) {
            return notes(i);
        }
        if (pick < 62) {
            return arrest(i);
        }
        if (pick < 70) {
            return evidence(i);
        }
        if (pick < 85) {
            return read();
        }
        if (pick < 95) {
            strayDescriptors();
            return true;
        }
        if (pick < 98) {
            return backup(i);
        }
        return exportBundle(i);
    }

    const Counters& counters() const { return m_counters; }

private:
    bool outcome(const Status& status, const QString& logLine) {
        if (status) {
            ++m_counters.committed;
            if (!logLine.isEmpty()) {
                m_log.line(logLine);
            }
            return true;
        }
        if (status.error().code == ErrorCode::Busy) {
            ++m_counters.busy;
            return true;
        }
        std::fprintf(stderr, "caselink-torture: %s\n", qPrintable(status.error().message));
        return false;
    }

    bool person(int i) {
        Person p;
        p.nameLatin = u"Torture%1 Person%2"_s.arg(m_seed).arg(i);
        auto saved = PersonRepository(m_context).create(p);
        if (saved) {
            m_persons << saved->id;
        }
        return outcome(saved ? ok() : Status(std::unexpected(saved.error())),
                       saved ? u"person "_s + saved->id : QString());
    }

    bool caseFile(int i) {
        CaseRecord c;
        c.enquiryNumber = u"ENQ-T%1-%2/2025"_s.arg(m_seed).arg(i);
        c.enquiryDate = QDate(2025, 3, 1);
        c.title = u"Torture case %1/%2"_s.arg(m_seed).arg(i);
        auto saved = CaseRepository(m_context).create(c);
        if (saved) {
            m_cases << saved->id;
        }
        return outcome(saved ? ok() : Status(std::unexpected(saved.error())),
                       saved ? u"case "_s + saved->id : QString());
    }

    bool notes(int i) {
        if (m_cases.isEmpty()) {
            return read();
        }
        const QString id = m_cases.at(int(m_random() % quint32(m_cases.size())));
        CaseRepository cases(m_context);
        auto c = cases.get(id);
        if (!c) {
            return outcome(std::unexpected(c.error()), {});
        }
        c->summary = u"note %1 of writer %2"_s.arg(i).arg(m_seed);
        auto saved = cases.update(*c);
        return outcome(saved ? ok() : Status(std::unexpected(saved.error())), u"note "_s + id + u' ' + c->summary);
    }

    bool arrest(int i) {
        if (m_cases.isEmpty() || m_persons.isEmpty()) {
            return person(i);
        }
        const QString caseId = m_cases.at(int(m_random() % quint32(m_cases.size())));
        const QString personId = m_persons.at(int(m_random() % quint32(m_persons.size())));
        CaseRepository cases(m_context);
        auto role = CaseRoleRepository(m_context).add(
            {{}, caseId, personId, PersonRole::Agent, false, ArrestStatus::Wanted, {}, {}, {}});
        if (!role) {
            // The same person may already be an agent in that case: a refusal, not a failure.
            return role.error().code == ErrorCode::Conflict || outcome(std::unexpected(role.error()), {});
        }
        Arrest a;
        a.caseId = caseId;
        a.personId = personId;
        a.arrestedAt = QDateTime(QDate(2025, 4, 1), QTime(10, 0), QTimeZone::utc()).addSecs(i * 60);
        a.place = u"FIA Composite Circle"_s;
        auto saved = ArrestRepository(m_context).record(a);
        return outcome(saved ? ok() : Status(std::unexpected(saved.error())),
                       saved ? u"arrest "_s + saved->id : QString());
    }

    bool evidence(int i) {
        if (m_cases.isEmpty()) {
            return caseFile(i);
        }
        const QString caseId = m_cases.at(int(m_random() % quint32(m_cases.size())));
        // Mostly small files; now and then one of several chunks, committed batch by batch.
        const qint64 size = (m_random() % 25 == 0) ? 9 * EvidenceStore::kChunkSize + 123 : 1000 + (m_random() % 60000);
        QByteArray bytes(size, Qt::Uninitialized);
        for (qint64 k = 0; k < size; ++k) {
            bytes[k] = char(m_random() & 0xff);
        }
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        auto item = EvidenceStore(m_context).addFromDevice(caseId, buffer, u"exhibit-%1-%2.bin"_s.arg(m_seed).arg(i));
        return outcome(item ? ok() : Status(std::unexpected(item.error())),
                       item ? u"evidence "_s + item->id + u' ' + item->sha256 : QString());
    }

    bool read() {
        ++m_counters.reads;
        auto hits = PersonRepository(m_context).search(u"Torture%1"_s.arg(m_seed), 20);
        if (!hits && hits.error().code != ErrorCode::Busy) {
            std::fprintf(stderr, "caselink-torture: search: %s\n", qPrintable(hits.error().message));
            return false;
        }
        return true;
    }

    // What a file dialog showing the database's folder does to every file in it.
    void strayDescriptors() {
        ++m_counters.stray;
        for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-keys"_s}) {
            QFile file(m_session.path() + suffix);
            if (file.open(QIODevice::ReadOnly)) {
                (void)file.read(512);
            }
        }
    }

    bool backup(int i) {
        const QString out = QDir(m_work).filePath(u"backup-%1-%2.caselink"_s.arg(m_seed).arg(i));
        return outcome(DatabaseMaintenance(m_session).backup(out), u"backup "_s + out);
    }

    bool exportBundle(int i) {
        if (m_cases.isEmpty()) {
            return caseFile(i);
        }
        const QString out = QDir(m_work).filePath(u"bundle-%1-%2.zip"_s.arg(m_seed).arg(i));
        auto exported = BundleWriter::exportCase(m_context, m_cases.front(), RedactionProfile::Prosecutor, out);
        return outcome(exported ? ok() : Status(std::unexpected(exported.error())), u"export "_s + out);
    }

    RepositoryContext& m_context;
    Session& m_session;
    Log& m_log;
    std::mt19937 m_random;
    quint32 m_seed;
    QString m_work;
    QStringList m_persons;
    QStringList m_cases;
    Counters m_counters;
};

} // namespace

int main(int argc, char* argv[]) {
    // Bundle export lays out a PDF, which needs fonts: a GUI application without a display, as caselink-cli has.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{u"db"_s, u"database"_s, u"file"_s},
                       {u"user"_s, u"account"_s, u"name"_s},
                       {u"password-file"_s, u"password"_s, u"file"_s},
                       {u"log"_s, u"committed ids"_s, u"file"_s},
                       {u"work"_s, u"folder for backups and bundles"_s, u"dir"_s},
                       {u"ops"_s, u"operations"_s, u"n"_s, u"50"_s},
                       {u"seed"_s, u"seed"_s, u"n"_s, u"1"_s},
                       {u"stop"_s, u"stop when this file exists"_s, u"file"_s}});
    parser.process(app);
    if (!parser.isSet(u"db"_s) || !parser.isSet(u"user"_s) || !parser.isSet(u"password-file"_s) ||
        !parser.isSet(u"log"_s)) {
        std::fputs("caselink-torture: --db, --user, --password-file and --log are required\n", stderr);
        return 1;
    }
    QFile passwordFile(parser.value(u"password-file"_s));
    if (!passwordFile.open(QIODevice::ReadOnly)) {
        return 1;
    }
    const QByteArray password = passwordFile.readLine().trimmed();
    auto session = Session::unlock(parser.value(u"db"_s), parser.value(u"user"_s),
                                   SecureBytes(reinterpret_cast<const std::uint8_t*>(password.constData()),
                                               static_cast<std::size_t>(password.size())));
    if (!session) {
        std::fprintf(stderr, "caselink-torture: %s\n", qPrintable(session.error().message));
        return session.error().code == ErrorCode::Busy ? 5 : 2;
    }
    auto context = RepositoryContext::create(**session);
    if (!context) {
        return 2;
    }
    Log log(parser.value(u"log"_s));
    if (!log.isOpen()) {
        return 1;
    }
    const QString work = parser.value(u"work"_s).isEmpty() ? QDir::tempPath() : parser.value(u"work"_s);
    Driver driver(**context, **session, log, parser.value(u"seed"_s).toUInt(), work);
    const int ops = parser.value(u"ops"_s).toInt();
    const QString stop = parser.value(u"stop"_s);
    for (int i = 0; i < ops && (stop.isEmpty() || !QFile::exists(stop)); ++i) {
        if (!driver.step(i)) {
            return 3;
        }
    }
    context->reset();
    if (auto closed = (*session)->close(); !closed) {
        std::fprintf(stderr, "caselink-torture: close: %s\n", qPrintable(closed.error().message));
        return closed.error().code == ErrorCode::Busy ? 0 : 3;
    }
    const Counters& c = driver.counters();
    std::printf("%s\n", QJsonDocument(QJsonObject{{u"committed"_s, c.committed},
                                                  {u"busy"_s, c.busy},
                                                  {u"reads"_s, c.reads},
                                                  {u"stray"_s, c.stray}})
                            .toJson(QJsonDocument::Compact)
                            .constData());
    return 0;
}
