// SPDX-License-Identifier: MIT
#include "privacy.h"

#include <models/privatefiles.h>

#include <QSettings>

#include <cstdio>

#ifdef __linux__
#include <sys/prctl.h>
#endif

namespace App {

bool makeSettingsPrivate(QString* error)
{
    return Models::PrivateFiles::makeFile(QSettings().fileName(), error);
}

void keepKeysOutOfCoreDumps()
{
#ifdef __linux__
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        std::perror("canopy: warning: could not keep the API key out of core dumps: prctl(PR_SET_DUMPABLE)");
#endif
}

} // namespace App
