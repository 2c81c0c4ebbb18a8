// SPDX-License-Identifier: MIT
#pragma once

#include "branchfacts.h"

#include <neon/client.h>

namespace Models {

/// A project's branches with the activity of their computes, by branch id.
struct BranchesWithActivity
{
    QList<Neon::Branch> branches;
    QHash<QString, BranchActivity> activity;
    bool activityKnown = false; ///< false: the computes could not be read (best effort only)
};

enum class ActivityNeed
{
    Required, ///< the computes must load too, or the whole call fails (plans decide on activity)
    BestEffort, ///< branches without activity are still worth showing
};

/// The branches (every one, in the fewest pages the API allows) and the project's endpoints,
/// read concurrently; the one loader of the window, the cleanup scan and the headless commands.
Neon::Pending<BranchesWithActivity> loadBranchesWithActivity(Neon::Client& client, const QString& projectId, ActivityNeed need);

} // namespace Models
