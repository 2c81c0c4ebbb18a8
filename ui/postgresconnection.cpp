// SPDX-License-Identifier: MIT
#include "postgresconnection.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Ui {

QSqlDatabase openPostgres(const QString& uri, const QString& connectionName, QString* error)
{
    const QUrl url(uri);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
    if (url.scheme() != "postgresql"_L1 && url.scheme() != "postgres"_L1) {
        *error = QCoreApplication::translate("Ui::PostgresConnection", "Not a PostgreSQL connection string.");
        return db;
    }
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setPassword(url.password());
    db.setDatabaseName(url.path().mid(1));
    const bool local = url.host() == "127.0.0.1"_L1 || url.host() == "localhost"_L1 || url.host() == "::1"_L1;
    QString options = u"connect_timeout=10;sslmode="_s + (local ? u"prefer"_s : u"require"_s);
    if (const QString endpoint = QUrlQuery(url).queryItemValue(u"options"_s); !endpoint.isEmpty())
        options += u";options="_s + endpoint;
    db.setConnectOptions(options);
    if (!db.open())
        *error = db.lastError().text();
    return db;
}

QString quotedIdentifier(const QString& identifier)
{
    return u"\""_s + QString(identifier).replace(u"\""_s, u"\"\""_s) + u"\""_s;
}

} // namespace Ui
