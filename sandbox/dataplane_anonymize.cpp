// SPDX-License-Identifier: MIT
// Anonymization in the data plane: the masking rules of a branch run as SQL over its rows.
#include "dataplane.h"

#include "anonfunctions.h"
#include <pg/sqltext.h>

#include <QSqlError>
#include <QSqlQuery>

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
        if (rules.isEmpty())
            continue;
        const QString name = openConnectionTo(d.physical, error);
        if (name.isEmpty())
            return false;
        QString ignored;
        bool ok = true;
        {
            // Nobody reads half-masked rows: new connections are refused and open ones closed
            // while the rules run (this connection is already in).
            adminExec(u"ALTER DATABASE %1 ALLOW_CONNECTIONS false"_s.arg(Pg::quotedIdentifier(d.physical)), &ignored);
            QSqlQuery q(QSqlDatabase::database(name, false));
            q.exec(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() "
                   "AND pid <> pg_backend_pid()"_s);
            for (const QString& statement : anonFunctionsSql()) {
                if (!q.exec(statement)) {
                    *error = u"installing the anon functions failed: "_s + q.lastError().text();
                    ok = false;
                    break;
                }
            }
            for (const MaskingRule& r : std::as_const(rules)) {
                if (!ok)
                    break;
                const QString expression = r.maskingValue.isEmpty() ? r.maskingFunction : r.maskingValue;
                const QString qualified = Pg::quotedIdentifier(r.schemaName) + QLatin1Char('.') + Pg::quotedIdentifier(r.tableName);
                if (!q.exec(u"UPDATE %1 SET %2 = %3"_s.arg(qualified, Pg::quotedIdentifier(r.columnName), expression))) {
                    *error = u"masking rule for %1.%2.%3.%4 (%5) failed: %6"_s.arg(r.databaseName, r.schemaName, r.tableName,
                                                                                 r.columnName, expression, q.lastError().text());
                    ok = false;
                }
            }
        }
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
        adminExec(u"ALTER DATABASE %1 ALLOW_CONNECTIONS true"_s.arg(Pg::quotedIdentifier(d.physical)), &ignored);
        if (!ok)
            return false;
    }
    return true;
}

} // namespace Sandbox
