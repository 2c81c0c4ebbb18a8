// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

/// PostgreSQL's COPY text format, one row per line: fields separated by tabs, NULL as `\N`,
/// backslash escapes inside fields. Unmasked fields are never decoded: they pass through as the
/// server wrote them, byte for byte.
namespace Pg::CopyText {

/// The fields of one line (without its newline); views into `line`.
QList<QByteArrayView> fields(QByteArrayView line);
/// The same into `out` (cleared first): a load reuses one list for all its lines.
void fields(QByteArrayView line, QList<QByteArrayView>& out);
/// A field's value: nullopt for NULL, else the text with its escapes undone.
std::optional<QString> decode(QByteArrayView field);
/// A value as a field: NULL as `\N`; backslash, tab, newline and carriage return escaped.
QByteArray encode(const QVariant& value);

} // namespace Pg::CopyText
