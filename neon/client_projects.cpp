// SPDX-License-Identifier: MIT
// Changing a project: its name and its restore window (how far back point-in-time reaches),
// within the plan's limits, followed through its operations.
#include "client.h"

#include "client_mutate.h"
#include "paths.h"

using namespace Qt::StringLiterals;

namespace Neon {

qint64 maxRestoreWindowSeconds(const QString& plan)
{
    const QString p = plan.toLower();
    if (p == "free"_L1 || p == "free_v2"_L1 || p == "free_v3"_L1)
        return 6 * 3600;
    if (p == "launch"_L1 || p == "launch_v2"_L1 || p == "launch_v3"_L1)
        return 7 * 86400;
    return 30 * 86400;
}

QString restoreWindowProblem(qint64 seconds, const QString& plan)
{
    if (seconds < 0)
        return QStringLiteral("A restore window cannot be negative.");
    const qint64 max = maxRestoreWindowSeconds(plan);
    if (seconds > max) {
        return max < 86400 ? QStringLiteral("Your plan keeps at most %1 hours of history.").arg(max / 3600)
                           : QStringLiteral("Your plan keeps at most %1 days of history.").arg(max / 86400);
    }
    return {};
}

Pending<ProjectOperations> Client::updateProject(const QString& projectId, const ProjectUpdate& update, const QString& plan)
{
    const QString description = u"PATCH /projects/{project_id}"_s;
    if (update.name && (update.name->isEmpty() || update.name->size() > 64))
        return rejected<ProjectOperations>(description, QStringLiteral("A project name has 1 to 64 characters."));
    if (update.historyRetentionSeconds && !plan.isEmpty()) {
        if (const QString p = restoreWindowProblem(*update.historyRetentionSeconds, plan); !p.isEmpty())
            return rejected<ProjectOperations>(description, p);
    }
    QJsonObject project;
    if (update.name)
        project.insert("name"_L1, *update.name);
    if (update.historyRetentionSeconds)
        project.insert("history_retention_seconds"_L1, double(*update.historyRetentionSeconds));
    MutationSpec<ProjectOperations> spec;
    spec.projectId = projectId;
    spec.route = { "PATCH", description, Paths::project(projectId), {} };
    spec.body = QJsonObject{{"project"_L1, project}};
    spec.decode = [](const HttpResult& res, ProjectOperations& v) {
        if (const QString e = Json::decodeIn(res.object, "project"_L1, v.project); !e.isEmpty())
            return e;
        return Json::decodeListIn(res.object, "operations"_L1, v.operations);
    };
    spec.operationsOf = [](const ProjectOperations& v) { return v.operations; };
    // A lost answer: the project read back says whether the change is there.
    spec.reconcile = [this, projectId, update](Reply* r, std::function<void(Verdict, ProjectOperations)> verdict) {
        send(r, { "GET", u"/projects/{project_id}"_s, Paths::project(projectId), {} }, nullptr,
            [update, verdict](const HttpResult& res) {
                ProjectOperations read;
                if (res.status != 200 || !Json::decodeIn(res.object, "project"_L1, read.project).isEmpty())
                    return verdict(Verdict::Unknown, {});
                const bool applied = (!update.name || read.project.name == *update.name)
                    && (!update.historyRetentionSeconds
                        || read.project.historyRetentionSeconds == update.historyRetentionSeconds);
                verdict(applied ? Verdict::Applied : Verdict::NotApplied, read);
            });
    };
    return mutate(std::move(spec));
}

} // namespace Neon
