// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace Sandbox {

/// The sandbox's own `anon` schema: the most used PostgreSQL Anonymizer masking functions,
/// written in SQL, installed into a branch's database before its masking rules run.
QStringList anonFunctionsSql();

/// Names of the functions above, for people (README, the app's function picker).
QStringList anonFunctionNames();

} // namespace Sandbox
