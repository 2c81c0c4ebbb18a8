// SPDX-License-Identifier: MIT
#pragma once

#include "batchrunner.h"
#include "cleanupplan.h"

#include <QByteArray>
#include <QHash>
#include <QObject>

namespace Neon {
class Client;
}

namespace Models {

/// What became of every branch of a plan after a run (or before one: all planned ones waiting).
struct CleanupReport
{
    enum class Outcome { Deleted, Failed, Skipped, Kept, Waiting, Recovered };

    CleanupPlan plan;
    QHash<QString, BatchOutcome> outcomes; ///< by branch id; deletions only
    QHash<QString, QDateTime> recovered; ///< by branch id: deleted branches brought back since, and when
    bool cancelled = false;
    qint64 elapsedMs = 0;

    Outcome outcomeOf(const CleanupEntry& entry) const;
    QString messageOf(const CleanupEntry& entry) const; ///< the server's message, why skipped, or the plan's reason
    int count(Outcome outcome) const;
    /// 0: every planned deletion done; 1: some done, some not; 2: planned deletions and none done.
    int exitCode() const;
    /// The deleted branches (recovered ones no longer), which Neon keeps recoverable for 7 days.
    QList<CleanupEntry> deleted() const;
    /// When a deleted branch stops being recoverable (7 days after its deletion); invalid otherwise.
    QDateTime recoverableUntil(const CleanupEntry& entry) const;
};
QString outcomeName(CleanupReport::Outcome outcome); ///< deleted | failed | skipped | kept | waiting | recovered

/// Carries out a plan: per project one deletion at a time, leaves first, projects in parallel;
/// a branch whose planned descendant was not deleted is skipped (Neon refuses it anyway).
class CleanupRun : public QObject
{
    Q_OBJECT
public:
    /// maxParallelProjects: 0 for all at once, 1 for one deletion at a time overall.
    CleanupRun(Neon::Client* client, CleanupPlan plan, int maxParallelProjects = 0, QObject* parent = nullptr);

    void start() { m_runner.start(); }
    void cancel() { m_runner.cancel(); }
    const BatchRunner& runner() const { return m_runner; }
    CleanupReport report() const;

Q_SIGNALS:
    void progress(int finished, int total);
    void finished();

private:
    CleanupPlan m_plan;
    BatchRunner m_runner;
};

// Exports for people (CSV, one row per branch) and scripts (JSON).
QByteArray planToJson(const CleanupPlan& plan);
QByteArray planToCsv(const CleanupPlan& plan);
QByteArray reportToJson(const CleanupReport& report);
QByteArray reportToCsv(const CleanupReport& report);

} // namespace Models
