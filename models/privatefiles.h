// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

/// Files and folders Canopy keeps for itself (settings, the tree snapshots) and nobody else on the
/// machine needs to read: folders 0700, files 0600, from the moment they exist, whatever the umask.
namespace Models::PrivateFiles {

/// Creates `path` and its missing parents with owner-only permissions (as the XDG base directory
/// spec asks); an existing `path` is narrowed to owner-only. Parents that exist are left alone.
bool makeFolder(const QString& path, QString* error = nullptr);

/// Makes sure `path` exists, empty if it did not, readable and writable by its owner only, in a
/// folder from makeFolder(). Writers that keep the permissions of the file they replace (QSettings
/// and QSaveFile do) then never make it readable to others.
bool makeFile(const QString& path, QString* error = nullptr);

/// This installation's random salt (32 bytes from the system's generator), kept in a 0600 file
/// `salt` in `folder` and created on first use. Empty when it can be neither read nor written.
QByteArray installSalt(const QString& folder);

} // namespace Models::PrivateFiles
