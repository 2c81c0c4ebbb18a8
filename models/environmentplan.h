// SPDX-License-Identifier: MIT
#pragma once

#include "branchfacts.h"

#include <neon/branch.h>
#include <neon/compute.h>

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Models {

/// The size of the compute each new branch gets.
struct ComputePreset
{
    QString title;
    std::optional<double> minCu; ///< none: no compute at all
    std::optional<double> maxCu;
    qint64 suspendAfterSeconds = 300;
    bool hasCompute() const { return minCu.has_value(); }
};
QList<ComputePreset> computePresets();

/// Neon's workflows laid out in one go: a base (main-dev) from the project's default branch,
/// then per-developer, per-PR and QA branches from the base.
struct EnvironmentRequest
{
    QString sourceBranchId; ///< where the base comes from (the default branch)
    QString baseName; ///< an existing base to branch from, or a new one to create; empty: the source itself
    QStringList developers; ///< dev-<name>
    QStringList pullRequests; ///< preview-pr-<n>
    QStringList qaTopics; ///< qa-<topic>
    int devExpiryDays = 0; ///< 0: no expiration
    int previewExpiryDays = 7;
    int qaExpiryDays = 14;
    bool ownRoles = false; ///< each dev branch gets its own role dev_<name>, not the base's owner
};

struct PlannedBranch
{
    QString name;
    Tier kind = Tier::Other;
    QString parentName;
    QString parentId; ///< empty while the parent is itself planned (the new base)
    QDateTime expiresAt;
    QString problem; ///< why it is not created (exists, bad name); empty: it is
    QString roleName; ///< the developer's own role to create on it, or empty
    bool creates() const { return problem.isEmpty(); }
};

/// "Alice Smith" → "alice-smith": what goes after dev-, preview-pr- or qa-.
QString branchNamePart(const QString& text);

/// The branches to create, base first; names that exist or break Neon's rules are skipped with the reason.
QList<PlannedBranch> planEnvironments(const EnvironmentRequest& request, const QList<Neon::Branch>& existing,
                                      const QDateTime& now);

} // namespace Models
