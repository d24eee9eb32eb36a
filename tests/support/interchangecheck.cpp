#include "interchangecheck.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace caselink::test {
namespace {

// Debian's interpreter: a python3 earlier on PATH (pyenv) has no Debian packages.
const QString kPython = QStringLiteral("/usr/bin/python3");

const char kNetworkx[] = "import sys, networkx\n"
                         "g = networkx.read_graphml(sys.argv[1])\n"
                         "print(g.number_of_nodes(), g.number_of_edges(), g.is_directed())\n";
const char kIgraph[] = "import sys, igraph\n"
                       "g = igraph.Graph.Read_GraphML(sys.argv[1])\n"
                       "print(g.vcount(), g.ecount(), g.is_directed())\n";

bool sameFile(const QString& a, const QString& b) {
    QFile fa(a);
    QFile fb(b);
    return fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly) && fa.readAll() == fb.readAll();
}

// The checker and its locked dependencies in the build tree, installed once (again when the lock file changes).
ProcessResult installFtmTool() {
    const QDir source(QStringLiteral(CASELINK_FTM_TOOL_DIR));
    const QDir cache(QStringLiteral(CASELINK_FTM_CACHE_DIR));
    cache.mkpath(QStringLiteral("."));
    const bool installed =
        QFile::exists(cache.filePath(QStringLiteral("node_modules/@alephdata/followthemoney/package.json"))) &&
        sameFile(source.filePath(QStringLiteral("package-lock.json")),
                 cache.filePath(QStringLiteral("package-lock.json")));
    for (const QString& name :
         {QStringLiteral("package.json"), QStringLiteral("package-lock.json"), QStringLiteral("check-ftm.js")}) {
        QFile::remove(cache.filePath(name));
        if (!QFile::copy(source.filePath(name), cache.filePath(name))) {
            return {-1, {}, QStringLiteral("cannot copy %1 to %2").arg(name, cache.path())};
        }
    }
    if (installed) {
        return {0, {}, {}};
    }
    return run(QStringLiteral("npm"),
               {QStringLiteral("ci"), QStringLiteral("--ignore-scripts"), QStringLiteral("--no-audit"),
                QStringLiteral("--no-fund")},
               cache.path(), 300000);
}

} // namespace

ProcessResult xmllintSchema(const QString& schema, const QString& file) {
    return run(QStringLiteral("xmllint"),
               {QStringLiteral("--noout"), QStringLiteral("--nonet"), QStringLiteral("--schema"),
                QDir(QStringLiteral(CASELINK_SCHEMA_DIR)).filePath(schema), file});
}

ProcessResult networkxGraphMl(const QString& file) {
    return run(kPython, {QStringLiteral("-c"), QString::fromLatin1(kNetworkx), file});
}

ProcessResult igraphGraphMl(const QString& file) {
    return run(kPython, {QStringLiteral("-c"), QString::fromLatin1(kIgraph), file});
}

QString ftmUnavailable() {
    if (QStandardPaths::findExecutable(QStringLiteral("npm")).isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty()) {
        return QStringLiteral("npm/node are not installed, so the official followthemoney library cannot be run");
    }
    return {};
}

ProcessResult ftmCheck(const QStringList& files) {
    const ProcessResult install = installFtmTool();
    if (install.exitCode != 0) {
        return {install.exitCode, install.out, QStringLiteral("npm ci failed: ") + install.err};
    }
    return run(QStringLiteral("node"),
               QStringList{QDir(QStringLiteral(CASELINK_FTM_CACHE_DIR)).filePath(QStringLiteral("check-ftm.js"))} +
                   files);
}

} // namespace caselink::test
