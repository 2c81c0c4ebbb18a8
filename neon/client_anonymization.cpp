// SPDX-License-Identifier: MIT
// Anonymization calls: anonymized branches, masking rules, and (re)starting the masking.
#include "client.h"

#include "client_mutate.h"
#include "paths.h"

using namespace Qt::StringLiterals;

namespace Neon {

Pending<CreatedBranch> Client::createAnonymizedBranch(const QString& projectId, const AnonymizedBranchCreate& request)
{
    MutationSpec<CreatedBranch> spec;
    spec.projectId = projectId;
    spec.route = { "POST", u"/projects/{project_id}/branch_anonymized"_s,
        Paths::project(projectId) + "/branch_anonymized"_L1, {} };
    spec.body = Json::writeAnonymizedCreateRequest(request);
    spec.decode = [](const HttpResult& res, CreatedBranch& v) { return Json::decode(res.object, v); };
    spec.operationsOf = [](const CreatedBranch& v) { return v.operations; };
    spec.branchToSettle = [](const CreatedBranch& v) { return v.branch.id; };
    spec.applySettled = [](CreatedBranch& v, const Branch& b) { v.branch = b; };
    return mutate(std::move(spec));
}

Pending<QList<MaskingRule>> Client::setMaskingRules(
    const QString& projectId, const QString& branchId, const QList<MaskingRule>& rules)
{
    MutationSpec<QList<MaskingRule>> spec;
    spec.projectId = projectId;
    const QString route = u"/projects/{project_id}/branches/{branch_id}/masking_rules"_s;
    const QString path = Paths::branch(projectId, branchId, "/masking_rules"_L1);
    spec.route = { "PATCH", route, path, {} };
    spec.body = QJsonObject { { "masking_rules"_L1, Json::writeList(rules) } };
    spec.decode = [](const HttpResult& res, QList<MaskingRule>& v) {
        return Json::decodeListIn(res.object, "masking_rules"_L1, v);
    };
    // PATCH replaces the whole list, so comparing the list read back decides.
    spec.reconcile = [this, route, path, rules](Reply* r, std::function<void(Verdict, QList<MaskingRule>)> verdict) {
        send(r, { "GET", route, path, {} }, nullptr, [rules, verdict](const HttpResult& res) {
            QList<MaskingRule> current;
            if (res.error.isError() || !Json::decodeListIn(res.object, "masking_rules"_L1, current).isEmpty())
                return verdict(Verdict::Unknown, {});
            verdict(current == rules ? Verdict::Applied : Verdict::NotApplied, current);
        });
    };
    return mutate(std::move(spec));
}

Pending<AnonymizationStatus> Client::startAnonymization(const QString& projectId, const QString& branchId)
{
    MutationSpec<AnonymizationStatus> spec;
    spec.projectId = projectId;
    spec.route = { "POST", u"/projects/{project_id}/branches/{branch_id}/anonymize"_s,
        Paths::branch(projectId, branchId, "/anonymize"_L1), {} };
    spec.decode = [](const HttpResult& res, AnonymizationStatus& v) { return Json::decodeIn(res.object, {}, v); };
    spec.reconcile = [this, projectId, branchId](Reply* r, std::function<void(Verdict, AnonymizationStatus)> verdict) {
        send(r,
            { "GET", u"/projects/{project_id}/branches/{branch_id}/anonymized_status"_s,
                Paths::branch(projectId, branchId, "/anonymized_status"_L1), {} },
            nullptr, [verdict](const HttpResult& res) {
                AnonymizationStatus status;
                if (res.error.isError() || !Json::decodeIn(res.object, {}, status).isEmpty())
                    return verdict(Verdict::Unknown, {});
                verdict(status.state == "anonymizing"_L1 ? Verdict::Applied : Verdict::Unknown, status);
            });
    };
    return mutate(std::move(spec));
}

} // namespace Neon
