// SPDX-License-Identifier: MIT
// Shared helpers of the sandbox's Neon API: errors, branch lookups and JSON, operations, URIs.
#include "api.h"

#include "dataplane.h"

#include <neon/codec.h>

#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace Neon;

namespace Sandbox {

Api::Api(State& state, Options options, quint32 randomSeed)
    : m_state(state)
    , m_options(options)
    , m_factory(randomSeed)
{
}

QDateTime Api::now() const
{
    QDateTime t = QDateTime::currentDateTimeUtc().addSecs(m_clockOffsetSeconds);
    t.setTime(QTime(t.time().hour(), t.time().minute(), t.time().second(), t.time().msec()));
    return t;
}

ApiResponse Api::error(int status, const QString& message) const
{
    ApiResponse r;
    r.status = status;
    r.body = QJsonObject{{"code"_L1, ""_L1}, {"message"_L1, message}, {"request_id"_L1, m_requestId}};
    return r;
}

const BranchRecord* Api::liveBranch(const QString& projectId, const QString& branchId) const
{
    const auto it = m_state.branches.constFind(branchId);
    if (it == m_state.branches.cend() || it->branch.projectId != projectId || it->isDeleted())
        return nullptr;
    return &*it;
}

QJsonObject Api::branchJson(const BranchRecord& record) const
{
    return Json::write(record.branch);
}

QByteArray Api::branchBytes(const BranchRecord& record) const
{
    auto it = m_branchBytes.constFind(record.branch.id);
    if (it == m_branchBytes.cend())
        it = m_branchBytes.insert(record.branch.id, QJsonDocument(branchJson(record)).toJson(QJsonDocument::Compact));
    return *it;
}

bool Api::isLocked(const QString& projectId) const
{
    for (auto it = m_state.operationFinishAt.cbegin(); it != m_state.operationFinishAt.cend(); ++it) {
        if (m_state.operations.value(it.key()).projectId == projectId)
            return true;
    }
    return false;
}

QList<Operation> Api::startOperations(const QString& projectId, const QString& branchId, const QStringList& actions)
{
    QList<Operation> ops;
    const QDateTime t = now();
    for (const QString& action : actions) {
        // A millisecond apart, so "newest first" and the time-based cursor are unambiguous.
        Operation op = m_factory.operation(m_state, projectId, branchId, action, t.addMSecs(ops.size()),
                                           m_options.operationDurationMs);
        if (!ops.isEmpty() && op.status == "running"_L1) {
            op.status = u"scheduling"_s; // later operations of a mutation wait for the first
            m_state.operations[op.id].status = op.status;
        }
        ops.append(op);
    }
    return ops;
}

QString Api::connectionUri(const BranchRecord& branch, const DatabaseRecord& database, const Role& role,
                           const Endpoint& endpoint, bool pooled) const
{
    QUrl uri;
    uri.setScheme(u"postgresql"_s);
    uri.setPassword(role.password);
    if (m_data && !database.physical.isEmpty()) {
        uri.setUserName(DataPlane::physicalRole(branch.branch.id, role.name));
        uri.setHost(m_data->address().host);
        uri.setPort(m_data->address().port);
        uri.setPath(QLatin1Char('/') + database.physical);
        uri.setQuery(u"sslmode=disable"_s); // loopback only
    } else {
        uri.setUserName(role.name);
        uri.setHost(pooled ? QString(endpoint.host).replace(endpoint.id, endpoint.id + u"-pooler"_s) : endpoint.host);
        uri.setPath(QLatin1Char('/') + database.database.name);
        uri.setQuery(u"sslmode=require&channel_binding=require"_s);
    }
    return uri.toString(QUrl::FullyEncoded);
}

QString Api::expiryProblem(const QDateTime& expiresAt) const
{
    if (!expiresAt.isValid())
        return u"expires_at must be an RFC 3339 timestamp"_s;
    if (expiresAt <= now())
        return u"expires_at must be in the future"_s;
    if (expiresAt > now().addDays(30))
        return u"expires_at must be at most 30 days in the future"_s;
    return {};
}

} // namespace Sandbox
