// Pieces shared by the case file's section builders: casefilehtml.cpp (summary, parties, evidence, counts) and
// casefilerecords.cpp (chronology, payments, route, documents).
#pragma once

#include <utility>

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include "domain/money.h"
#include "domain/rupees.h"
#include "io/casefilehtml.h"

namespace caselink::casefilehtml {

QString esc(const QString& s);
QString dateText(const QDate& d);
// Office time through localtime.h, as every screen shows it; the cover says once which zone that is.
QString timeText(const QDateTime& t);
// A bordered table whose header repeats on every page; widths in percent, column by column, where given.
QString table(const QStringList& headers, const QList<QStringList>& rows, const QList<int>& widths = {});
// A paragraph saying the section has nothing (translated).
QString noneRecorded();
// Whether the file is written for an Urdu reader (the UI language), so reference titles come in Urdu.
bool urduReader();

// A left-to-right value (CNIC, phone, passport, place, order number) kept in its order inside right-to-left text:
// wrapped in left-to-right marks when the file is written for an Urdu reader, as displayDateTime does; unchanged
// otherwise, so an English file's text layer has no marks inside.
QString ltr(const QString& value);

// The person as this file may name them (escaped HTML): the party's name, or their pseudonym when the profile or
// the victim's protection withholds it; "-" for nobody or a person who is no party to the case.
QString partyText(const CaseFileData& data, const QString& personId);

// An amount for a table cell (escaped HTML): rupees with lakh grouping and the amount in lakh or crore on a line
// of its own, other currencies as Money::display() ("EUR 8,000"); never broken inside a figure.
QString amountCell(const Money& amount);

Section chronology(const CaseFileData& data);
Section payments(const CaseFileData& data);
Section route(const CaseFileData& data, Qt::LayoutDirection direction);
Section documents(const CaseFileData& data);

} // namespace caselink::casefilehtml
