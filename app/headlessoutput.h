// SPDX-License-Identifier: MIT
#pragma once

#include <models/branchfacts.h>
#include <models/cleanuprun.h>

#include <QByteArray>
#include <QHash>
#include <QList>

namespace Headless {

void writeOut(const QByteArray& text); ///< to standard output, flushed

// Plain-text tables for people at a terminal (the JSON forms are the scripting interface).
QByteArray planTable(const Models::CleanupPlan& plan);
QByteArray reportTable(const Models::CleanupReport& report);
QString reportSummary(const Models::CleanupReport& report);

/// Neon's Branch objects (plus `last_active`), flat or nested under `children` with `tree`.
QByteArray branchesJson(const QList<Neon::Branch>& branches, const QHash<QString, Models::BranchActivity>& activity,
                        bool tree);
QByteArray branchesTable(const QList<Neon::Branch>& branches, const QHash<QString, Models::BranchActivity>& activity,
                         bool tree);

} // namespace Headless
