// SPDX-License-Identifier: MIT
// The masking expression parser and the evaluation of a rule on one cell.
#include "masking.h"
#include "maskingfunctions.h"

#include <QCoreApplication>
#include <QVarLengthArray>

#include <openssl/sha.h>

#include <algorithm>

#include <charconv>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Models::Masking {


namespace {
class Parser
{
public:
    explicit Parser(const QString& text)
        : m_text(text)
    {
    }

    std::unique_ptr<Expression::Node> parse(QString* error)
    {
        auto node = concat();
        skipSpace();
        if (m_error.isEmpty() && m_pos < m_text.size())
            fail(u"unexpected “%1” at %2"_s.arg(m_text.mid(m_pos, 12), QString::number(m_pos + 1)));
        if (!m_error.isEmpty()) {
            *error = m_error;
            return nullptr;
        }
        return node;
    }

private:
    void fail(const QString& message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }
    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }
    bool take(QStringView token)
    {
        skipSpace();
        if (m_text.mid(m_pos, token.size()).compare(token, Qt::CaseInsensitive) != 0)
            return false;
        m_pos += int(token.size());
        return true;
    }
    QString identifier()
    {
        skipSpace();
        const int start = m_pos;
        while (m_pos < m_text.size()
               && (m_text.at(m_pos).isLetterOrNumber() || m_text.at(m_pos) == QLatin1Char('_') || m_text.at(m_pos) == QLatin1Char('.')))
            ++m_pos;
        QString id = m_text.mid(start, m_pos - start);
        if (id.startsWith(QLatin1Char('"')))
            id = id.mid(1, id.size() - 2);
        return id;
    }
    std::unique_ptr<Expression::Node> concat()
    {
        auto first = postfix();
        if (!take(u"||"))
            return first;
        auto node = std::make_unique<Expression::Node>();
        node->kind = Expression::Node::Concat;
        node->children.push_back(std::move(first));
        do {
            node->children.push_back(postfix());
        } while (m_error.isEmpty() && take(u"||"));
        return node;
    }
    std::unique_ptr<Expression::Node> postfix()
    {
        auto node = primary();
        while (m_error.isEmpty() && take(u"::"))
            identifier(); // a cast: the value keeps its meaning here
        return node;
    }
    std::unique_ptr<Expression::Node> primary()
    {
        auto node = std::make_unique<Expression::Node>();
        skipSpace();
        if (m_pos >= m_text.size()) {
            fail(u"the expression ends too early"_s);
            return node;
        }
        const QChar c = m_text.at(m_pos);
        if (c == QLatin1Char('\'')) {
            QString s;
            for (++m_pos; m_pos < m_text.size(); ++m_pos) {
                if (m_text.at(m_pos) == QLatin1Char('\'')) {
                    if (m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == QLatin1Char('\'')) {
                        s += QLatin1Char('\'');
                        ++m_pos;
                        continue;
                    }
                    break;
                }
                s += m_text.at(m_pos);
            }
            if (m_pos >= m_text.size())
                fail(u"a string is not closed"_s);
            ++m_pos;
            node->value = s;
            return node;
        }
        if (c.isDigit() || c == QLatin1Char('-')) {
            const int start = m_pos++;
            while (m_pos < m_text.size() && (m_text.at(m_pos).isDigit() || m_text.at(m_pos) == QLatin1Char('.')))
                ++m_pos;
            const QString number = m_text.mid(start, m_pos - start);
            node->value = number.contains(QLatin1Char('.')) ? QVariant(number.toDouble()) : QVariant(number.toLongLong());
            return node;
        }
        if (take(u"(")) {
            node = concat();
            if (!take(u")"))
                fail(u"a “)” is missing"_s);
            return node;
        }
        if (take(u"ARRAY[")) {
            node->kind = Expression::Node::Array;
            if (!take(u"]")) {
                do {
                    node->children.push_back(concat());
                } while (m_error.isEmpty() && take(u","));
                if (!take(u"]"))
                    fail(u"a “]” is missing"_s);
            }
            return node;
        }
        const QString id = identifier();
        if (id.isEmpty()) {
            fail(u"unexpected “%1” at %2"_s.arg(QString(c), QString::number(m_pos + 1)));
            return node;
        }
        const QString lower = id.toLower();
        if (lower == "null"_L1 || lower == "true"_L1 || lower == "false"_L1) {
            node->value = lower == "null"_L1 ? QVariant() : QVariant(lower == "true"_L1);
            return node;
        }
        if (!take(u"(")) {
            node->kind = Expression::Node::Column;
            node->name = id.section(QLatin1Char('.'), -1);
            return node;
        }
        node->kind = Expression::Node::Call;
        node->name = lower.section(QLatin1Char('.'), -1); // anon.x, pg_catalog.x: the function
        if (!take(u")")) {
            do {
                node->children.push_back(concat());
            } while (m_error.isEmpty() && take(u","));
            if (!take(u")"))
                fail(u"a “)” is missing after the arguments of %1"_s.arg(id));
        }
        return node;
    }

    const QString& m_text;
    int m_pos = 0;
    QString m_error; ///< the first problem found: later ones follow from it
};

/// Finds each call's function once; `out` gets those only Neon computes.
void resolveFunctions(Expression::Node* n, QStringList& out)
{
    if (!n)
        return;
    if (n->kind == Expression::Node::Call) {
        n->function = Functions::find(n->name);
        if (!n->function && !out.contains(n->name))
            out.append(n->name);
    }
    for (const auto& c : n->children)
        resolveFunctions(c.get(), out);
}
void collectColumns(const Expression::Node* n, QStringList& out)
{
    if (!n)
        return;
    if (n->kind == Expression::Node::Column && !out.contains(n->name))
        out.append(n->name);
    for (const auto& c : n->children)
        collectColumns(c.get(), out);
}
/// `text` as UTF-8 at the end of `out`: ASCII byte for byte, anything else through QString.
void appendUtf8(QVarLengthArray<char, 512>& out, QStringView text)
{
    if (std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x80; })) {
        const QByteArray utf8 = text.toUtf8();
        out.append(utf8.constData(), utf8.size());
        return;
    }
    for (const QChar c : text)
        out.append(char(c.unicode()));
}
} // namespace

QStringList Expression::columns() const
{
    QStringList out;
    collectColumns(m_root.get(), out);
    return out;
}

Expression::Expression() = default;
Expression::~Expression() = default;
Expression::Expression(Expression&&) noexcept = default;
Expression& Expression::operator=(Expression&&) noexcept = default;

bool Expression::parse(const QString& sql, QString* error)
{
    Parser parser(sql);
    m_root = parser.parse(error);
    m_unsupported.clear();
    resolveFunctions(m_root.get(), m_unsupported);
    m_random = Functions::isRandom(m_root.get());
    return m_root != nullptr;
}

Masker::Masker(quint64 seed)
    : m_seed(seed)
    , m_seedText(QByteArray::number(seed) + '\x1f')
{
}

quint64 Masker::cellSeed(const QString& column, qint64 ordinal, const QString& original) const
{
    // The cell's own generator: the same seed, column, row and value give the same draw. The
    // digest is of `seed␟column␟ordinal␟value`, the key built on the stack.
    QVarLengthArray<char, 512> key;
    key.append(m_seedText.constData(), m_seedText.size());
    appendUtf8(key, column);
    char number[24] = {'\x1f'};
    char* end = std::to_chars(number + 1, number + sizeof number - 1, ordinal).ptr;
    *end++ = '\x1f';
    key.append(number, end - number);
    appendUtf8(key, original);
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char*>(key.constData()), size_t(key.size()), digest);
    quint64 seed = 0;
    std::memcpy(&seed, digest, sizeof seed);
    return seed;
}

QStringList Masker::supportedFunctions()
{
    return Functions::names();
}

int Masker::fitsColumnType(const QString& function, const QString& sqlType)
{
    enum Kind { Text, Number, Time, Any };
    const auto kindOfFunction = [](const QString& f) {
        if (f == "noise"_L1 || f == "random_int_between"_L1 || f == "random_bigint_between"_L1)
            return Number;
        if (f == "dnoise"_L1 || f.startsWith("random_date"_L1))
            return Time;
        if (f == "random_in"_L1 || f == "ternary"_L1)
            return Any;
        return Text;
    };
    const QString t = sqlType.toLower();
    const Kind column = t.startsWith("interval"_L1) || t.contains("point"_L1) ? Any
                        : t.contains("int"_L1) || t.startsWith("numeric"_L1) || t.startsWith("decimal"_L1) || t == "real"_L1
                                || t.startsWith("double"_L1) || t.contains("serial"_L1)
                            ? Number
                        : t.startsWith("date"_L1) || t.startsWith("timestamp"_L1) || t.startsWith("time"_L1) ? Time
                        : t.contains("char"_L1) || t == "text"_L1 || t == "citext"_L1 || t == "uuid"_L1 || t == "inet"_L1 ? Text
                                                                                                                          : Any;
    const Kind kind = kindOfFunction(function);
    if (kind == Any || column == Any)
        return 1;
    return kind == column ? 0 : 2;
}

QString Masker::describe(const QString& function)
{
    static const QHash<QString, const char*> words{
        {u"partial"_s, QT_TRANSLATE_NOOP("Models::Masking", "Keep the first and last characters, hide the middle")},
        {u"partial_email"_s, QT_TRANSLATE_NOOP("Models::Masking", "Keep the start of an email, hide the rest")},
        {u"hash"_s, QT_TRANSLATE_NOOP("Models::Masking", "SHA-256 hash of the value")},
        {u"digest"_s, QT_TRANSLATE_NOOP("Models::Masking", "Salted hash with a chosen algorithm")},
        {u"noise"_s, QT_TRANSLATE_NOOP("Models::Masking", "The number, moved by up to ± a ratio")},
        {u"dnoise"_s, QT_TRANSLATE_NOOP("Models::Masking", "The date, moved by up to ± an interval")},
        {u"lorem_ipsum"_s, QT_TRANSLATE_NOOP("Models::Masking", "Placeholder words")},
        {u"ternary"_s, QT_TRANSLATE_NOOP("Models::Masking", "One value or another, by a condition")},
        {u"random_in"_s, QT_TRANSLATE_NOOP("Models::Masking", "One of the given values, at random")},
    };
    if (const auto it = words.constFind(function); it != words.cend())
        return QCoreApplication::translate("Models::Masking", *it);
    // The rest say what they are in their names: dummy_free_email → "Made-up free email".
    QString name = function;
    QString kind;
    for (const auto& [prefix, label] : {std::pair{"dummy_", QT_TRANSLATE_NOOP("Models::Masking", "Made-up")},
                                        std::pair{"fake_", QT_TRANSLATE_NOOP("Models::Masking", "Made-up")},
                                        std::pair{"pseudo_", QT_TRANSLATE_NOOP("Models::Masking", "Same-for-same made-up")},
                                        std::pair{"random_", QT_TRANSLATE_NOOP("Models::Masking", "Random")}}) {
        if (name.startsWith(QLatin1String(prefix))) {
            kind = QCoreApplication::translate("Models::Masking", label);
            name = name.mid(int(qstrlen(prefix)));
        }
    }
    name.replace(QLatin1Char('_'), QLatin1Char(' '));
    return kind.isEmpty() ? QString(name.left(1).toUpper() + name.mid(1)) : QString(kind + u" "_s + name);
}

Cell Masker::apply(const Neon::MaskingRule& rule, const QHash<QString, QVariant>& row, qint64 ordinal,
                   const std::function<bool(const QString&)>& avoid) const
{
    Expression e;
    QString error;
    const QString text = rule.maskingFunction.isEmpty() ? rule.maskingValue : rule.maskingFunction;
    if (rule.maskingFunction.isEmpty() && !rule.maskingValue.isEmpty() && !rule.maskingValue.startsWith(QLatin1Char('\''))
        && rule.maskingValue.compare("null"_L1, Qt::CaseInsensitive) != 0) {
        bool number = false;
        rule.maskingValue.toDouble(&number);
        if (!number)
            return Cell{rule.maskingValue, false, {}}; // a bare literal value
    }
    if (!e.parse(text, &error))
        return Cell{{}, false, error};
    return apply(e, rule.columnName, row, ordinal, avoid);
}

Cell Masker::apply(const Expression& expression, const QString& column, const QHash<QString, QVariant>& row,
                   qint64 ordinal, const std::function<bool(const QString&)>& avoid) const
{
    if (const QStringList& unsupported = expression.unsupportedFunctions(); !unsupported.isEmpty())
        return Cell{{}, true, u"computed on Neon: "_s + unsupported.join(u", "_s)};
    static const QVariant null;
    const auto found = row.constFind(column);
    const QVariant& original = found == row.cend() ? null : *found;
    const QString originalText = original.isNull() ? QString() : original.toString();
    Functions::Context context{row, original, CellRandom(cellSeed(column, ordinal, originalText))};
    QString problem;
    QVariant value = Functions::evaluate(expression.root(), context, &problem);
    // Random draws that land on the original value are drawn again: the value must change.
    const bool random = expression.isRandom();
    auto kept = [&] {
        if (value.isNull())
            return false;
        const QString text = value.toString();
        const bool bothText = value.typeId() == QMetaType::QString && original.typeId() == QMetaType::QString;
        const bool same = !original.isNull() && (bothText ? text == originalText : value == original);
        return same || (avoid && avoid(text));
    };
    for (int attempt = 0; attempt < 512 && problem.isEmpty() && random && kept(); ++attempt)
        value = Functions::evaluate(expression.root(), context, &problem);
    if (problem.isEmpty() && random && kept())
        problem = u"the rule keeps producing the original value"_s;
    return Cell{problem.isEmpty() ? value : QVariant(), false, problem};
}

} // namespace Models::Masking
