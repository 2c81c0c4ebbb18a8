// SPDX-License-Identifier: MIT
#include "privacy.h"

#include <models/privatefiles.h>

#include <QSettings>

namespace App {

bool makeSettingsPrivate(QString* error)
{
    return Models::PrivateFiles::makeFile(QSettings().fileName(), error);
}

} // namespace App
