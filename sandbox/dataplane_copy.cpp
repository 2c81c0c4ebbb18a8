// SPDX-License-Identifier: MIT
// Branching in the data plane: copies of a branch's databases, restores over them, and giving a
// whole loaded state its real databases.
#include "dataplane.h"

#include <pg/sqltext.h>

using namespace Qt::StringLiterals;
using namespace Neon;

namespace Sandbox {

bool DataPlane::copyDatabase(const QString& from, const QString& to, QString* error)
{
    // PostgreSQL 15's default strategy writes the whole copy to the WAL; copying the files is
    // several times faster for the sandbox's databases (and durability is not its concern).
    const QString create = u"CREATE DATABASE %1 TEMPLATE %2%3"_s.arg(Pg::quotedIdentifier(to), Pg::quotedIdentifier(from),
                                                                      m_serverVersion >= 150000 ? u" STRATEGY = FILE_COPY"_s
                                                                                                : QString());
    if (adminExec(create, error))
        return true;
    // PostgreSQL copies a template only while nobody is connected to it; Neon branches from a
    // busy parent, so the sandbox briefly disconnects the parent's sessions and tries again.
    disconnectSessions(from);
    return adminExec(create, error);
}

void DataPlane::disconnectSessions(const QString& physicalDatabase)
{
    QString ignored;
    adminExec(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %1 AND pid <> pg_backend_pid()"_s.arg(
                  Pg::quotedLiteral(physicalDatabase)),
              &ignored);
}

bool DataPlane::renameDatabase(const QString& from, const QString& to, QString* error)
{
    // A reset ends the branch's sessions on Neon too (its compute restarts); PostgreSQL renames
    // only a database nobody is connected to.
    const QString rename = u"ALTER DATABASE %1 RENAME TO %2"_s.arg(Pg::quotedIdentifier(from), Pg::quotedIdentifier(to));
    for (int attempt = 0; attempt < 3; ++attempt) {
        disconnectSessions(from);
        if (adminExec(rename, error))
            return true;
    }
    return false;
}

bool DataPlane::copyBranch(const BranchRecord& source, BranchRecord& target, bool schemaOnly, QString* error,
                           const QHash<QString, QString>& physicalNames)
{
    if (!createRoles(target, error))
        return false;
    for (DatabaseRecord& d : target.databases) {
        const auto from = std::find_if(source.databases.cbegin(), source.databases.cend(),
                                       [&](const DatabaseRecord& s) { return s.database.name == d.database.name; });
        if (from == source.databases.cend() || from->physical.isEmpty()) {
            *error = u"the source branch has no database %1"_s.arg(d.database.name);
            return false;
        }
        d.physical = physicalNames.value(d.database.name);
        if (d.physical.isEmpty())
            d.physical = newDatabaseName(target.branch.id, d.database.name);
        if (!copyDatabase(from->physical, d.physical, error))
            return false;
    }
    return adoptCopies(source, target, schemaOnly, error);
}

bool DataPlane::adoptCopies(const BranchRecord& source, BranchRecord& target, bool schemaOnly, QString* error)
{
    for (const DatabaseRecord& d : std::as_const(target.databases)) {
        if (!adoptDatabase(source, target, d, schemaOnly, error))
            return false;
    }
    // REASSIGN OWNED also hands over shared objects: the source's own databases went along.
    if (!restoreOwners(source, error) || !grantBranchAccess(target, error))
        return false;
    startEra(target);
    return true;
}

bool DataPlane::adoptDatabase(const BranchRecord& source, const BranchRecord& target, const DatabaseRecord& d,
                              bool schemaOnly, QString* error)
{
    // A copy of one of `source`'s databases becomes `target`'s: its roles own what the source's did.
    QStringList statements;
    for (const Role& role : source.roles) {
        const QString to = physicalRole(target.branch.id, role.name);
        statements.append(u"REASSIGN OWNED BY %1 TO %2"_s.arg(Pg::quotedIdentifier(physicalRole(source.branch.id, role.name)), Pg::quotedIdentifier(to)));
    }
    statements.append(u"ALTER DATABASE %1 OWNER TO %2"_s.arg(
        Pg::quotedIdentifier(d.physical), Pg::quotedIdentifier(physicalRole(target.branch.id, d.database.ownerName))));
    if (schemaOnly) {
        statements.append(u"DO $$ DECLARE t record; BEGIN FOR t IN SELECT schemaname, tablename FROM pg_tables "
                          "WHERE schemaname NOT IN ('pg_catalog', 'information_schema') LOOP "
                          "EXECUTE format('TRUNCATE %I.%I RESTART IDENTITY CASCADE', t.schemaname, t.tablename); "
                          "END LOOP; END $$"_s);
    }
    return exec(d.physical, statements, error);
}

bool DataPlane::restoreOwners(const BranchRecord& branch, QString* error)
{
    for (const DatabaseRecord& d : branch.databases) {
        if (!d.physical.isEmpty()
            && !adminExec(u"ALTER DATABASE %1 OWNER TO %2"_s.arg(Pg::quotedIdentifier(d.physical),
                                                                 Pg::quotedIdentifier(physicalRole(branch.branch.id, d.database.ownerName))),
                          error))
            return false;
    }
    return true;
}

bool DataPlane::replaceBranch(const BranchRecord& source, BranchRecord& target, BranchRecord* backup, QString* error)
{
    QHash<QString, QString> kept; // database name → the physical name the target keeps
    for (const DatabaseRecord& d : std::as_const(target.databases))
        kept.insert(d.database.name, d.physical);
    if (backup) {
        // The backup takes over the current databases, renamed, under its own roles.
        if (!createRoles(*backup, error))
            return false;
        for (DatabaseRecord& d : backup->databases) {
            const QString renamed = newDatabaseName(backup->branch.id, d.database.name);
            if (!renameDatabase(d.physical, renamed, error))
                return false;
            d.physical = renamed;
            QStringList statements;
            for (const Role& role : target.roles) {
                const QString from = Pg::quotedIdentifier(physicalRole(target.branch.id, role.name));
                statements.append(u"REASSIGN OWNED BY %1 TO %2"_s.arg(from, Pg::quotedIdentifier(physicalRole(backup->branch.id, role.name))));
                statements.append(u"REVOKE ALL ON DATABASE %1 FROM %2"_s.arg(Pg::quotedIdentifier(d.physical), from));
            }
            statements.append(u"ALTER DATABASE %1 OWNER TO %2"_s.arg(
                Pg::quotedIdentifier(d.physical), Pg::quotedIdentifier(physicalRole(backup->branch.id, d.database.ownerName))));
            if (!exec(d.physical, statements, error))
                return false;
        }
        if (!grantBranchAccess(*backup, error))
            return false;
        startEra(*backup); // its history before: the target's eras, which it keeps
    } else {
        for (const DatabaseRecord& d : std::as_const(target.databases)) {
            if (!adminExec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(Pg::quotedIdentifier(d.physical)), error))
                return false;
        }
    }
    target.databases = source.databases;
    for (DatabaseRecord& d : target.databases)
        d.database.branchId = target.branch.id;
    return copyBranch(source, target, false, error, kept);
}

bool DataPlane::addMissingColumns(const BranchRecord& parent, const BranchRecord& child, QString* error)
{
    for (const DatabaseRecord& d : child.databases) {
        const auto p = std::find_if(parent.databases.cbegin(), parent.databases.cend(),
                                    [&](const DatabaseRecord& x) { return x.database.name == d.database.name; });
        if (p == parent.databases.cend())
            continue;
        QStringList statements;
        for (const SchemaTable& t : d.tables) {
            const auto pt = std::find_if(p->tables.cbegin(), p->tables.cend(),
                                         [&](const SchemaTable& x) { return x.schema == t.schema && x.name == t.name; });
            if (pt == p->tables.cend())
                continue;
            for (const SchemaColumn& c : t.columns) {
                if (std::none_of(pt->columns.cbegin(), pt->columns.cend(), [&](const SchemaColumn& x) { return x.name == c.name; }))
                    statements.append(u"ALTER TABLE %1.%2 ADD COLUMN %3 %4"_s.arg(Pg::quotedIdentifier(t.schema), Pg::quotedIdentifier(t.name), Pg::quotedIdentifier(c.name), c.type));
            }
        }
        if (!statements.isEmpty()) {
            statements.prepend(u"SET ROLE %1"_s.arg(Pg::quotedIdentifier(physicalRole(child.branch.id, d.database.ownerName))));
            if (!exec(d.physical, statements, error))
                return false;
        }
    }
    return true;
}

bool materializeState(State& state, DataPlane& data, QString* error)
{
    constexpr int maxBranches = 400;
    int missing = 0;
    for (const BranchRecord& b : std::as_const(state.branches)) {
        if (std::any_of(b.databases.cbegin(), b.databases.cend(), [](const DatabaseRecord& d) { return d.physical.isEmpty(); }))
            ++missing;
    }
    if (missing == 0)
        return true;
    if (missing > maxBranches) {
        *error = u"%1 branches are too many to give each real databases (at most %2); the data plane is off for this state"_s
                     .arg(missing)
                     .arg(maxBranches);
        return false;
    }
    auto done = [](const BranchRecord& b) {
        return std::all_of(b.databases.cbegin(), b.databases.cend(), [](const DatabaseRecord& d) { return !d.physical.isEmpty(); });
    };
    for (ProjectRecord& project : state.projects) {
        bool progress = true;
        while (progress) {
            progress = false;
            for (const QString& id : std::as_const(project.branchIds)) {
                BranchRecord& b = state.branches[id];
                if (done(b))
                    continue;
                if (b.branch.parentId.isEmpty()) {
                    if (!data.createRoot(b, b.isOriginalRoot ? 2000 : 0, error))
                        return false;
                } else {
                    const BranchRecord& parent = state.branches[b.branch.parentId];
                    if (!done(parent))
                        continue;
                    const BranchRecord parentCopy = parent;
                    if (!data.copyBranch(parentCopy, b, false, error) || !data.addMissingColumns(parentCopy, b, error))
                        return false;
                }
                b.branch.logicalSize = data.sizeOf(b);
                progress = true;
            }
        }
    }
    return true;
}

} // namespace Sandbox
