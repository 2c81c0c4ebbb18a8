// SPDX-License-Identifier: MIT
// Branching and restoring from a moment of history: the source's databases as they were are
// copied out of a recovered copy of the cluster (History) into temporary databases, which then
// serve as the source of an ordinary copy or restore.
#include "dataplane.h"

#include "history.h"
#include "pgcluster.h"

#include <neon/credentials.h>
#include <pg/sqltext.h>

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Neon;

namespace Sandbox {

namespace {
bool atOrAfter(const DataEra& era, const HistoryPoint& point)
{
    return point.time.isValid() ? era.since <= point.time : lsnPosition(era.sinceLsn) <= lsnPosition(point.lsn);
}

struct PastDatabase
{
    DatabaseRecord record; ///< `physical`: the copy's name in this cluster
    QString then; ///< the PostgreSQL database that held it at the moment
};

/// The source's databases to read back from `era`, each with the name its copy gets.
QList<PastDatabase> pastDatabases(const BranchRecord& source, const DataEra& era, const QStringList& onlyDatabases,
                                  const QHash<QString, QString>& names)
{
    QList<PastDatabase> wanted;
    for (DatabaseRecord d : source.databases) {
        const QString then = era.physical.value(d.database.name);
        if ((!onlyDatabases.isEmpty() && !onlyDatabases.contains(d.database.name)) || then.isEmpty())
            continue;
        d.physical = names.value(d.database.name);
        if (d.physical.isEmpty())
            d.physical = u"pitr_"_s + QString::number(QRandomGenerator::global()->generate64(), 36) + u'_' + d.database.name.left(30);
        wanted.append({d, then});
    }
    return wanted;
}
} // namespace

std::optional<DataEra> DataPlane::databasesAt(const BranchRecord& branch, const HistoryPoint& point)
{
    if (branch.eras.isEmpty()) { // a state from before eras were kept: its databases since history began
        DataEra era;
        for (const DatabaseRecord& d : branch.databases)
            era.physical.insert(d.database.name, d.physical);
        era.ownerBranchId = branch.branch.id;
        return era;
    }
    for (auto era = branch.eras.crbegin(); era != branch.eras.crend(); ++era) {
        if (atOrAfter(*era, point))
            return *era;
    }
    return std::nullopt;
}

bool DataPlane::reassignRoles(const QString& physicalDatabase, const BranchRecord& to, const QString& fromBranchId,
                              QString* error)
{
    QStringList statements;
    QStringList owners;
    for (const Role& role : to.roles) {
        const QString from = physicalRole(fromBranchId, role.name);
        statements.append(u"DO $$ BEGIN IF EXISTS (SELECT FROM pg_roles WHERE rolname = %1) THEN REASSIGN OWNED BY %2 TO %3; "
                          "END IF; END $$"_s.arg(Pg::quotedLiteral(from), Pg::quotedIdentifier(from),
                                                 Pg::quotedIdentifier(physicalRole(to.branch.id, role.name))));
        owners.append(Pg::quotedLiteral(from));
    }
    if (statements.isEmpty())
        return true;
    // REASSIGN OWNED hands over the roles' databases too: they get their owners back after.
    QSqlQuery q(QSqlDatabase::database(m_connection));
    QList<std::pair<QString, QString>> databases;
    if (q.exec(u"SELECT datname, pg_get_userbyid(datdba) FROM pg_database WHERE pg_get_userbyid(datdba) IN (%1)"_s.arg(owners.join(u','))))
        while (q.next())
            databases.append({q.value(0).toString(), q.value(1).toString()});
    if (!exec(physicalDatabase, statements, error))
        return false;
    for (const auto& [database, owner] : databases) {
        if (!adminExec(u"ALTER DATABASE %1 OWNER TO %2"_s.arg(Pg::quotedIdentifier(database), Pg::quotedIdentifier(owner)), error))
            return false;
    }
    return true;
}

void DataPlane::startEra(BranchRecord& branch)
{
    DataEra era;
    era.since = QDateTime::currentDateTimeUtc();
    era.sinceLsn = currentLsn();
    era.ownerBranchId = branch.branch.id;
    for (const DatabaseRecord& d : branch.databases)
        era.physical.insert(d.database.name, d.physical);
    branch.eras.append(era);
}

bool DataPlane::copyOut(const Pg::ConnectionSpec& from, const QString& database, const QString& to, QString* error)
{
    const PgCluster::Binaries bin = PgCluster::locate();
    if (bin.pgDump.isEmpty() || bin.pgRestore.isEmpty()) {
        *error = u"pg_dump and pg_restore were not found"_s;
        return false;
    }
    QElapsedTimer clock;
    clock.start();
    QProcessEnvironment env = Neon::environmentWithoutSecrets(QProcessEnvironment::systemEnvironment());
    env.insert(u"PGPASSWORD"_s, m_admin.password); // the recovered copy has the same superuser
    QProcess dump;
    QProcess restore;
    dump.setProcessEnvironment(env);
    restore.setProcessEnvironment(env);
    dump.setStandardOutputProcess(&restore);
    // Owners are kept (the branch's roles exist in the cluster); one transaction, all or nothing.
    dump.start(bin.pgDump, {u"-h"_s, from.host, u"-p"_s, QString::number(from.port), u"-U"_s, from.user, u"-Fc"_s,
                            u"-Z0"_s, u"-d"_s, database});
    restore.start(bin.pgRestore, {u"-h"_s, m_admin.host, u"-p"_s, QString::number(m_admin.port), u"-U"_s, m_admin.user,
                                  u"--single-transaction"_s, u"--exit-on-error"_s, u"-d"_s, to});
    const bool dumped = dump.waitForFinished(600000) && dump.exitStatus() == QProcess::NormalExit && dump.exitCode() == 0;
    const bool restored = restore.waitForFinished(600000) && restore.exitStatus() == QProcess::NormalExit
        && restore.exitCode() == 0;
    if (qEnvironmentVariableIsSet("CANOPY_SANDBOX_TIMING"))
        qInfo("history: copied %s out: dump | restore %lld ms", qPrintable(database), qlonglong(clock.elapsed()));
    if (!dumped || !restored) {
        *error = u"copying %1 out of the recovered cluster failed: %2 %3"_s.arg(
            database, QString::fromLocal8Bit(dump.readAllStandardError()).trimmed().right(600),
            QString::fromLocal8Bit(restore.readAllStandardError()).trimmed().right(600));
        return false;
    }
    return true;
}

bool DataPlane::pastCopy(const BranchRecord& source, const HistoryPoint& point, const QStringList& onlyDatabases,
                         PastCopy* past, QString* error, const QHash<QString, QString>& names)
{
    if (!m_history) {
        *error = u"the sandbox keeps history only with its own PostgreSQL cluster (it runs on a server given "
                 "with --postgres): branch from the head, or start the sandbox without --postgres"_s;
        return false;
    }
    const std::optional<DataEra> era = databasesAt(source, point);
    if (!era) {
        *error = u"%1 is before the sandbox's history of branch %2 begins (%3)"_s.arg(
            point.text(), source.branch.name, source.eras.first().since.toString(Qt::ISODate));
        return false;
    }
    past->branch = source;
    past->branch.databases.clear();
    const QList<PastDatabase> wanted = pastDatabases(source, *era, onlyDatabases, names);
    QList<DatabaseRecord> made;
    // The empty databases the copies go into are made while the copy of the cluster recovers.
    auto meanwhile = [&](QString* problem) {
        for (const PastDatabase& w : wanted) {
            if (!adminExec(u"CREATE DATABASE %1 TEMPLATE template0"_s.arg(Pg::quotedIdentifier(w.record.physical)), problem))
                return false;
            made.append(w.record);
        }
        return true;
    };
    auto work = [&](const Pg::ConnectionSpec& at, QString* problem) {
        Pg::Connection recovered(at, u"sandbox-past"_s, u"options=--client_min_messages=warning"_s);
        QSqlQuery q(recovered.database());
        if (q.exec(u"SELECT pg_last_wal_replay_lsn()::text, pg_last_xact_replay_timestamp()"_s) && q.next()) {
            past->reachedLsn = q.value(0).toString();
            past->reachedTime = q.value(1).toDateTime().toUTC();
        }
        for (const PastDatabase& w : wanted) {
            if (!q.exec(u"SELECT 1 FROM pg_database WHERE datname = %1"_s.arg(Pg::quotedLiteral(w.then))) || !q.next())
                continue; // made after that moment: the branch had no such database then
            if (!copyOut(at, w.then, w.record.physical, problem))
                return false;
            past->branch.databases.append(w.record);
            // Before a restore the original's roles owned what its backup keeps now.
            if (!era->ownerBranchId.isEmpty() && era->ownerBranchId != source.branch.id
                && !reassignRoles(w.record.physical, source, era->ownerBranchId, problem))
                return false;
        }
        return true;
    };
    const bool ok = m_history->atPoint(point, meanwhile, work, error);
    // What went wrong leaves nothing behind; databases the branch did not have then go too.
    QString ignored;
    for (const DatabaseRecord& copy : std::as_const(made)) {
        const bool kept = ok && std::any_of(past->branch.databases.cbegin(), past->branch.databases.cend(),
                                            [&](const DatabaseRecord& d) { return d.physical == copy.physical; });
        if (!kept)
            dropDatabase(copy, &ignored);
    }
    if (!ok)
        past->branch.databases.clear();
    return ok;
}

void DataPlane::dropPastCopy(const PastCopy& past)
{
    QString ignored;
    for (const DatabaseRecord& d : past.branch.databases)
        dropDatabase(d, &ignored);
}

bool DataPlane::copyBranchAt(const BranchRecord& source, const HistoryPoint& point, BranchRecord& target,
                             bool schemaOnly, PastCopy* reached, QString* error)
{
    // The copies out of the recovered cluster are the branch's databases themselves.
    QHash<QString, QString> names;
    for (const DatabaseRecord& d : std::as_const(target.databases))
        names.insert(d.database.name, newDatabaseName(target.branch.id, d.database.name));
    PastCopy past;
    if (!createRoles(target, error) || !pastCopy(source, point, {}, &past, error, names))
        return false;
    // The branch gets the databases the source had at that moment.
    QList<DatabaseRecord> kept;
    for (DatabaseRecord d : std::as_const(target.databases)) {
        const auto then = std::find_if(past.branch.databases.cbegin(), past.branch.databases.cend(),
                                       [&](const DatabaseRecord& p) { return p.database.name == d.database.name; });
        if (then == past.branch.databases.cend())
            continue;
        d.physical = then->physical;
        kept.append(d);
    }
    target.databases = kept;
    if (!adoptCopies(source, target, schemaOnly, error))
        return false;
    if (reached)
        *reached = past;
    return true;
}

bool DataPlane::replaceBranchAt(const BranchRecord& source, const HistoryPoint& point, BranchRecord& target,
                                BranchRecord* backup, PastCopy* reached, QString* error)
{
    PastCopy past;
    if (!pastCopy(source, point, {}, &past, error))
        return false;
    const bool ok = replaceBranch(past.branch, target, backup, error)
        && (source.branch.id == target.branch.id || restoreOwners(source, error));
    dropPastCopy(past);
    if (reached)
        *reached = past;
    return ok;
}

} // namespace Sandbox
