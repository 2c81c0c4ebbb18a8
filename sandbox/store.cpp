// SPDX-License-Identifier: MIT
#include "store.h"

#include <neon/codec.h>

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;
using namespace Neon;

namespace Sandbox {

QList<const BranchRecord*> State::branchesOf(const QString& projectId, bool includeDeleted) const
{
    QList<const BranchRecord*> out;
    const auto project = projects.constFind(projectId);
    if (project == projects.cend())
        return out;
    out.reserve(project->branchIds.size());
    for (const QString& id : project->branchIds) {
        const auto it = branches.constFind(id);
        if (it != branches.cend() && (includeDeleted || !it->isDeleted()))
            out.append(&*it);
    }
    return out;
}

QList<Endpoint> State::endpointsOf(const QString& branchId) const
{
    QList<Endpoint> out;
    for (const Endpoint& e : endpoints) {
        if (e.branchId == branchId)
            out.append(e);
    }
    std::sort(out.begin(), out.end(), [](const Endpoint& a, const Endpoint& b) { return a.id < b.id; });
    return out;
}

QStringList State::childrenOf(const QString& branchId) const
{
    QStringList out;
    const auto self = branches.constFind(branchId);
    if (self == branches.cend())
        return out;
    for (const BranchRecord* b : branchesOf(self->branch.projectId)) {
        if (b->branch.parentId == branchId)
            out.append(b->branch.id);
    }
    return out;
}

const BranchRecord* State::findBranchByName(const QString& projectId, const QString& name) const
{
    for (const BranchRecord* b : branchesOf(projectId)) {
        if (b->branch.name == name)
            return b;
    }
    return nullptr;
}

// --- JSON ---------------------------------------------------------------------------------

namespace {
QJsonObject writeRecord(const BranchRecord& r)
{
    QJsonArray databases;
    for (const DatabaseRecord& d : r.databases)
        databases.append(QJsonObject{{"database"_L1, Json::write(d.database)}, {"tables"_L1, Json::writeList(d.tables)},
                                     {"physical"_L1, d.physical}});
    QJsonObject o{{"branch"_L1, Json::write(r.branch)},
                  {"databases"_L1, databases},
                  {"roles"_L1, Json::writeList(r.roles)},
                  {"annotation"_L1, Json::stringMapToJson(r.annotation)},
                  {"masking_rules"_L1, Json::writeList(r.maskingRules)},
                  {"original_root"_L1, r.isOriginalRoot}};
    QJsonArray eras;
    for (const DataEra& e : r.eras) {
        QJsonObject era{{"since_lsn"_L1, e.sinceLsn}, {"physical"_L1, Json::stringMapToJson(e.physical)},
                        {"owner_branch_id"_L1, e.ownerBranchId}};
        era.insert("since"_L1, e.since.toString(Qt::ISODateWithMs));
        eras.append(era);
    }
    if (!eras.isEmpty())
        o.insert("eras"_L1, eras);
    if (!r.backupSchedule.isEmpty() || r.scheduleSetAt.isValid()) {
        QJsonObject taken;
        for (auto it = r.scheduleTaken.cbegin(); it != r.scheduleTaken.cend(); ++it)
            taken.insert(it.key(), it.value().toString(Qt::ISODateWithMs));
        o.insert("backup_schedule"_L1, QJsonObject{{"schedule"_L1, Json::writeList(r.backupSchedule)}, {"taken"_L1, taken},
                                                   {"set_at"_L1, r.scheduleSetAt.toString(Qt::ISODateWithMs)}});
    }
    if (r.anonymization) {
        const AnonymizationRecord& a = *r.anonymization;
        QJsonObject anon{{"state"_L1, a.state}, {"status_message"_L1, a.statusMessage}, {"masked_columns"_L1, a.maskedColumns},
                         {"data_failure"_L1, a.dataFailure}};
        Json::putTime(anon, "created_at"_L1, a.createdAt);
        Json::putTime(anon, "updated_at"_L1, a.updatedAt);
        Json::putTime(anon, "run_started_at"_L1, a.runStartedAt);
        Json::putTime(anon, "run_completed_at"_L1, a.runCompletedAt);
        Json::putTime(anon, "failed_at"_L1, a.failedAt);
        o.insert("anonymization"_L1, anon);
    }
    return o;
}

void readRecord(Json::Reader& r, BranchRecord& out)
{
    if (std::optional<Json::Reader> b = r.child("branch"_L1))
        Json::read(*b, out.branch);
    out.databases = r.list<DatabaseRecord>("databases"_L1, [](Json::Reader& i, DatabaseRecord& d) {
        if (std::optional<Json::Reader> db = i.child("database"_L1))
            Json::read(*db, d.database);
        d.tables = i.list<SchemaTable>("tables"_L1, [](Json::Reader& t, SchemaTable& v) { Json::read(t, v); });
        d.physical = i.str("physical"_L1);
    });
    out.roles = r.list<Role>("roles"_L1, [](Json::Reader& i, Role& v) { Json::read(i, v); });
    out.annotation = r.stringMap("annotation"_L1);
    out.maskingRules = r.list<MaskingRule>("masking_rules"_L1, [](Json::Reader& i, MaskingRule& v) { Json::read(i, v); });
    out.isOriginalRoot = r.boolean("original_root"_L1);
    out.eras = r.list<DataEra>("eras"_L1, [](Json::Reader& i, DataEra& e) {
        e.since = QDateTime::fromString(i.str("since"_L1), Qt::ISODateWithMs);
        e.sinceLsn = i.str("since_lsn"_L1);
        e.physical = i.stringMap("physical"_L1);
        e.ownerBranchId = i.str("owner_branch_id"_L1);
    });
    if (std::optional<Json::Reader> schedule = r.child("backup_schedule"_L1)) {
        out.backupSchedule = schedule->list<BackupScheduleItem>("schedule"_L1, [](Json::Reader& i, BackupScheduleItem& v) {
            Json::read(i, v);
        });
        const QHash<QString, QString> taken = schedule->stringMap("taken"_L1);
        for (auto it = taken.cbegin(); it != taken.cend(); ++it)
            out.scheduleTaken.insert(it.key(), QDateTime::fromString(it.value(), Qt::ISODateWithMs));
        out.scheduleSetAt = QDateTime::fromString(schedule->str("set_at"_L1), Qt::ISODateWithMs);
    }
    if (std::optional<Json::Reader> a = r.child("anonymization"_L1)) {
        AnonymizationRecord anon;
        anon.state = a->str("state"_L1);
        anon.statusMessage = a->str("status_message"_L1);
        anon.maskedColumns = int(a->int64("masked_columns"_L1));
        anon.createdAt = a->time("created_at"_L1);
        anon.updatedAt = a->time("updated_at"_L1);
        anon.runStartedAt = a->time("run_started_at"_L1);
        anon.runCompletedAt = a->time("run_completed_at"_L1);
        anon.failedAt = a->time("failed_at"_L1);
        anon.dataFailure = a->str("data_failure"_L1);
        out.anonymization = anon;
    }
}
} // namespace

QJsonObject stateToJson(const State& state)
{
    QJsonArray projects;
    for (const ProjectRecord& p : state.projects) {
        projects.append(QJsonObject{{"project"_L1, Json::write(p.project)},
                                    {"branch_ids"_L1, QJsonArray::fromStringList(p.branchIds)},
                                    {"operation_ids"_L1, QJsonArray::fromStringList(p.operationIds)},
                                    {"settings"_L1, p.settings},
                                    {"default_endpoint_settings"_L1, p.defaultEndpointSettings}});
    }
    QJsonArray branches;
    for (const BranchRecord& b : state.branches)
        branches.append(writeRecord(b));
    QJsonArray operations;
    for (const Operation& op : state.operations) {
        QJsonObject o = Json::write(op);
        Json::putTime(o, "sandbox_finish_at"_L1, state.operationFinishAt.value(op.id));
        operations.append(o);
    }
    QJsonArray endpoints;
    for (const Endpoint& e : state.endpoints)
        endpoints.append(Json::write(e));
    QJsonArray snapshots;
    for (const SnapshotRecord& snap : state.snapshots)
        snapshots.append(QJsonObject{{"snapshot"_L1, Json::write(snap.snapshot)}, {"project_id"_L1, snap.projectId},
                                     {"data"_L1, writeRecord(snap.data)}});
    return QJsonObject{{"format"_L1, "canopy-sandbox-state/1"_L1},
                       {"seed"_L1, state.seed},
                       {"user"_L1, Json::write(state.user)},
                       {"organizations"_L1, Json::writeList(state.organizations)},
                       {"projects"_L1, projects},
                       {"branches"_L1, branches},
                       {"endpoints"_L1, endpoints},
                       {"snapshots"_L1, snapshots},
                       {"operations"_L1, operations}};
}

bool stateFromJson(const QJsonObject& o, State& out, QString* error)
{
    if (o.value("format"_L1).toString() != "canopy-sandbox-state/1"_L1) {
        *error = u"not a canopy-sandbox state file (format \"%1\")"_s.arg(o.value("format"_L1).toString());
        return false;
    }
    QString problem;
    Json::Reader r(o, QString(), &problem);
    State s;
    s.seed = r.str("seed"_L1);
    if (std::optional<Json::Reader> user = r.child("user"_L1))
        Json::read(*user, s.user);
    s.organizations = r.list<Organization>("organizations"_L1, [](Json::Reader& i, Organization& v) { Json::read(i, v); });
    for (const ProjectRecord& p : r.list<ProjectRecord>("projects"_L1, [](Json::Reader& i, ProjectRecord& v) {
             if (std::optional<Json::Reader> project = i.child("project"_L1))
                 Json::read(*project, v.project);
             v.branchIds = i.stringList("branch_ids"_L1);
             v.operationIds = i.stringList("operation_ids"_L1);
             v.settings = i.raw().value("settings"_L1).toObject();
             v.defaultEndpointSettings = i.raw().value("default_endpoint_settings"_L1).toObject();
         }))
        s.projects.insert(p.project.id, p);
    for (const BranchRecord& b : r.list<BranchRecord>("branches"_L1, [](Json::Reader& i, BranchRecord& v) { readRecord(i, v); }))
        s.branches.insert(b.branch.id, b);
    for (const Endpoint& e : r.list<Endpoint>("endpoints"_L1, [](Json::Reader& i, Endpoint& v) { Json::read(i, v); }))
        s.endpoints.insert(e.id, e);
    r.list<SnapshotRecord>("snapshots"_L1, [&s](Json::Reader& i, SnapshotRecord& v) {
        if (std::optional<Json::Reader> snapshot = i.child("snapshot"_L1))
            Json::read(*snapshot, v.snapshot);
        v.projectId = i.str("project_id"_L1);
        if (std::optional<Json::Reader> data = i.child("data"_L1))
            readRecord(*data, v.data);
        s.snapshots.insert(v.snapshot.id, v);
    });
    r.list<Operation>("operations"_L1, [&s](Json::Reader& i, Operation& v) {
        Json::read(i, v);
        const QDateTime finishAt = i.time("sandbox_finish_at"_L1);
        if (finishAt.isValid())
            s.operationFinishAt.insert(v.id, finishAt);
        s.operations.insert(v.id, v);
    });
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    for (const ProjectRecord& p : std::as_const(s.projects)) {
        for (const QString& id : p.branchIds) {
            if (!s.branches.contains(id)) {
                *error = u"project %1 lists branch %2, which is missing"_s.arg(p.project.id, id);
                return false;
            }
        }
    }
    out = std::move(s);
    return true;
}

Store::Store(QString path)
    : m_path(std::move(path))
{
}

bool Store::exists() const
{
    return QFile::exists(m_path);
}

bool Store::load(State& state, QString* error) const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(m_path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = u"%1 is corrupt (%2 at byte %3); it was left as it is"_s.arg(m_path, parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    QString problem;
    if (!stateFromJson(doc.object(), state, &problem)) {
        *error = u"%1 is corrupt: %2; it was left as it is"_s.arg(m_path, problem);
        return false;
    }
    return true;
}

bool Store::save(const State& state, QString* error) const
{
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = u"cannot write %1: %2"_s.arg(m_path, file.errorString());
        return false;
    }
    // It holds every role's password: its owner's only, before a byte is written (the new file
    // would otherwise take the umask's or the old file's permissions).
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = u"cannot make %1 private: %2"_s.arg(m_path, file.errorString());
        file.cancelWriting();
        return false;
    }
    file.write(QJsonDocument(stateToJson(state)).toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        *error = u"cannot write %1: %2"_s.arg(m_path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Sandbox
