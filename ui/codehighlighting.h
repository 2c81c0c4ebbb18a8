// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QTextDocument;

namespace Ui {

/// Syntax colours for the read-only SQL and diff panes: KSyntaxHighlighting's PostgreSQL and
/// Diff definitions when the build found KF6SyntaxHighlighting, else Canopy's own highlighter.
/// The theme follows the palette (a dark base gets dark colours).
namespace CodeHighlighting {

enum class Language { Sql, Diff };

/// Attaches a highlighter to `document` (owned by the document).
void attach(QTextDocument* document, Language language);
/// "KSyntaxHighlighting" or "built-in": for the About box and the tests.
QString engine();

} // namespace CodeHighlighting
} // namespace Ui
