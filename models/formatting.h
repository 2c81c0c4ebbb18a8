// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>

/// How Canopy writes sizes and times, in one place: for people (the locale's) and for files and
/// machines (ISO 8601 in UTC).
namespace Models::Formatting {

/// "1.5 MiB": binary units, one decimal, the user's locale.
QString bytes(qint64 bytes);
/// "2026-11-29T12:37:31Z"; empty for an invalid time.
QString isoUtc(const QDateTime& time);
/// The user's locale, short format, local time; "—" for an invalid time.
QString localShort(const QDateTime& time);

} // namespace Models::Formatting
