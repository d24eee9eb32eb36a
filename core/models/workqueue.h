// What needs doing next, for the Dashboard: productions due within 24 hours, remands expiring within 48 hours,
// interim challans required now, hearings this week, persons held for review and the open cases the user
// investigates or is assigned to; for a supervisor also the overdue deadlines by circle. Everything through the
// user's scope, against a "now" the caller passes (so tests fix it), in Pakistani time (Asia/Karachi). It lives in
// models/ because it reads the review queue of exchange/ as well as repo/, which exchange/ depends on.
#pragma once

#include <vector>

#include <QDate>
#include <QDateTime>
#include <QString>

#include "domain/legalclocks.h"
#include "repo/deadlinequery.h"
#include "repo/repositorycontext.h"

namespace caselink {

enum class WorkBucket { Production, Remand, Challan, Hearing, HeldForReview, MyCase };

struct WorkItem {
    WorkBucket bucket = WorkBucket::MyCase;
    QString caseId; // the case the row opens; empty for a held person without a case
    QString caseLabel;
    QString personName; // the pseudonym when the person is protected for this user
    QString detail;     // custody kind, court, status, the held pair's names...
    QDateTime dueAt;    // production and remand: the instant the clock runs out (UTC)
    QDate due;          // challans and hearings: the day; my cases: the last change
    bool overdue = false;
    QString heldItemId; // held for review: the item
};

struct WorkBucketRows {
    std::vector<WorkItem> items; // at most WorkQueueOptions::rowsPerBucket, most urgent first
    qsizetype total = 0;         // every row of the bucket
};

struct CircleOverdue {
    QString officeId;
    QString officeCode;
    QString officeName;
    qint64 overdue = 0;
};

struct WorkQueueResult {
    WorkBucketRows productions;
    WorkBucketRows remands;
    WorkBucketRows challans;
    WorkBucketRows hearings;
    WorkBucketRows held;
    WorkBucketRows myCases;
    std::vector<CircleOverdue> overdueByCircle; // supervisors (and administrators) only; most overdue first
};

struct WorkQueueOptions {
    int rowsPerBucket = 50;
    bool overdueByCircle = false; // the supervisor's table
};

class WorkQueue {
public:
    static constexpr int kProductionHours = 24; // productions due within this many hours (and overdue ones)
    static constexpr int kRemandHours = 48;     // remands that run out within this many hours (and expired ones)
    static constexpr int kHearingDays = 7;      // hearings from today to the sixth day after

    explicit WorkQueue(RepositoryContext& context, LegalClockRules rules = {})
        : m_context(context)
        , m_rules(rules) {}

    Result<WorkQueueResult> load(const QDateTime& now, const WorkQueueOptions& options = {});

private:
    Status deadlines(const QDateTime& now, const WorkQueueOptions& options, WorkQueueResult& out);
    Status heldItems(const WorkQueueOptions& options, WorkBucketRows& out);
    Status myCases(const WorkQueueOptions& options, WorkBucketRows& out);
    Status circles(const QDateTime& now, std::vector<CircleOverdue>& out);

    RepositoryContext& m_context;
    LegalClockRules m_rules;
};

} // namespace caselink
