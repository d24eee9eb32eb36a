#include "evidence/evidencetempfiles.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

#include "repo/repositorycontext.h"

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace caselink {

using namespace Qt::StringLiterals;

namespace {

QString safeFileName(const EvidenceItem& item) {
    static const QRegularExpression unsafe(u"[^\\w.\\- ]"_s, QRegularExpression::UseUnicodePropertiesOption);
    QString name = item.fileName;
    name.replace(unsafe, u"_"_s);
    while (name.startsWith(u'.')) {
        name.remove(0, 1);
    }
    name = name.left(120);
    return name.isEmpty() ? u"evidence"_s : name;
}

bool processAlive(qint64 pid) {
#ifdef Q_OS_UNIX
    return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM);
#else
    Q_UNUSED(pid);
    return true; // without a cheap liveness test, leave other processes' folders alone
#endif
}

} // namespace

QString EvidenceTempFiles::prefix() {
    return u"caselink-evidence-"_s;
}

EvidenceTempFiles::~EvidenceTempFiles() {
    removeAll();
}

Status EvidenceTempFiles::ensureFolder() {
    if (!m_folder.isEmpty() && QDir(m_folder).exists()) {
        return ok();
    }
    const QString name = prefix() + QString::number(QCoreApplication::applicationPid()) + u'-' +
                         QUuid::createUuid().toString(QUuid::Id128).left(12);
    const QString path = QDir(QDir::tempPath()).filePath(name);
#ifdef Q_OS_UNIX
    if (::mkdir(QFile::encodeName(path).constData(), 0700) != 0) {
        return fail(ErrorCode::Io, tr("A private folder for the decrypted copy could not be created."));
    }
#else
    if (!QDir().mkdir(path)) {
        return fail(ErrorCode::Io, tr("A private folder for the decrypted copy could not be created."));
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
#endif
    m_folder = path;
    return ok();
}

Result<QString> EvidenceTempFiles::open(RepositoryContext& context, const QString& evidenceId) {
    EvidenceStore store(context);
    auto item = store.get(evidenceId);
    if (!item) {
        return std::unexpected(item.error());
    }
    if (Status s = ensureFolder(); !s) {
        return std::unexpected(s.error());
    }
    // One subfolder per item, so two items with the same name never collide.
    const QString dir =
        QDir(m_folder).filePath(item->id.left(8) + u'-' + QUuid::createUuid().toString(QUuid::Id128).left(6));
    if (!QDir().mkdir(dir)) {
        return fail(ErrorCode::Io, tr("A private folder for the decrypted copy could not be created."));
    }
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString path = QDir(dir).filePath(safeFileName(*item));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        return fail(ErrorCode::Io, tr("The decrypted copy could not be written."));
    }
    out.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    Status written = store.writeTo(evidenceId, out);
    out.close();
    if (!written) {
        QFile::remove(path);
        return std::unexpected(written.error());
    }
    // Viewers must not change the copy; it is a copy, the stored evidence stays as it was.
    QFile::setPermissions(path, QFile::ReadOwner);
    Status audited =
        context.auditRead({u"evidence.open"_s, u"evidence"_s, evidenceId, QJsonObject{{u"case"_s, item->caseId}}});
    if (!audited) {
        QFile::remove(path);
        return std::unexpected(audited.error());
    }
    return path;
}

void EvidenceTempFiles::removeAll() {
    if (m_folder.isEmpty()) {
        return;
    }
    QDir dir(m_folder);
    // Read-only copies: give the owner write permission back so removal works on every platform.
    const auto entries = dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QFileInfo& sub : entries) {
        QFile::setPermissions(sub.filePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    dir.removeRecursively();
    m_folder.clear();
}

int EvidenceTempFiles::removeStale() {
    QDir temp(QDir::tempPath());
    int removed = 0;
    const QStringList names = temp.entryList({prefix() + u'*'}, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& name : names) {
        const qint64 pid = name.mid(prefix().size()).section(u'-', 0, 0).toLongLong();
        if (pid == QCoreApplication::applicationPid() || processAlive(pid)) {
            continue;
        }
        QFileInfo info(temp.filePath(name));
#ifdef Q_OS_UNIX
        if (info.ownerId() != ::getuid()) {
            continue;
        }
#endif
        if (QDir(info.filePath()).removeRecursively()) {
            ++removed;
        }
    }
    return removed;
}

} // namespace caselink
