// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Sandbox {

/// A unified diff of two texts, line by line (`--- a/NAME`, `+++ b/NAME`, `@@` hunks with three
/// lines of context), as `diff -u -F '^CREATE '` prints it: each hunk header ends with the last
/// line before the hunk that starts a CREATE statement. Empty when the texts are equal.
QString unifiedDiff(const QString& before, const QString& after, const QString& name);

} // namespace Sandbox
