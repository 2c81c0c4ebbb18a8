// SPDX-License-Identifier: MIT
#pragma once

#include "branchfacts.h"

#include <neon/branch.h>

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Models {

/// What makes a branch stale. Every criterion that is set must hold (patterns: any of them).
struct CleanupCriteria
{
    int inactiveDays = 0; ///< no activity (computes, updates, resets) for at least this many days; 0: unused
    int olderThanDays = 0; ///< created more than this many days ago; 0: unused
    QStringList patterns; ///< name wildcards ('*', '?'), any case; empty: unused
    bool expired = false; ///< its expiration time has passed
    bool noComputeThisPeriod = false; ///< no compute time in the current billing period

    bool isEmpty() const;
    /// Empty when usable; else why not (no criterion at all, a broken wildcard, a negative day count).
    QString problem() const;
    /// "inactive ≥ 14 days, named preview-*" for summaries.
    QString describe() const;
    QJsonObject toJson() const;
};

struct CleanupPreset
{
    QString id; ///< stale-previews | idle-dev
    QString title;
    CleanupCriteria criteria;
};
QList<CleanupPreset> cleanupPresets();

/// One project's branches and what its computes say, as loaded for a plan.
struct ProjectBranches
{
    QString projectId;
    QString projectName;
    QList<Neon::Branch> branches;
    QHash<QString, BranchActivity> activity; ///< by branch id
};

/// The plan's verdict on one branch and why.
struct CleanupEntry
{
    enum class Action { Delete, Keep };
    /// Why a branch is kept (None for deletions).
    enum class Guard { None, NoMatch, Default, Protected, PendingRestore, ProjectRoot, BaseTemplate, OperationRunning, KeptChildren };

    QString projectId;
    QString projectName;
    QString branchId;
    QString branchName;
    QString parentId;
    int depth = 0;
    Action action = Action::Keep;
    Guard guard = Guard::NoMatch;
    bool matched = false; ///< the criteria hold (a guard may still keep it)
    QString reason; ///< the rule that matched, or the guard that kept it, as a sentence
    int order = -1; ///< position in the project's deletion order (leaves first); -1 when kept
    QDateTime lastActivity;
    int idleDays = 0;
    QDateTime createdAt;

    bool deletes() const { return action == Action::Delete; }
};
QString guardName(CleanupEntry::Guard guard); ///< stable identifier for exports ("protected", …)

struct CleanupPlan
{
    QDateTime now;
    CleanupCriteria criteria;
    /// Per project (in the order given), its branches in tree order (parents before children).
    QList<CleanupEntry> entries;

    int deleteCount() const;
    int keepCount() const { return int(entries.size()) - deleteCount(); }
    /// The projects with at least one deletion.
    QStringList projectsWithDeletions() const;
    /// The deletions of one project, leaves first: each branch after all of its descendants.
    QList<CleanupEntry> deletionOrder(const QString& projectId) const;
};

/// Judges every branch: the criteria, then the guards (never the default, protected or root
/// branch, a base template or a branch with an operation running), then the subtree rule (a
/// branch goes only when every descendant goes too).
CleanupPlan planCleanup(const QList<ProjectBranches>& projects, const CleanupCriteria& criteria, const QDateTime& now);

/// The latest sign of life of a branch: its computes' last activity, its last update, reset or creation.
QDateTime lastActivityOf(const Neon::Branch& branch, const BranchActivity& activity);

} // namespace Models
