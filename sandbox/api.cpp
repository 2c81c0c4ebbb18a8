// SPDX-License-Identifier: MIT
// Routing, timed state changes and shared helpers of the sandbox's Neon API.
#include "api.h"

#include "dataplane.h"

#include <neon/codec.h>

#include <QJsonDocument>
#include <QUuid>

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

QString Api::routeOf(const QByteArray& method, const QString& path)
{
    const QStringList s = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QString m = QString::fromLatin1(method) + QLatin1Char(' ');
    if (s == QStringList{u"users"_s, u"me"_s})
        return m + u"/users/me"_s;
    if (s == QStringList{u"users"_s, u"me"_s, u"organizations"_s})
        return m + u"/users/me/organizations"_s;
    if (s.size() == 3 && s[0] == "consumption_history"_L1 && s[1] == "v2"_L1)
        return m + u"/consumption_history/v2/"_s + s[2];
    if (s.isEmpty() || s[0] != "projects"_L1)
        return {};
    if (s.size() == 1)
        return m + u"/projects"_s;
    QString r = u"/projects/{project_id}"_s;
    if (s.size() == 2)
        return m + r;
    if (s[2] != "branches"_L1 || s.size() == 3 || (s.size() == 4 && s[3] == "count"_L1)) {
        r += QLatin1Char('/') + s[2];
        if (s.size() == 4 && s[2] == "operations"_L1)
            return m + r + u"/{operation_id}"_s;
        if (s.size() == 4 && s[3] == "count"_L1)
            return m + r + u"/count"_s;
        return s.size() == 3 ? m + r : QString();
    }
    r += u"/branches/{branch_id}"_s;
    if (s.size() == 4)
        return m + r;
    if (s.size() == 5)
        return m + r + QLatin1Char('/') + s[4];
    return {};
}

ApiResponse Api::handle(const ApiRequest& request)
{
    m_requestId = request.requestId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : request.requestId;
    ApiResponse response = route(request, request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts));
    response.route = routeOf(request.method, request.path);
    if (response.mutated)
        m_branchBytes.clear();
    return response;
}

ApiResponse Api::route(const ApiRequest& r, const QStringList& s)
{
    const QByteArray& m = r.method;
    const bool get = m == "GET";
    if (get && s == QStringList{u"users"_s, u"me"_s}) {
        ApiResponse out;
        out.body = Json::write(m_state.user);
        return out;
    }
    if (get && s == QStringList{u"users"_s, u"me"_s, u"organizations"_s}) {
        ApiResponse out;
        out.body = QJsonObject{{"organizations"_L1, Json::writeList(m_state.organizations)}};
        return out;
    }
    if (get && s.size() == 3 && s[0] == "consumption_history"_L1 && s[1] == "v2"_L1
        && (s[2] == "projects"_L1 || s[2] == "branches"_L1))
        return consumption(r, s[2] == "branches"_L1);
    if (s.isEmpty() || s[0] != "projects"_L1)
        return error(404, u"not found"_s);
    if (s.size() == 1)
        return get ? listProjects(r) : error(405, u"method not allowed"_s);

    const QString& projectId = s[1];
    if (!m_state.projects.contains(projectId))
        return error(404, u"project not found"_s);
    if (isMutation(m) && isLocked(projectId))
        return error(423, u"project already has running operations, scheduling of new ones is prohibited"_s);
    if (s.size() == 2)
        return get ? getProject(projectId) : error(405, u"method not allowed"_s);

    const QString& area = s[2];
    if (s.size() == 3) {
        if (area == "branches"_L1 && get)
            return listBranches(r, projectId);
        if (area == "branches"_L1 && m == "POST")
            return createBranch(r, projectId, false);
        if (area == "branch_anonymized"_L1 && m == "POST")
            return createBranch(r, projectId, true);
        if (area == "endpoints"_L1 && get) {
            QList<Endpoint> all;
            for (const BranchRecord* b : m_state.branchesOf(projectId))
                all.append(m_state.endpointsOf(b->branch.id));
            ApiResponse out;
            out.body = QJsonObject{{"endpoints"_L1, Json::writeList(all)}};
            return out;
        }
        if (area == "operations"_L1 && get)
            return listOperations(r, projectId);
        if (area == "connection_uri"_L1 && get)
            return connectionUri(r, projectId);
        return error(404, u"not found"_s);
    }
    if (s.size() == 4 && area == "operations"_L1 && get) {
        const auto op = m_state.operations.constFind(s[3]);
        if (op == m_state.operations.cend() || op->projectId != projectId)
            return error(404, u"operation not found"_s);
        ApiResponse out;
        out.body = QJsonObject{{"operation"_L1, Json::write(*op)}};
        return out;
    }
    if (area != "branches"_L1 || s.size() > 5)
        return error(404, u"not found"_s);
    if (s.size() == 4 && s[3] == "count"_L1)
        return get ? countBranches(r, projectId) : error(405, u"method not allowed"_s);

    const QString& branchId = s[3];
    if (s.size() == 4) {
        if (get)
            return getBranch(projectId, branchId);
        if (m == "PATCH")
            return updateBranch(r, projectId, branchId);
        if (m == "DELETE")
            return deleteBranch(r, projectId, branchId);
        return error(405, u"method not allowed"_s);
    }
    const QString& action = s[4];
    if (m == "POST") {
        if (action == "restore"_L1)
            return restoreBranch(r, projectId, branchId);
        if (action == "set_as_default"_L1)
            return setDefault(projectId, branchId);
        if (action == "recover"_L1)
            return recoverBranch(projectId, branchId);
        if (action == "anonymize"_L1)
            return startAnonymization(projectId, branchId);
        return error(404, u"not found"_s);
    }
    if (m == "PATCH" && action == "masking_rules"_L1)
        return setMaskingRules(r, projectId, branchId);
    if (!get)
        return error(405, u"method not allowed"_s);
    if (action == "schema"_L1)
        return branchSchema(r, projectId, branchId);
    if (action == "compare_schema"_L1)
        return compareSchema(r, projectId, branchId);
    if (action == "anonymized_status"_L1)
        return anonymizedStatus(projectId, branchId);

    const BranchRecord* b = liveBranch(projectId, branchId);
    if (!b)
        return error(404, u"branch not found"_s);
    ApiResponse out;
    if (action == "endpoints"_L1) {
        out.body = QJsonObject{{"endpoints"_L1, Json::writeList(m_state.endpointsOf(branchId))}};
    } else if (action == "databases"_L1) {
        QList<Database> dbs;
        for (const DatabaseRecord& d : b->databases)
            dbs.append(d.database);
        out.body = QJsonObject{{"databases"_L1, Json::writeList(dbs)}};
    } else if (action == "roles"_L1) {
        QList<Role> roles = b->roles;
        for (Role& role : roles)
            role.password.clear(); // revealed only by reveal_password
        out.body = QJsonObject{{"roles"_L1, Json::writeList(roles)}};
    } else if (action == "masking_rules"_L1) {
        out.body = QJsonObject{{"masking_rules"_L1, Json::writeList(b->maskingRules)}};
    } else {
        return error(404, u"not found"_s);
    }
    return out;
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

bool Api::settle()
{
    const QDateTime t = now();
    bool changed = settleOperations(t);
    // The expiry sweep looks at every branch: once a second is plenty (Neon's is not exact either).
    if (!m_lastSweep.isValid() || m_lastSweep.msecsTo(t) >= 1000) {
        m_lastSweep = t;
        changed |= sweepExpired(t);
    }
    // Branch sizes follow what people write into the databases, like Neon's logical_size.
    if (m_data && (!m_lastSizeRefresh.isValid() || m_lastSizeRefresh.secsTo(t) >= 10)) {
        m_lastSizeRefresh = t;
        changed |= refreshSizes();
    }
    if (changed)
        m_branchBytes.clear();
    return changed;
}

bool Api::settleOperations(const QDateTime& t)
{
    if (m_state.operationFinishAt.isEmpty())
        return false;
    QSet<QString> touchedBranches;
    QSet<QString> stillRunningBranches;
    bool changed = false;
    for (auto it = m_state.operationFinishAt.begin(); it != m_state.operationFinishAt.end();) {
        Operation& op = m_state.operations[it.key()];
        if (it.value() <= t) {
            op.status = u"finished"_s;
            op.updatedAt = it.value();
            op.totalDurationMs = op.createdAt.msecsTo(it.value());
            touchedBranches.insert(op.branchId);
            it = m_state.operationFinishAt.erase(it);
            changed = true;
            continue;
        }
        if (op.status == "scheduling"_L1 && op.createdAt.msecsTo(t) * 4 >= m_options.operationDurationMs) {
            op.status = u"running"_s;
            op.updatedAt = t;
            changed = true;
        }
        stillRunningBranches.insert(op.branchId);
        ++it;
    }
    for (const QString& branchId : std::as_const(touchedBranches)) {
        if (stillRunningBranches.contains(branchId))
            continue;
        const auto rec = m_state.branches.find(branchId);
        if (rec == m_state.branches.end())
            continue;
        Branch& b = rec->branch;
        if (!b.pendingState.isEmpty()) {
            b.currentState = b.pendingState;
            b.pendingState.clear();
            b.stateChangedAt = t;
        }
        for (Endpoint& e : m_state.endpoints) {
            if (e.branchId == branchId && !e.pendingState.isEmpty()) {
                e.currentState = e.pendingState;
                e.pendingState.clear();
                e.updatedAt = t;
                if (e.currentState == "active"_L1)
                    e.startedAt = e.lastActive = t;
            }
        }
    }
    return changed;
}

bool Api::sweepExpired(const QDateTime& t)
{
    // The background job of Neon: expired branches are deleted (recoverably, by "ttl"), and
    // soft-deleted branches past their recovery window are purged.
    QStringList expire, purge;
    for (const BranchRecord& r : std::as_const(m_state.branches)) {
        if (r.isDeleted()) {
            if (r.branch.recovery->recoverableUntil <= t)
                purge.append(r.branch.id);
        } else if (r.branch.expiresAt.isValid() && r.branch.expiresAt <= t && m_state.childrenOf(r.branch.id).isEmpty()
                   && !isLocked(r.branch.projectId)) {
            expire.append(r.branch.id);
        }
    }
    for (const QString& id : std::as_const(expire))
        softDelete(m_state.branches[id], u"ttl"_s);
    for (const QString& id : std::as_const(purge))
        hardDelete(id);
    return !expire.isEmpty() || !purge.isEmpty();
}

bool Api::refreshSizes()
{
    const QHash<QString, qint64> sizes = m_data->databaseSizes();
    bool changed = false;
    for (BranchRecord& r : m_state.branches) {
        qint64 total = 0;
        bool known = false;
        for (const DatabaseRecord& d : std::as_const(r.databases)) {
            const auto it = sizes.constFind(d.physical);
            if (it != sizes.cend()) {
                total += *it;
                known = true;
            }
        }
        if (known && r.branch.logicalSize != total) {
            r.branch.logicalSize = total;
            changed = true;
        }
    }
    return changed;
}

void Api::softDelete(BranchRecord& record, const QString& method)
{
    const QDateTime t = now();
    BranchRecovery recovery;
    recovery.deletedAt = t;
    recovery.recoverableUntil = t.addDays(7);
    recovery.deletionMethod = method;
    record.branch.recovery = recovery;
    record.branch.updatedAt = t;
    for (Endpoint& e : m_state.endpoints) {
        if (e.branchId == record.branch.id) {
            e.currentState = u"idle"_s;
            e.pendingState.clear();
            e.suspendedAt = t;
        }
    }
}

void Api::hardDelete(const QString& branchId)
{
    const auto it = m_state.branches.find(branchId);
    if (it == m_state.branches.end())
        return;
    if (m_data) {
        QString error;
        if (!m_data->dropBranch(*it, &error))
            qWarning("canopy-sandbox: could not drop the databases of %s: %s", qPrintable(it->branch.name), qPrintable(error));
    }
    m_state.projects[it->branch.projectId].branchIds.removeAll(branchId);
    for (auto e = m_state.endpoints.begin(); e != m_state.endpoints.end();)
        e = e->branchId == branchId ? m_state.endpoints.erase(e) : std::next(e);
    m_state.branches.erase(it);
}

} // namespace Sandbox
