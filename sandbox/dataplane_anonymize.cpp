// SPDX-License-Identifier: MIT
// Anonymization in the data plane: the masking rules of a branch run as SQL over its rows, as
// the database's owner role (never as the administrator), one checked expression at a time.
#include "dataplane.h"

#include "anonfunctions.h"
#include "maskingexpression.h"
#include <pg/sqltext.h>

using namespace Qt::StringLiterals;
using namespace Neon;

namespace Sandbox {

bool DataPlane::anonymize(const BranchRecord& branch, QString* error)
{
    for (const DatabaseRecord& d : branch.databases) {
        QList<MaskingRule> rules;
        for (const MaskingRule& r : branch.maskingRules) {
            if (r.databaseName == d.database.name)
                rules.append(r);
        }
        if (!rules.isEmpty() && !anonymizeDatabase(branch, d, rules, error))
            return false;
    }
    return true;
}

bool DataPlane::anonymizeDatabase(const BranchRecord& branch, const DatabaseRecord& d, const QList<MaskingRule>& rules,
                                  QString* error)
{
    // The API refused bad rules already; a state file edited by hand gets the same check.
    if (const QString problem = maskingRulesProblem(rules); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    const auto role = std::find_if(branch.roles.cbegin(), branch.roles.cend(),
                                   [&](const Role& r) { return r.name == d.database.ownerName; });
    if (role == branch.roles.cend()) {
        *error = u"the owner %1 of database %2 is not one of the branch's roles"_s.arg(d.database.ownerName, d.database.name);
        return false;
    }
    const QString owner = physicalRole(branch.branch.id, role->name);
    // The anon functions are the administrator's (the owner may use, not change them)...
    QStringList install = anonFunctionsSql();
    install.append(u"GRANT USAGE ON SCHEMA anon TO %1"_s.arg(Pg::quotedIdentifier(owner)));
    if (!exec(d.physical, install, error)) {
        error->prepend(u"installing the anon functions failed: "_s);
        return false;
    }
    // ...and the rules run as the database's owner.
    Pg::ConnectionSpec spec = m_admin;
    spec.user = owner;
    spec.password = role->password;
    spec.database = d.physical;
    Pg::Connection connection(spec, u"sandbox-anonymize"_s);
    if (!connection.isOpen()) {
        *error = u"cannot connect to %1 as its owner: %2"_s.arg(d.database.name, connection.error());
        return false;
    }
    // Nobody reads half-masked rows: new connections are refused and open ones closed while the
    // rules run (the owner's connection is already in).
    QString ignored;
    adminExec(u"ALTER DATABASE %1 ALLOW_CONNECTIONS false"_s.arg(Pg::quotedIdentifier(d.physical)), &ignored);
    adminExec(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %1 AND pid <> %2"_s.arg(
                  Pg::quotedLiteral(d.physical), QString::number(connection.backendPid())),
              &ignored);
    bool ok = true;
    for (const MaskingRule& r : rules) {
        const QString expression = r.maskingValue.isEmpty() ? r.maskingFunction : r.maskingValue;
        const QString update = u"UPDATE %1 SET %2 = %3"_s.arg(Pg::qualifiedName(r.schemaName, r.tableName),
                                                              Pg::quotedIdentifier(r.columnName), expression);
        if (!connection.execOne(update)) {
            *error = u"masking rule for %1.%2.%3.%4 (%5) failed: %6"_s.arg(r.databaseName, r.schemaName, r.tableName,
                                                                         r.columnName, expression, connection.error());
            ok = false;
            break;
        }
    }
    adminExec(u"ALTER DATABASE %1 ALLOW_CONNECTIONS true"_s.arg(Pg::quotedIdentifier(d.physical)), &ignored);
    return ok;
}

} // namespace Sandbox
