// SPDX-License-Identifier: MIT
#include "bulkplan.h"

#include "branchrules.h"

#include <QCoreApplication>

namespace Models {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Bulk)
};
} // namespace

QString bulkActionTitle(BulkAction action)
{
    switch (action) {
    case BulkAction::ResetFromParent: return Text::tr("Reset from parent");
    case BulkAction::SetExpiration: return Text::tr("Set expiration");
    case BulkAction::ExtendExpiration: return Text::tr("Extend expiration");
    case BulkAction::ClearExpiration: return Text::tr("Clear expiration");
    case BulkAction::Protect: return Text::tr("Protect");
    case BulkAction::Unprotect: return Text::tr("Unprotect");
    }
    return {};
}

QList<BulkStep> planBulk(BulkAction action, const QList<Neon::Branch>& chosen, const QList<Neon::Branch>& projectBranches,
                         const BulkParameters& parameters, const QDateTime& now)
{
    const auto childrenOf = [&projectBranches](const QString& id) {
        return int(std::count_if(projectBranches.cbegin(), projectBranches.cend(),
                                 [&id](const Neon::Branch& b) { return b.parentId == id; }));
    };
    QList<BulkStep> steps;
    for (const Neon::Branch& b : chosen) {
        BulkStep s;
        s.branch = b;
        switch (action) {
        case BulkAction::ResetFromParent:
            s.problem = BranchRules::resetProblem(b);
            if (s.problem.isEmpty() && !b.pendingState.isEmpty())
                s.problem = Text::tr("%1 has an operation running (%2).").arg(b.name, b.pendingState);
            break;
        case BulkAction::SetExpiration:
            s.newExpiresAt = parameters.expiresAt;
            s.problem = parameters.expiresAt.isValid()
                            ? BranchRules::expirationProblem(b, childrenOf(b.id), s.newExpiresAt, now)
                            : Text::tr("Choose when the branches expire.");
            break;
        case BulkAction::ExtendExpiration: {
            if (!b.expiresAt.isValid()) {
                // Extending must not give an expiry to a branch that never had one.
                s.problem = Text::tr("%1 never expires; nothing to extend (Set expiration gives it one).").arg(b.name);
                break;
            }
            const QDateTime from = b.expiresAt.isValid() && b.expiresAt > now ? b.expiresAt : now;
            s.newExpiresAt = from.addDays(parameters.extendDays);
            s.problem = BranchRules::expirationProblem(b, childrenOf(b.id), s.newExpiresAt, now);
            break;
        }
        case BulkAction::ClearExpiration:
            if (!b.expiresAt.isValid())
                s.problem = Text::tr("%1 has no expiration to clear.").arg(b.name);
            break;
        case BulkAction::Protect:
            if (b.isProtected)
                s.problem = Text::tr("%1 is already protected.").arg(b.name);
            else if (b.expiresAt.isValid())
                s.problem = Text::tr("%1 expires, and protected branches cannot. Clear its expiration first.").arg(b.name);
            break;
        case BulkAction::Unprotect:
            if (!b.isProtected)
                s.problem = Text::tr("%1 is not protected.").arg(b.name);
            break;
        }
        steps.append(s);
    }
    return steps;
}

} // namespace Models
