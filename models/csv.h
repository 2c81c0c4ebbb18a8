// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QStringList>

namespace Models {

/// One RFC 4180 record: fields quoted when they hold a comma, quote or line break; CRLF ended.
QByteArray csvLine(const QStringList& fields);

} // namespace Models
