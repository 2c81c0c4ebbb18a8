// SPDX-License-Identifier: MIT
// A small SQL scanner for masking rules: enough of PostgreSQL's lexical rules to tell literals,
// identifiers and symbols apart, so that a rule's text can be judged before it runs.
#include "maskingexpression.h"

#include <QList>
#include <QSet>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {

struct Token
{
    enum Kind { Word, QuotedWord, String, Number, Symbol } kind;
    QString text; ///< words lower-cased (PostgreSQL folds unquoted names), quoted ones as written
};

const QString operatorCharacters = u"+-*/<>=~!@#%^&|`?"_s;

/// Reads a quoted run starting at `i` (a `quote` character); doubled quotes stay inside, and in
/// an E'' string a backslash escapes the next character. Returns the index after it, or -1.
qsizetype skipQuoted(const QString& text, qsizetype i, QChar quote, bool backslashEscapes)
{
    for (++i; i < text.size(); ++i) {
        if (backslashEscapes && text.at(i) == u'\\') {
            ++i;
        } else if (text.at(i) == quote) {
            if (i + 1 < text.size() && text.at(i + 1) == quote)
                ++i;
            else
                return i + 1;
        }
    }
    return -1;
}

qsizetype skipNumber(const QString& text, qsizetype i)
{
    while (i < text.size() && (text.at(i).isDigit() || text.at(i) == u'.'))
        ++i;
    if (i < text.size() && (text.at(i) == u'e' || text.at(i) == u'E')) {
        qsizetype j = i + 1;
        if (j < text.size() && (text.at(j) == u'+' || text.at(j) == u'-'))
            ++j;
        if (j < text.size() && text.at(j).isDigit()) {
            i = j;
            while (i < text.size() && text.at(i).isDigit())
                ++i;
        }
    }
    return i;
}

/// Splits `text` into tokens; refuses what can end an expression or hide text from the check:
/// `;`, comments, dollar quotes and parameters, unterminated quotes, stray characters.
QString tokenize(const QString& text, QList<Token>* out)
{
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text.at(i);
        const QStringView rest = QStringView(text).mid(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == u';') {
            return u"it must be one expression: \";\" is not allowed"_s;
        } else if (rest.startsWith(u"--") || rest.startsWith(u"/*")) {
            return u"comments are not allowed in it"_s;
        } else if (c == u'$') {
            return u"dollar quoting and parameters ($) are not allowed in it"_s;
        } else if (c == u'\'' || ((c == u'e' || c == u'E') && rest.size() > 1 && rest.at(1) == u'\'')) {
            const bool escapes = c != u'\'';
            const qsizetype end = skipQuoted(text, escapes ? i + 1 : i, u'\'', escapes);
            if (end < 0)
                return u"a string literal is not closed"_s;
            out->append({Token::String, text.mid(i, end - i)});
            i = end;
        } else if (c == u'"') {
            const qsizetype end = skipQuoted(text, i, u'"', false);
            if (end < 0)
                return u"a quoted name is not closed"_s;
            out->append({Token::QuotedWord, text.mid(i + 1, end - i - 2).replace(u"\"\""_s, u"\""_s)});
            i = end;
        } else if (c.isLetter() || c == u'_') {
            qsizetype end = i + 1;
            while (end < text.size() && (text.at(end).isLetterOrNumber() || text.at(end) == u'_' || text.at(end) == u'$'))
                ++end;
            out->append({Token::Word, text.mid(i, end - i).toLower()});
            i = end;
        } else if (c.isDigit() || (c == u'.' && rest.size() > 1 && rest.at(1).isDigit())) {
            const qsizetype end = skipNumber(text, i);
            out->append({Token::Number, text.mid(i, end - i)});
            i = end;
        } else if (c == u':' && rest.startsWith(u"::")) {
            out->append({Token::Symbol, u"::"_s});
            i += 2;
        } else if (QStringView(u"()[],.:").contains(c)) {
            out->append({Token::Symbol, QString(c)});
            ++i;
        } else if (operatorCharacters.contains(c)) {
            qsizetype end = i;
            while (end < text.size() && operatorCharacters.contains(text.at(end))) {
                if (QStringView(text).mid(end).startsWith(u"--") || QStringView(text).mid(end).startsWith(u"/*"))
                    return u"comments are not allowed in it"_s;
                ++end;
            }
            out->append({Token::Symbol, text.mid(i, end - i)});
            i = end;
        } else {
            return u"the character \"%1\" is not allowed in it"_s.arg(c);
        }
    }
    return {};
}

/// Words that begin a statement or a subquery: an expression over one row needs none of them.
const QSet<QString>& statementWords()
{
    static const QSet<QString> words{u"select"_s, u"with"_s,   u"table"_s,  u"values"_s,  u"insert"_s, u"update"_s,
                                     u"delete"_s, u"copy"_s,   u"into"_s,   u"do"_s,      u"call"_s,   u"execute"_s,
                                     u"lateral"_s, u"returning"_s, u"create"_s, u"drop"_s, u"alter"_s, u"grant"_s};
    return words;
}

/// Keywords that may stand before "(" without calling a function.
const QSet<QString>& keywordsBeforeParenthesis()
{
    static const QSet<QString> words{u"and"_s,     u"or"_s,     u"not"_s,  u"in"_s,   u"is"_s,      u"as"_s,
                                     u"between"_s, u"like"_s,   u"ilike"_s, u"similar"_s, u"when"_s, u"then"_s,
                                     u"else"_s,    u"case"_s,   u"end"_s,  u"any"_s,  u"all"_s,     u"some"_s,
                                     u"escape"_s,  u"distinct"_s, u"from"_s, u"for"_s, u"collate"_s, u"zone"_s,
                                     u"array"_s,   u"row"_s};
    return words;
}

bool isName(const Token& t)
{
    return t.kind == Token::Word || t.kind == Token::QuotedWord;
}

/// The function called by the "(" at `open`, if one is: its name parts, schema first.
QStringList calledFunction(const QList<Token>& tokens, qsizetype open)
{
    if (open == 0 || !isName(tokens.at(open - 1)))
        return {};
    qsizetype first = open - 1;
    while (first >= 2 && tokens.at(first - 1).text == "."_L1 && tokens.at(first - 1).kind == Token::Symbol
           && isName(tokens.at(first - 2)))
        first -= 2;
    if (first > 0) {
        const Token& before = tokens.at(first - 1);
        // A type's modifiers: `::varchar(10)`, `CAST(x AS numeric(10, 2))`.
        if ((before.kind == Token::Symbol && before.text == "::"_L1) || (before.kind == Token::Word && before.text == "as"_L1))
            return {};
    }
    QStringList parts;
    for (qsizetype i = first; i < open; i += 2)
        parts.append(tokens.at(i).text);
    if (parts.size() == 1 && tokens.at(first).kind == Token::Word && keywordsBeforeParenthesis().contains(parts.first()))
        return {};
    return parts;
}

QString functionProblem(const QStringList& parts)
{
    const QString shown = parts.join(u'.');
    if (parts.size() == 2 && parts.first() == "anon"_L1)
        return {};
    const bool builtin = parts.size() == 1 || (parts.size() == 2 && parts.first() == "pg_catalog"_L1);
    if (builtin && allowedBuiltinFunctions().contains(parts.last()))
        return {};
    return u"it may call the anon schema's functions and a few of PostgreSQL's own (%1); \"%2\" is not one of them"_s.arg(
        allowedBuiltinFunctions().join(u", "_s), shown);
}

} // namespace

QStringList allowedBuiltinFunctions()
{
    static const QStringList names{
        u"abs"_s,        u"btrim"_s,     u"cast"_s,       u"ceil"_s,        u"ceiling"_s,     u"char_length"_s,
        u"chr"_s,        u"coalesce"_s,  u"concat"_s,     u"concat_ws"_s,   u"convert_to"_s,  u"date_part"_s,
        u"date_trunc"_s, u"decode"_s,    u"encode"_s,     u"extract"_s,     u"floor"_s,       u"format"_s,
        u"gen_random_uuid"_s, u"greatest"_s, u"initcap"_s, u"least"_s,     u"left"_s,        u"length"_s,
        u"lower"_s,      u"lpad"_s,      u"ltrim"_s,      u"make_date"_s,   u"make_interval"_s, u"md5"_s,
        u"mod"_s,        u"now"_s,       u"nullif"_s,     u"overlay"_s,     u"position"_s,    u"random"_s,
        u"regexp_replace"_s, u"repeat"_s, u"replace"_s,   u"reverse"_s,     u"right"_s,       u"round"_s,
        u"rpad"_s,       u"rtrim"_s,     u"sha224"_s,     u"sha256"_s,      u"sha384"_s,      u"sha512"_s,
        u"split_part"_s, u"strpos"_s,    u"substr"_s,     u"substring"_s,   u"to_char"_s,     u"to_date"_s,
        u"to_timestamp"_s, u"translate"_s, u"trim"_s,     u"trunc"_s,       u"upper"_s};
    return names;
}

QString maskingFunctionProblem(const QString& expression)
{
    QList<Token> tokens;
    if (const QString problem = tokenize(expression, &tokens); !problem.isEmpty())
        return problem;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token& t = tokens.at(i);
        if (t.kind == Token::Word && statementWords().contains(t.text))
            return u"it must be one expression over the row: \"%1\" (a statement or subquery) is not allowed"_s.arg(t.text);
        if (t.kind == Token::Symbol && t.text == "("_L1) {
            const QStringList called = calledFunction(tokens, i);
            if (!called.isEmpty()) {
                if (const QString problem = functionProblem(called); !problem.isEmpty())
                    return problem;
            }
        }
    }
    return {};
}

namespace {
/// Whether tokens from `i` on are casts only (`::name`, `::name(10)`, `::name[]`, repeated).
bool onlyCasts(const QList<Token>& tokens, qsizetype i)
{
    while (i < tokens.size()) {
        if (tokens.at(i).text != "::"_L1 || i + 1 >= tokens.size() || !isName(tokens.at(i + 1)))
            return false;
        i += 2;
        while (i + 1 < tokens.size() && tokens.at(i).text == "."_L1 && isName(tokens.at(i + 1)))
            i += 2;
        if (i < tokens.size() && tokens.at(i).text == "("_L1) {
            for (++i; i < tokens.size() && tokens.at(i).text != ")"_L1; ++i) {
                if (tokens.at(i).kind != Token::Number && tokens.at(i).text != ","_L1)
                    return false;
            }
            if (i >= tokens.size())
                return false;
            ++i;
        }
        if (i + 1 < tokens.size() && tokens.at(i).text == "["_L1 && tokens.at(i + 1).text == "]"_L1)
            i += 2;
    }
    return true;
}
} // namespace

QString maskingValueProblem(const QString& value)
{
    const QString advice = u"it takes a literal such as 'CONFIDENTIAL', 0 or NULL (optionally cast, as in '0'::int); "
                           "use masking_function for an expression"_s;
    QList<Token> tokens;
    if (const QString problem = tokenize(value, &tokens); !problem.isEmpty())
        return problem + u"; "_s + advice;
    qsizetype i = 0;
    if (i < tokens.size() && tokens.at(i).kind == Token::Symbol && (tokens.at(i).text == "-"_L1 || tokens.at(i).text == "+"_L1))
        ++i;
    const bool literal = i < tokens.size()
        && (tokens.at(i).kind == Token::Number
            || (i == 0 && tokens.at(i).kind == Token::String)
            || (i == 0 && tokens.at(i).kind == Token::Word
                && (tokens.at(i).text == "null"_L1 || tokens.at(i).text == "true"_L1 || tokens.at(i).text == "false"_L1)));
    if (!literal || !onlyCasts(tokens, i + 1))
        return advice;
    return {};
}

QString maskingRulesProblem(const QList<Neon::MaskingRule>& rules)
{
    for (const Neon::MaskingRule& rule : rules) {
        if (rule.databaseName.isEmpty() || rule.schemaName.isEmpty() || rule.tableName.isEmpty() || rule.columnName.isEmpty())
            return u"every masking rule needs database_name, schema_name, table_name and column_name"_s;
        if (!rule.maskingFunction.isEmpty() && !rule.maskingValue.isEmpty())
            return u"masking_function and masking_value are mutually exclusive (column %1)"_s.arg(rule.columnName);
        const QString column = u"%1.%2.%3.%4"_s.arg(rule.databaseName, rule.schemaName, rule.tableName, rule.columnName);
        if (!rule.maskingFunction.isEmpty()) {
            if (const QString problem = maskingFunctionProblem(rule.maskingFunction); !problem.isEmpty())
                return u"masking_function of the rule for %1 is refused: %2"_s.arg(column, problem);
        } else if (!rule.maskingValue.isEmpty()) {
            if (const QString problem = maskingValueProblem(rule.maskingValue); !problem.isEmpty())
                return u"masking_value of the rule for %1 is refused: %2"_s.arg(column, problem);
        }
    }
    return {};
}

} // namespace Sandbox
