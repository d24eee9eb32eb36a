// The rows of the case-attached kinds (victims, payments, route legs) and of the HQ lists (Red Book editions, airport
// offload lists), each read into a ParsedRow after its person. Internal to core/importer: parseRow dispatches to them.
#pragma once

#include "importer/rowparser.h"
#include "importer/rowreader.h"

namespace caselink::importrows {

void parseVictim(RowReader& r, ParsedRow& out);
void parsePayment(RowReader& r, ParsedRow& out);
void parseRouteLeg(RowReader& r, ParsedRow& out);
void parseRedBookEntry(RowReader& r, ParsedRow& out);
void parseOffload(RowReader& r, ParsedRow& out);

} // namespace caselink::importrows
