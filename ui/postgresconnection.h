// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Ui {

/// Opens a QtSql (QPSQL) connection named `connectionName` from a postgresql:// URI: TLS required
/// for anything but this machine, Neon's endpoint option passed on, a 10 s connect timeout.
/// `error` says why when it did not open. Remove the connection by name when done.
QSqlDatabase openPostgres(const QString& uri, const QString& connectionName, QString* error);
/// A PostgreSQL identifier in double quotes, inner quotes doubled: safe in generated SQL.
QString quotedIdentifier(const QString& identifier);

} // namespace Ui
