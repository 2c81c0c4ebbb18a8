// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <neon/anonymization.h>

namespace Sandbox {

/// Checks a masking rule's SQL before the sandbox lets PostgreSQL see it. A rule runs as
/// `UPDATE table SET column = <expression>`; what is checked here keeps it one expression over
/// the row (no `;`, no comments, no dollar quoting, no subquery) calling only the `anon` schema's
/// functions and a short list of PostgreSQL's own. Each returns what is wrong, or empty.
/// (The rule then runs as the branch's owner role, never as a superuser: this is the first wall,
/// not the only one.)
QString maskingFunctionProblem(const QString& expression);
/// `masking_value` is a literal: a quoted string, a number, NULL, TRUE or FALSE, optionally cast
/// (`'0'::int`).
QString maskingValueProblem(const QString& value);

/// What is wrong with a list of rules (a missing name, both or a bad expression), or empty; the
/// text names the rule's column.
QString maskingRulesProblem(const QList<Neon::MaskingRule>& rules);

/// The functions of PostgreSQL's own that a masking expression may call (besides `anon.*`).
QStringList allowedBuiltinFunctions();

} // namespace Sandbox
