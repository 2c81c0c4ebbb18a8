// SPDX-License-Identifier: MIT
#include "anonymization.h"
#include "branch.h"
#include "operation.h"

namespace Neon {

BranchState branchStateFromString(const QString& s)
{
    if (s == QLatin1String("ready"))
        return BranchState::Ready;
    if (s == QLatin1String("init"))
        return BranchState::Init;
    if (s == QLatin1String("resetting"))
        return BranchState::Resetting;
    if (s == QLatin1String("archived"))
        return BranchState::Archived;
    return BranchState::Unknown;
}

bool Branch::isRestricted(const QString& action) const
{
    return std::any_of(restrictedActions.begin(), restrictedActions.end(),
        [&](const RestrictedAction& a) { return a.name == action; });
}

bool Operation::isTerminal() const
{
    return status == QLatin1String("finished") || status == QLatin1String("skipped")
        || status == QLatin1String("failed") || status == QLatin1String("error")
        || status == QLatin1String("cancelled");
}

bool Operation::succeeded() const
{
    return status == QLatin1String("finished") || status == QLatin1String("skipped");
}

bool AnonymizationStatus::isFinished() const
{
    return state == QLatin1String("anonymized") || failed();
}

bool AnonymizationStatus::failed() const
{
    return state == QLatin1String("error") || state == QLatin1String("initialization_error");
}

} // namespace Neon
