// SPDX-License-Identifier: MIT
#pragma once

#include <neon/branch.h>

#include <QDateTime>
#include <QList>
#include <QString>

namespace Models {

/// One change applied to a selection of branches of a project.
enum class BulkAction { ResetFromParent, SetExpiration, ExtendExpiration, ClearExpiration, Protect, Unprotect };
QString bulkActionTitle(BulkAction action);

struct BulkParameters
{
    QDateTime expiresAt; ///< SetExpiration
    int extendDays = 7; ///< ExtendExpiration: from the current expiration (or now, if it passed); never-expiring branches are skipped
};

/// What the action will do to one branch: a problem means it is skipped, with that reason.
struct BulkStep
{
    Neon::Branch branch;
    QString problem;
    QDateTime newExpiresAt; ///< for the expiration actions
    bool runs() const { return problem.isEmpty(); }
};

/// Checks Neon's rules for every chosen branch (the reset preview's rules for resets, the
/// expiration rules, protection state) against the whole project's branches.
QList<BulkStep> planBulk(BulkAction action, const QList<Neon::Branch>& chosen, const QList<Neon::Branch>& projectBranches,
                         const BulkParameters& parameters, const QDateTime& now);

} // namespace Models
