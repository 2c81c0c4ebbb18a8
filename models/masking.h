// SPDX-License-Identifier: MIT
#pragma once

#include <neon/anonymization.h>

#include <QHash>
#include <QSet>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

namespace Models::Masking {

/// A masking rule's SQL expression (`anon.partial(phone, 2, 'XXX', 2)`,
/// `pg_catalog.concat(anon.dummy_uuidv4(), '@example.com')`), parsed once: function calls,
/// column references, string/number/NULL/boolean literals, `ARRAY[…]`, `||` and `::type` casts.
class Expression
{
public:
    struct Node;
    Expression();
    ~Expression();
    Expression(Expression&&) noexcept;
    Expression& operator=(Expression&&) noexcept;

    /// False with a reason for text that is not such an expression.
    bool parse(const QString& sql, QString* error);
    const Node* root() const { return m_root.get(); }
    /// Functions used that this library cannot compute (Neon can): empty when all are known.
    const QStringList& unsupportedFunctions() const { return m_unsupported; }
    /// The columns the expression reads (its own original value aside).
    QStringList columns() const;
    /// Whether it draws random values (a draw that hits the original is drawn again).
    bool isRandom() const { return m_random; }

private:
    std::unique_ptr<Node> m_root;
    // Known once parsed: a load asks for every cell of a table.
    QStringList m_unsupported;
    bool m_random = false;
};

/// The result of masking one cell.
struct Cell
{
    QVariant value;
    bool computedOnNeon = false; ///< a function this library does not implement: no value is faked
    QString problem; ///< the rule could not be applied (parse error, wrong argument)
};

/// Applies masking rules to rows in the app, for previews and for Canopy's own anonymized load:
/// the functions of PostgreSQL Anonymizer that the sandbox implements (`supportedFunctions()`),
/// with the same meaning and format. Deterministic under a seed: a cell's masked value depends
/// only on the seed, the column, the row's ordinal and the original value. Identity-bearing
/// columns never keep their original value (a random draw that hits it is drawn again).
class Masker
{
public:
    explicit Masker(quint64 seed = 0);

    /// `row`: the row's original values by column name (functions may read other columns);
    /// `ordinal`: the row's position in its sample or stream.
    /// `avoid`: values a random draw must not produce either (every original value of the
    /// column, when a whole table is masked: no masked row may carry anybody's real value).
    Cell apply(const Neon::MaskingRule& rule, const QHash<QString, QVariant>& row, qint64 ordinal,
               const std::function<bool(const QString&)>& avoid = {}) const;
    Cell apply(const Expression& expression, const QString& column, const QHash<QString, QVariant>& row,
               qint64 ordinal, const std::function<bool(const QString&)>& avoid = {}) const;

    static QStringList supportedFunctions();
    /// The function in plain words ("A made-up free email address"), for the picker.
    static QString describe(const QString& function);
    /// How well a function's values fit a column of SQL type `sqlType` ("integer",
    /// "timestamp with time zone", "character varying(255)"): 0 made for it, 1 any type, 2 the
    /// wrong kind (a name generator for a number). The rule picker lists the fitting ones first.
    static int fitsColumnType(const QString& function, const QString& sqlType);

private:
    quint64 cellSeed(const QString& column, qint64 ordinal, const QString& original) const;

    quint64 m_seed;
    QByteArray m_seedText; ///< the seed's digits and the separator, the start of every cell's key
};

} // namespace Models::Masking
