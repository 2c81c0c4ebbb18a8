// SPDX-License-Identifier: MIT
#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>

namespace Ui {

/// Canopy's own highlighter for PostgreSQL DDL and unified diffs, used where
/// KF6SyntaxHighlighting is not available (Debian 12): keywords, types, strings, comments,
/// numbers; for diffs also added/removed lines and hunk headers.
class FallbackHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    FallbackHighlighter(QTextDocument* document, bool diff, bool dark);

protected:
    void highlightBlock(const QString& text) override;

private:
    struct Rule
    {
        QRegularExpression pattern;
        QTextCharFormat format;
    };
    QList<Rule> m_rules;
    QTextCharFormat m_comment, m_added, m_removed, m_hunk;
    bool m_diff;
};

} // namespace Ui
