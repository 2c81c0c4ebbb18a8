// SPDX-License-Identifier: MIT
#include "fallbackhighlighter.h"

using namespace Qt::StringLiterals;

namespace Ui {

FallbackHighlighter::FallbackHighlighter(QTextDocument* document, bool diff, bool dark)
    : QSyntaxHighlighter(document)
    , m_diff(diff)
{
    auto format = [](QColor colour, bool bold = false) {
        QTextCharFormat f;
        f.setForeground(colour);
        if (bold)
            f.setFontWeight(QFont::Bold);
        return f;
    };
    const QColor keyword = dark ? QColor(0x7a, 0xb7, 0xff) : QColor(0x1a, 0x4f, 0xa8);
    const QColor type = dark ? QColor(0xd2, 0xa8, 0xff) : QColor(0x75, 0x4b, 0xc9);
    const QColor string = dark ? QColor(0xa5, 0xd6, 0x8a) : QColor(0x2f, 0x7d, 0x32);
    const QColor number = dark ? QColor(0xf5, 0xc0, 0x4f) : QColor(0xa0, 0x5a, 0x00);
    const QColor comment = dark ? QColor(0x8a, 0x96, 0xa3) : QColor(0x6a, 0x73, 0x7d);
    const auto ci = QRegularExpression::CaseInsensitiveOption;
    m_rules.append({QRegularExpression(
                        u"\\b(?:CREATE|ALTER|DROP|TABLE|VIEW|INDEX|UNIQUE|SEQUENCE|FUNCTION|TRIGGER|SCHEMA|EXTENSION|TYPE|"
                        "ADD|COLUMN|CONSTRAINT|PRIMARY|FOREIGN|KEY|REFERENCES|NOT|NULL|DEFAULT|CHECK|ON|DELETE|UPDATE|"
                        "CASCADE|RESTRICT|SET|OWNED|BY|AS|IF|EXISTS|ONLY|USING|WITH|OWNER|TO|GRANT|REVOKE|SELECT|"
                        "INSERT|INTO|VALUES|FROM|WHERE|AND|OR|IN|IS|START|INCREMENT|MINVALUE|MAXVALUE|CACHE|NO|"
                        "CYCLE|RETURNS|LANGUAGE|BEGIN|END|COMMENT|GENERATED|ALWAYS|IDENTITY)\\b"_s,
                        ci),
                    format(keyword, true)});
    m_rules.append({QRegularExpression(
                        u"\\b(?:integer|int|bigint|smallint|serial|bigserial|text|varchar|character|varying|char|"
                        "boolean|bool|numeric|decimal|real|double|precision|date|time|timestamp|timestamptz|"
                        "interval|uuid|jsonb|json|bytea|inet|zone|without)\\b"_s,
                        ci),
                    format(type)});
    m_rules.append({QRegularExpression(u"\\b\\d+(?:\\.\\d+)?\\b"_s), format(number)});
    m_rules.append({QRegularExpression(u"'(?:[^']|'')*'"_s), format(string)});
    m_comment = format(comment);
    m_comment.setFontItalic(true);
    QColor add = dark ? QColor(0x1f, 0x4d, 0x2b) : QColor(0xe6, 0xf6, 0xe9);
    QColor remove = dark ? QColor(0x5a, 0x22, 0x22) : QColor(0xfb, 0xe7, 0xe7);
    m_added.setBackground(add);
    m_removed.setBackground(remove);
    m_hunk = format(dark ? QColor(0x5e, 0xd6, 0xe0) : QColor(0x00, 0x6d, 0x7a), true);
}

void FallbackHighlighter::highlightBlock(const QString& text)
{
    int start = 0;
    if (m_diff) {
        if (text.startsWith("@@"_L1) || text.startsWith("---"_L1) || text.startsWith("+++"_L1)) {
            setFormat(0, int(text.size()), m_hunk);
            return;
        }
        if (text.startsWith(QLatin1Char('+')) || text.startsWith(QLatin1Char('-'))) {
            // The whole line is tinted, then the SQL in it coloured on top.
            setFormat(0, int(text.size()), text.startsWith(QLatin1Char('+')) ? m_added : m_removed);
        }
        start = 1;
    }
    const QString code = text.mid(start);
    for (const Rule& rule : std::as_const(m_rules)) {
        for (auto it = rule.pattern.globalMatch(code); it.hasNext();) {
            const auto m = it.next();
            QTextCharFormat f = format(start + int(m.capturedStart()));
            f.merge(rule.format);
            setFormat(start + int(m.capturedStart()), int(m.capturedLength()), f);
        }
    }
    if (const qsizetype dash = code.indexOf("--"_L1); dash >= 0) {
        QTextCharFormat f = m_comment;
        f.setBackground(format(start + int(dash)).background());
        setFormat(start + int(dash), int(code.size() - dash), f);
    }
}

} // namespace Ui
