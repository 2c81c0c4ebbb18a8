// SPDX-License-Identifier: MIT
#include "branchload.h"

#include <neon/async.h>

using namespace Qt::StringLiterals;

namespace Models {

Neon::Pending<BranchesWithActivity> loadBranchesWithActivity(Neon::Client& client, const QString& projectId, ActivityNeed need)
{
    const QString description = u"branches and computes of "_s + projectId;
    if (need == ActivityNeed::Required) {
        using Both = std::tuple<Neon::BranchList, QList<Neon::Endpoint>>;
        return Neon::transformed<BranchesWithActivity, Both>(
            Neon::whenAll(description, client.branches(projectId), client.projectEndpoints(projectId)), description,
            [](Both& both, BranchesWithActivity& out) {
                out.branches = std::move(std::get<0>(both).branches);
                out.activity = activityFromEndpoints(std::get<1>(both));
                out.activityKnown = true;
                return Neon::Error();
            });
    }
    using Some = std::tuple<Neon::BranchList, std::optional<QList<Neon::Endpoint>>>;
    return Neon::transformed<BranchesWithActivity, Some>(
        Neon::whenAll(description, client.branches(projectId), Neon::optional(client.projectEndpoints(projectId))),
        description, [](Some& some, BranchesWithActivity& out) {
            out.branches = std::move(std::get<0>(some).branches);
            if (const auto& endpoints = std::get<1>(some)) {
                out.activity = activityFromEndpoints(*endpoints);
                out.activityKnown = true;
            }
            return Neon::Error();
        });
}

} // namespace Models
