// SPDX-License-Identifier: MIT
#pragma once

#include "store.h"

namespace Sandbox {

/// Builds the named starting state: single, pii, per-customer, demo, scale:P:B or empty.
/// Returns false with a reason for an unknown name. Times are relative to `now`.
bool seedState(const QString& name, const QDateTime& now, State& out, QString* error, quint32 randomSeed = 0);
QStringList seedNames();

} // namespace Sandbox
