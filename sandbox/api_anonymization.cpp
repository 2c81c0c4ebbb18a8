// SPDX-License-Identifier: MIT
// Masking rules and the anonymization state machine of branches made with branch_anonymized.
#include "api.h"

#include "dataplane.h"
#include "maskingexpression.h"

#include <neon/codec.h>

using namespace Qt::StringLiterals;
using namespace Neon;

namespace Sandbox {

namespace {
/// The rule that names a column the branch does not have, if any.
QString failingRule(const BranchRecord& record)
{
    for (const MaskingRule& rule : record.maskingRules) {
        bool found = false;
        for (const DatabaseRecord& d : record.databases) {
            if (d.database.name != rule.databaseName)
                continue;
            for (const SchemaTable& t : d.tables) {
                if (t.schema == rule.schemaName && t.name == rule.tableName) {
                    found = std::any_of(t.columns.cbegin(), t.columns.cend(),
                                        [&](const SchemaColumn& c) { return c.name == rule.columnName; });
                }
            }
        }
        if (!found)
            return u"masking rule for %1.%2.%3.%4: column does not exist"_s.arg(rule.databaseName, rule.schemaName,
                                                                                 rule.tableName, rule.columnName);
    }
    return {};
}
} // namespace

AnonymizationStatus Api::anonymizationStatus(const BranchRecord& record) const
{
    const AnonymizationRecord& a = *record.anonymization;
    const QDateTime t = now();
    const qint64 d = m_options.operationDurationMs;
    AnonymizationStatus s;
    s.projectId = record.branch.projectId;
    s.branchId = record.branch.id;
    s.createdAt = a.createdAt;
    s.updatedAt = a.updatedAt;
    if (t < a.createdAt.addMSecs(d)) {
        s.state = u"created"_s;
        return s;
    }
    if (!a.runStartedAt.isValid() || t < a.runStartedAt) {
        s.state = u"initialized"_s;
        s.updatedAt = std::max(a.updatedAt, a.createdAt.addMSecs(d));
        return s;
    }
    s.hasLastRun = true;
    s.lastRunStartedAt = a.runStartedAt;
    s.lastRunTriggeredBy = u"00000000-0000-4000-8000-000000000001"_s;
    s.lastRunTriggeredByUsername = m_state.user.name;
    const QDateTime done = a.runStartedAt.addMSecs(d);
    if (t < done) {
        const int total = int(std::max<qsizetype>(1, record.maskingRules.size()));
        const int at = int(std::min<qint64>(total, 1 + a.runStartedAt.msecsTo(t) * total / std::max<qint64>(d, 1)));
        const MaskingRule current = record.maskingRules.value(at - 1);
        s.state = u"anonymizing"_s;
        s.statusMessage = u"Anonymizing table %1.%2.%3 (%4/%5)"_s.arg(current.databaseName, current.schemaName, current.tableName,
                                                                       QString::number(at), QString::number(total));
        s.updatedAt = a.runStartedAt;
        return s;
    }
    s.lastRunCompletedAt = done;
    s.updatedAt = done;
    const QString failure = m_data ? a.dataFailure : failingRule(record);
    if (!failure.isEmpty()) {
        s.state = u"error"_s;
        s.statusMessage = failure;
        s.failedAt = done;
        return s;
    }
    s.state = u"anonymized"_s;
    s.lastRunMaskedColumns = int(record.maskingRules.size());
    return s;
}

ApiResponse Api::anonymizedStatus(const QString& projectId, const QString& branchId)
{
    const BranchRecord* b = liveBranch(projectId, branchId);
    if (!b)
        return error(404, u"branch not found"_s);
    if (!b->anonymization)
        return error(404, u"branch %1 is not an anonymized branch"_s.arg(b->branch.name));
    ApiResponse out;
    out.body = Json::write(anonymizationStatus(*b));
    return out;
}

ApiResponse Api::startAnonymization(const QString& projectId, const QString& branchId)
{
    const BranchRecord* b = liveBranch(projectId, branchId);
    if (!b)
        return error(404, u"branch not found"_s);
    if (!b->anonymization)
        return error(400, u"branch %1 is not an anonymized branch"_s.arg(b->branch.name));
    const QString state = anonymizationStatus(*b).state;
    if (state != "initialized"_L1 && state != "error"_L1 && state != "anonymized"_L1)
        return error(400, u"anonymization can start when the branch is initialized, anonymized or failed; it is %1"_s.arg(state));
    BranchRecord& record = m_state.branches[branchId];
    record.anonymization->runStartedAt = now();
    record.anonymization->updatedAt = now();
    if (m_data) {
        QString failure;
        record.anonymization->dataFailure = m_data->anonymize(record, &failure) ? QString() : failure;
    }
    ApiResponse out;
    out.mutated = true;
    out.body = Json::write(anonymizationStatus(record));
    return out;
}

ApiResponse Api::setMaskingRules(const ApiRequest& r, const QString& projectId, const QString& branchId)
{
    if (!liveBranch(projectId, branchId))
        return error(404, u"branch not found"_s);
    QJsonObject body;
    if (const QString problem = Json::parseObject(r.body, body); !problem.isEmpty())
        return error(400, u"request body: "_s + problem);
    if (!body.value("masking_rules"_L1).isArray())
        return error(400, u"masking_rules is required"_s);
    QList<MaskingRule> rules;
    if (const QString problem = Json::decodeListIn(body, "masking_rules"_L1, rules); !problem.isEmpty())
        return error(400, problem);
    if (const QString problem = maskingRulesProblem(rules); !problem.isEmpty())
        return error(400, problem);
    BranchRecord& record = m_state.branches[branchId];
    record.maskingRules = rules; // PATCH replaces the whole list
    ApiResponse out;
    out.mutated = true;
    out.body = QJsonObject{{"masking_rules"_L1, Json::writeList(rules)}};
    return out;
}

} // namespace Sandbox
