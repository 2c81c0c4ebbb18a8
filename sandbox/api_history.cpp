// SPDX-License-Identifier: MIT
// Moments of a branch's history in requests: reading an LSN or a timestamp, Neon's refusals for
// one outside what can be recovered, schemas at a moment, and the restore window's pruning.
#include "api.h"

#include "dataplane.h"
#include "history.h"

#include <neon/codec.h>

using namespace Qt::StringLiterals;
using namespace Neon;

namespace Sandbox {

namespace {
QString duration(qint64 seconds)
{
    if (seconds == 1)
        return u"1 second"_s;
    if (seconds % 86400 == 0 && seconds >= 86400)
        return seconds == 86400 ? u"1 day"_s : u"%1 days"_s.arg(seconds / 86400);
    if (seconds % 3600 == 0 && seconds >= 3600)
        return seconds == 3600 ? u"1 hour"_s : u"%1 hours"_s.arg(seconds / 3600);
    return u"%1 seconds"_s.arg(seconds);
}
} // namespace

std::optional<ApiResponse> Api::readPoint(const QString& lsn, const QString& timestamp, const QString& lsnField,
                                          const QString& timestampField, HistoryPoint* point) const
{
    *point = HistoryPoint();
    if (!lsn.isEmpty() && !timestamp.isEmpty())
        return error(400, u"%1 and %2 are mutually exclusive"_s.arg(lsnField, timestampField));
    if (!lsn.isEmpty()) {
        bool ok = false;
        lsnPosition(lsn, &ok);
        if (!ok)
            return error(400, u"%1 must be an LSN such as 0/1DE2850, not \"%2\""_s.arg(lsnField, lsn));
        point->lsn = lsn.toUpper();
    }
    if (!timestamp.isEmpty()) {
        point->time = QDateTime::fromString(timestamp, Qt::ISODateWithMs);
        if (!point->time.isValid() || !timestamp.contains(u'T'))
            return error(400, u"%1 must be an RFC 3339 timestamp such as 2024-02-26T12:00:00Z"_s.arg(timestampField));
        point->time = point->time.toUTC();
    }
    return std::nullopt;
}

std::optional<ApiResponse> Api::pointProblem(const QString& projectId, const BranchRecord& branch,
                                             const HistoryPoint& point) const
{
    if (point.isHead() || !m_data) // metadata only: there is no data to be exact about
        return std::nullopt;
    const History* history = m_data->history();
    if (!history)
        return error(400, u"the sandbox keeps history only with its own PostgreSQL cluster (it runs on a server given "
                          "with --postgres): use the branch's head"_s);
    if (!history->begins().isValid())
        return error(400, u"the sandbox is still taking its first base backup: its history begins in a moment, "
                          "use the branch's head until then"_s);
    const qint64 window = m_state.projects.value(projectId).project.historyRetentionSeconds.value_or(86400);
    const QDateTime t = now();
    if (point.time.isValid()) {
        if (point.time > t)
            return error(400, u"timestamp %1 is in the future"_s.arg(point.text()));
        if (point.time < t.addSecs(-window))
            return error(400, u"timestamp %1 is outside the project's restore window of %2 (history is kept from %3)"_s.arg(
                                  point.text(), duration(window), t.addSecs(-window).toString(Qt::ISODate)));
        // (A restore's backup branch was created at the restore, yet keeps the history before it.)
        if (point.time < branch.branch.createdAt && (branch.eras.isEmpty() || point.time < branch.eras.first().since))
            return error(400, u"timestamp %1 is before branch %2 was created (%3)"_s.arg(
                                  point.text(), branch.branch.name, branch.branch.createdAt.toString(Qt::ISODate)));
        if (point.time < history->begins())
            return error(400, u"timestamp %1 is before the sandbox began keeping history (%2)"_s.arg(
                                  point.text(), history->begins().toString(Qt::ISODate)));
    } else {
        const QString head = m_data->currentLsn();
        if (lsnPosition(point.lsn) > lsnPosition(head))
            return error(400, u"lsn %1 is in the future: the branch's head is at %2"_s.arg(point.lsn, head));
        if (lsnPosition(point.lsn) < lsnPosition(history->beginsLsn()))
            return error(400, u"lsn %1 is before the sandbox began keeping history (at %2)"_s.arg(point.lsn, history->beginsLsn()));
    }
    if (!DataPlane::databasesAt(branch, point)) {
        const DataEra& first = branch.eras.first();
        return error(400, u"%1 %2 is before branch %3 existed (its data begins at %4, lsn %5)"_s.arg(
                              point.time.isValid() ? u"timestamp"_s : u"lsn"_s, point.text(), branch.branch.name,
                              first.since.toString(Qt::ISODate), first.sinceLsn));
    }
    return std::nullopt;
}

bool Api::schemaSqlAt(const BranchRecord& branch, const DatabaseRecord* database, const HistoryPoint& point,
                      QString* sql, QString* error)
{
    if (!database) {
        sql->clear();
        return true;
    }
    if (!m_data || database->physical.isEmpty()) {
        *sql = schemaSql(database->tables);
        return true;
    }
    if (point.isHead())
        return m_data->schemaSql(database->physical, sql, error);
    DataPlane::PastCopy past;
    if (!m_data->pastCopy(branch, point, {database->database.name}, &past, error))
        return false;
    const bool ok = past.branch.databases.isEmpty() ? (sql->clear(), true)
                                                     : m_data->schemaSql(past.branch.databases.first().physical, sql, error);
    m_data->dropPastCopy(past);
    return ok;
}

bool Api::schemaTablesAt(const BranchRecord& branch, const QString& dbName, const HistoryPoint& point,
                         QList<SchemaTable>* tables, QString* error)
{
    DataPlane::PastCopy past;
    if (!m_data->pastCopy(branch, point, {dbName}, &past, error))
        return false;
    // No copy: the database did not exist then, and had no tables.
    const bool ok = past.branch.databases.isEmpty() || m_data->schemaTables(past.branch.databases.first().physical, tables, error);
    m_data->dropPastCopy(past);
    return ok;
}

void Api::careForHistory(bool freshBackup)
{
    History* history = m_data ? m_data->history() : nullptr;
    if (!history)
        return;
    qint64 longest = 0;
    for (const ProjectRecord& p : std::as_const(m_state.projects))
        longest = std::max(longest, p.project.historyRetentionSeconds.value_or(86400));
    const QDateTime t = QDateTime::currentDateTimeUtc();
    // A fresh base backup lets the history before the window go entirely; one after every 48 MiB
    // of WAL or an hour keeps what a recovery replays short (as Neon's image layers do).
    const quint64 head = lsnPosition(m_data->currentLsn());
    const quint64 walSince = head - lsnPosition(history->newestBackupLsn());
    // Not while the data is being written in bulk (more than a MiB of WAL a second): the backup
    // would slow the writes down; it follows once they have paused for three seconds.
    m_quietSeconds = m_lastHistoryLsn != 0 && head - m_lastHistoryLsn < 1024 * 1024 ? m_quietSeconds + 1 : 0;
    m_lastHistoryLsn = head;
    const bool quiet = m_quietSeconds >= 3; // writes that pause for a moment are not over
    if (freshBackup) {
        QString problem;
        if (!history->takeBaseBackup(&problem))
            qWarning("canopy-sandbox: %s", qPrintable(problem));
    } else if (quiet && (history->newestBackup().secsTo(t) > 3600 || walSince > 48ull * 1024 * 1024)) {
        history->takeBaseBackupLater(); // in the background: requests are not held up
    }
    history->tidy();
    if (history->prune(t.addSecs(-longest)) || freshBackup)
        qInfo("canopy-sandbox: restore window %s at most; %s", qPrintable(duration(longest)), qPrintable(history->summary()));
}

} // namespace Sandbox
