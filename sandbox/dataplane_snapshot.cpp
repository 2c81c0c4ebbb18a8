// SPDX-License-Identifier: MIT
// Finalizing a restore from a snapshot: the restored branch's databases take the names the
// original's had, so the original's computes (moved to it) and their saved connection strings
// reach the restored data; the original keeps its own data under new names.
#include "dataplane.h"

#include <pg/sqltext.h>

using namespace Qt::StringLiterals;
using namespace Neon;

namespace Sandbox {

bool DataPlane::takeOver(BranchRecord& restored, BranchRecord& original, QString* error)
{
    for (DatabaseRecord& mine : restored.databases) {
        const auto theirs = std::find_if(original.databases.begin(), original.databases.end(),
                                         [&](const DatabaseRecord& d) { return d.database.name == mine.database.name; });
        if (theirs == original.databases.end() || theirs->physical.isEmpty() || mine.physical.isEmpty())
            continue;
        const QString freed = newDatabaseName(original.branch.id, theirs->database.name);
        if (!renameDatabase(theirs->physical, freed, error) || !renameDatabase(mine.physical, theirs->physical, error))
            return false;
        mine.physical = theirs->physical;
        theirs->physical = freed;
    }
    // The original's roles log in as before and act as the restored branch's roles of the same
    // name (members of them); their passwords are the ones the saved connection strings hold.
    QStringList members;
    for (const Role& role : std::as_const(original.roles)) {
        const bool shared = std::any_of(restored.roles.cbegin(), restored.roles.cend(),
                                        [&](const Role& r) { return r.name == role.name; });
        if (!shared)
            continue;
        const QString member = Pg::quotedIdentifier(physicalRole(original.branch.id, role.name));
        members.append(member);
        if (!adminExec(u"GRANT %1 TO %2"_s.arg(Pg::quotedIdentifier(physicalRole(restored.branch.id, role.name)), member), error))
            return false;
    }
    for (const DatabaseRecord& d : std::as_const(restored.databases)) {
        if (!d.physical.isEmpty() && !members.isEmpty()
            && !adminExec(u"GRANT CONNECT, TEMPORARY ON DATABASE %1 TO %2"_s.arg(Pg::quotedIdentifier(d.physical),
                                                                                 members.join(u", "_s)),
                          error))
            return false;
    }
    startEra(restored);
    startEra(original);
    return true;
}

} // namespace Sandbox
