// SPDX-License-Identifier: MIT
#include "connectionuri.h"

#include <neon/async.h>

#include <QCoreApplication>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace Models {

Neon::Pending<Neon::ConnectionUri> connectionUriFor(Neon::Client& client, const QString& projectId, const QString& branchId,
                                                    const QString& database, const QString& role)
{
    const QString description = u"connection URI of "_s + branchId;
    if (!database.isEmpty() && !role.isEmpty())
        return client.connectionUri(projectId, {branchId, {}, database, role, false});
    using Names = std::tuple<QList<Neon::Database>, QList<Neon::Role>>;
    return Neon::chained<Neon::ConnectionUri, Names>(
        Neon::whenAll(description, client.branchDatabases(projectId, branchId), client.branchRoles(projectId, branchId)),
        description, [client = QPointer<Neon::Client>(&client), projectId, branchId, database, role, description](Names& names) {
            const auto& [databases, roles] = names;
            const QString db = !database.isEmpty() ? database : databases.isEmpty() ? QString() : databases.first().name;
            const QString as = !role.isEmpty() ? role : roles.isEmpty() ? QString() : roles.first().name;
            if (!client)
                return Neon::failed<Neon::ConnectionUri>(description, Neon::Error::cancelled(u"the client was closed"_s));
            if (db.isEmpty() || as.isEmpty()) {
                const QString why = QCoreApplication::translate("Models::ConnectionUri", "The branch has no database or role to connect with.");
                return Neon::failed<Neon::ConnectionUri>(description, Neon::Error::invalidArgument(why));
            }
            return client->connectionUri(projectId, {branchId, {}, db, as, false});
        });
}

} // namespace Models
