// SPDX-License-Identifier: MIT
#pragma once

#include <neon/branch.h>
#include <neon/operation.h>

#include <QString>

namespace Models {

/// What an operation did, for people: "Reset from parent", "Start compute", … instead of Neon's
/// `create_timeline` or `start_compute`. `branch` tells a branch's creation from a later reset
/// or restore (both are `create_timeline` to Neon). Unknown actions come back with their words
/// spaced and capitalised ("Apply storage config").
QString operationTitle(const Neon::Operation& operation, const Neon::Branch& branch);
/// "finished", "running", "failed", … in the user's language.
QString operationStatusTitle(const QString& status);

} // namespace Models
