// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>

/// How Canopy writes sizes, times and names, in one place: for people (the locale's) and for
/// files and machines (ISO 8601 in UTC).
namespace Models::Formatting {

/// "1.5 MiB": binary units, one decimal, the user's locale.
QString bytes(qint64 bytes);
/// "2026-11-29T12:37:31Z"; empty for an invalid time.
QString isoUtc(const QDateTime& time);
/// The user's locale, short format, local time; "—" for an invalid time.
QString localShort(const QDateTime& time);

/// `text` safe to show as plain text (a terminal, a label, a tree row, a window title): names
/// come from the server and anyone in the organization chooses them, so the characters that
/// would steer a terminal or the text layout are shown escaped instead of acting. C0 controls
/// and DEL become `\n`, `\r`, `\t` or `\xHH` (ESC is `\x1b`); C1 controls, the Unicode bidi
/// controls (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) and the line and paragraph
/// separators U+2028 and U+2029 become `\uHHHH`. Everything else, backslashes included, is kept
/// as it is. For display only: match, sort and send the original.
QString printable(const QString& text);

} // namespace Models::Formatting
