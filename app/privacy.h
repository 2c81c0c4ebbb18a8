// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/// What Canopy does so that its secrets stay with the person running it.
namespace App {

/// Makes the settings file (QSettings' default for the application and organization names set)
/// readable and writable by its owner only, in an owner-only folder, before anything writes it:
/// QSettings replaces the file through QSaveFile, which keeps those permissions.
bool makeSettingsPrivate(QString* error = nullptr);

/// Linux: marks the process non-dumpable (prctl PR_SET_DUMPABLE 0), so a crash writes no core
/// file with the API key in it and other processes of the same user cannot attach to read it.
/// Elsewhere a no-op. Called before any key is looked for (ApiKeyOptions::read); stays in force.
void keepKeysOutOfCoreDumps();

} // namespace App
