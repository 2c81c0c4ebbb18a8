// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Models {

/// One RFC 4180 record: fields quoted when they hold a comma, quote or line break; CRLF ended.
/// Every field first goes through csvSafeField(), so a name cannot become a live formula.
QByteArray csvLine(const QStringList& fields);

/// `field` as a spreadsheet should show it: one that starts with =, +, -, @, a tab or a carriage
/// return (what Excel, LibreOffice and Google Sheets read as the start of a formula) gets a
/// leading apostrophe, as OWASP's CSV injection advice says. Plain numbers such as -5 or +3.2
/// are left alone, so number columns stay numbers.
QString csvSafeField(const QString& field);

} // namespace Models
