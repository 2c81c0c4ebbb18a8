// SPDX-License-Identifier: MIT
// Backup schedules: the frequencies at which a root branch's snapshots are taken automatically
// (paid plans), and the sweep that takes them when due and deletes every snapshot whose
// expiry (set by hand, or by a schedule's retention) has passed.
#include "api.h"

#include "api_params.h"
#include "dataplane.h"
#include "history.h"

#include <neon/codec.h>

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace Neon;

namespace Sandbox {

namespace {
const QStringList frequencies{u"hourly"_s, u"daily"_s, u"weekly"_s, u"monthly"_s, u"yearly"_s};

/// The newest moment at or before `t` at which `item` is due (UTC); invalid for an unknown frequency.
QDateTime lastDue(const BackupScheduleItem& item, const QDateTime& t)
{
    const QDateTime u = t.toUTC();
    const int hour = item.hour.value_or(0);
    const auto at = [hour](QDate d) { return QDateTime(d, QTime(hour, 0), Qt::UTC); };
    const auto dayOf = [&item](QDate month) { return std::min(item.day.value_or(1), month.daysInMonth()); };
    if (item.frequency == "hourly"_L1)
        return QDateTime(u.date(), QTime(u.time().hour(), 0), Qt::UTC);
    for (int back = 0; back < 800; ++back) { // at most two years and a bit back
        const QDate d = u.date().addDays(-back);
        bool due = item.frequency == "daily"_L1;
        if (item.frequency == "weekly"_L1)
            due = d.dayOfWeek() == std::clamp(item.day.value_or(1), 1, 7);
        else if (item.frequency == "monthly"_L1)
            due = d.day() == dayOf(d);
        else if (item.frequency == "yearly"_L1)
            due = d.month() == item.month.value_or(1) && d.day() == dayOf(d);
        if (due && at(d) <= u)
            return at(d);
    }
    return {};
}
} // namespace

ApiResponse Api::getBackupSchedule(const QString& projectId, const QString& branchId)
{
    const BranchRecord* branch = liveBranch(projectId, branchId);
    if (!branch)
        return error(404, u"branch not found"_s);
    ApiResponse out;
    out.body = QJsonObject{{"schedule"_L1, Json::writeList(branch->backupSchedule)}};
    return out;
}

ApiResponse Api::setBackupSchedule(const ApiRequest& r, const QString& projectId, const QString& branchId)
{
    const BranchRecord* branch = liveBranch(projectId, branchId);
    if (!branch)
        return error(404, u"branch not found"_s);
    QJsonObject body;
    QString problem;
    if (!parseBody(r.body, body, &problem))
        return error(400, problem);
    if (!body.value("schedule"_L1).isArray())
        return error(400, u"schedule is required: an array of {frequency, hour, day, month, retention_seconds}"_s);
    const QString plan = planOf(m_state.projects.value(projectId).project.orgId);
    if (plan == "free"_L1)
        return error(403, u"backup schedules are available on paid plans; this project's organization is on the free plan"_s);
    if (!branch->branch.isRoot())
        return error(400, u"backup schedules apply to root branches only: %1 is a child branch"_s.arg(branch->branch.name));
    QList<BackupScheduleItem> items;
    for (const QJsonValue& v : body.value("schedule"_L1).toArray()) {
        QString readError;
        Json::Reader reader(v.toObject(), u"schedule[]"_s, &readError);
        BackupScheduleItem item;
        Json::read(reader, item);
        if (!v.isObject() || !readError.isEmpty())
            return error(400, readError.isEmpty() ? u"schedule items must be objects"_s : readError);
        if (!frequencies.contains(item.frequency))
            return error(400, u"schedule.frequency must be one of hourly, daily, weekly, monthly, yearly, not \"%1\""_s.arg(item.frequency));
        if ((item.hour && (*item.hour < 0 || *item.hour > 23)) || (item.day && (*item.day < 1 || *item.day > 31))
            || (item.month && (*item.month < 1 || *item.month > 12)))
            return error(400, u"schedule: hour must be 0–23, day 1–31 and month 1–12"_s);
        if (item.frequency == "weekly"_L1 && item.day && *item.day > 7)
            return error(400, u"schedule: a weekly snapshot's day is a day of the week, 1 (Monday) to 7"_s);
        if (item.retentionSeconds && *item.retentionSeconds < 3600)
            return error(400, u"schedule.retention_seconds must be at least 3600 (one hour)"_s);
        items.append(item);
    }
    BranchRecord& record = m_state.branches[branchId];
    record.backupSchedule = items;
    record.scheduleSetAt = now();
    record.scheduleTaken.clear();
    ApiResponse out;
    out.mutated = true;
    out.body = QJsonObject{};
    return out;
}

bool Api::sweepSnapshots(const QDateTime& t)
{
    bool changed = false;
    QStringList expired;
    for (const SnapshotRecord& s : std::as_const(m_state.snapshots)) {
        if (s.snapshot.expiresAt.isValid() && s.snapshot.expiresAt <= t)
            expired.append(s.snapshot.id);
    }
    for (const QString& id : std::as_const(expired)) {
        QString problem;
        if (m_data && !m_data->dropBranch(m_state.snapshots.value(id).data, &problem))
            qWarning("canopy-sandbox: expired snapshot %s: %s", qPrintable(id), qPrintable(problem));
        m_state.snapshots.remove(id);
        changed = true;
    }
    for (const QString& branchId : m_state.branches.keys()) {
        const BranchRecord& b = m_state.branches[branchId];
        if (b.backupSchedule.isEmpty() || b.isDeleted() || !b.branch.isRoot())
            continue;
        const QList<BackupScheduleItem> schedule = b.backupSchedule; // taking one changes the record
        for (const BackupScheduleItem& item : schedule)
            changed |= takeScheduledSnapshot(branchId, item, t);
    }
    return changed;
}

bool Api::takeScheduledSnapshot(const QString& branchId, const BackupScheduleItem& item, const QDateTime& t)
{
    const BranchRecord& b = m_state.branches[branchId];
    const QDateTime due = lastDue(item, t);
    if (!due.isValid() || due <= b.scheduleSetAt || b.scheduleTaken.value(item.frequency) >= due)
        return false;
    SnapshotRecord snapshot;
    QString problem;
    const QString name = u"%1 %2"_s.arg(item.frequency, due.toString(u"yyyy-MM-dd HH:mm 'UTC'"_s));
    if (!takeSnapshot(b.branch.projectId, b, name, HistoryPoint(), false, &snapshot, &problem)) {
        qWarning("canopy-sandbox: scheduled snapshot of %s: %s", qPrintable(b.branch.name), qPrintable(problem));
        return false;
    }
    if (item.retentionSeconds)
        snapshot.snapshot.expiresAt = due.addSecs(*item.retentionSeconds);
    m_state.branches[branchId].scheduleTaken.insert(item.frequency, due);
    m_state.snapshots.insert(snapshot.snapshot.id, snapshot);
    return true;
}

} // namespace Sandbox
