// The real tools an analyst loads our interchange files with, run as child processes: xmllint against the vendored
// official schemas (tests/data/schemas), networkx and igraph from Debian's /usr/bin/python3, and the official
// followthemoney model from npm (tests/tools/ftm, installed with `npm ci` into the build tree on first use).
#pragma once

#include <QStringList>

#include "processrun.h"

namespace caselink::test {

// xmllint --noout --schema; schema is relative to tests/data/schemas ("graphml/graphml.xsd", "gexf-1.3/gexf.xsd").
ProcessResult xmllintSchema(const QString& schema, const QString& file);
// Reads a GraphML file with networkx.read_graphml / igraph.Graph.Read_GraphML; prints "<nodes> <edges> <directed>".
ProcessResult networkxGraphMl(const QString& file);
ProcessResult igraphGraphMl(const QString& file);

// Checks FtM JSON-lines files with tests/tools/ftm/check-ftm.js (schemas, properties, id rule, references; ids shared
// between the files must name entities of one schema). ftmUnavailable() says why it cannot run (npm is not
// installed), or is empty.
QString ftmUnavailable();
ProcessResult ftmCheck(const QStringList& files);

} // namespace caselink::test
