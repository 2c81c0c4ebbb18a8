// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/// What Canopy does so that its secrets stay with the person running it.
namespace App {

/// Makes the settings file (QSettings' default for the application and organization names set)
/// readable and writable by its owner only, in an owner-only folder, before anything writes it:
/// QSettings replaces the file through QSaveFile, which keeps those permissions.
bool makeSettingsPrivate(QString* error = nullptr);

} // namespace App
