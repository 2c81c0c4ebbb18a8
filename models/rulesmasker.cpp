// SPDX-License-Identifier: MIT
#include "rulesmasker.h"

#include <QCoreApplication>

namespace Models {

namespace {
/// A rule whose value is written out as it is (no function, no expression to parse).
bool isBareLiteral(const Neon::MaskingRule& rule)
{
    if (!rule.maskingFunction.isEmpty() || rule.maskingValue.isEmpty() || rule.maskingValue.startsWith(u'\'')
        || rule.maskingValue.compare(QLatin1String("null"), Qt::CaseInsensitive) == 0)
        return false;
    bool number = false;
    rule.maskingValue.toDouble(&number);
    return !number;
}
} // namespace

RulesMasker::RulesMasker(const QList<Neon::MaskingRule>& rules, quint64 seed)
    : m_masker(seed)
{
    for (const Neon::MaskingRule& r : rules) {
        const QString table = key(r.schemaName, r.tableName);
        if (!m_rules[table].contains(r.columnName))
            m_columns[table].append(r.columnName);
        Prepared prepared{r, nullptr, {}};
        if (!isBareLiteral(r)) {
            auto expression = std::make_shared<Masking::Expression>();
            if (expression->parse(r.maskingFunction.isEmpty() ? r.maskingValue : r.maskingFunction, &prepared.parseError))
                prepared.expression = std::move(expression);
        }
        m_rules[table].insert(r.columnName, std::move(prepared));
    }
}

RulesMasker::~RulesMasker() = default;

QStringList RulesMasker::maskedColumns(const QString& schema, const QString& table) const
{
    return m_columns.value(key(schema, table));
}

QStringList RulesMasker::columnsRead(const QString& schema, const QString& table) const
{
    QStringList out = maskedColumns(schema, table);
    for (const Prepared& p : m_rules.value(key(schema, table))) {
        if (!p.expression)
            continue;
        for (const QString& c : p.expression->columns()) {
            if (!out.contains(c))
                out.append(c);
        }
    }
    return out;
}

const RulesMasker::Prepared* RulesMasker::find(const QString& schema, const QString& table, const QString& column) const
{
    const auto tableRules = m_rules.constFind(key(schema, table));
    if (tableRules == m_rules.cend())
        return nullptr;
    const auto prepared = tableRules->constFind(column);
    return prepared == tableRules->cend() ? nullptr : &*prepared;
}

Pg::MaskedCell RulesMasker::mask(const QString& schema, const QString& table, const QString& column,
                                 const QHash<QString, QVariant>& row, qint64 ordinal, const Pg::IsOriginal& isOriginal) const
{
    const Prepared* prepared = find(schema, table, column);
    return prepared ? apply(*prepared, column, row, ordinal, isOriginal) : Pg::MaskedCell{row.value(column), {}};
}

Pg::CellMasker::ColumnMask RulesMasker::columnMask(const QString& schema, const QString& table, const QString& column) const
{
    const Prepared* prepared = find(schema, table, column); // the rules do not change while the masker lives
    if (!prepared)
        return [column](const QHash<QString, QVariant>& row, qint64, const Pg::IsOriginal&) { return Pg::MaskedCell{row.value(column), {}}; };
    return [this, prepared, column](const QHash<QString, QVariant>& row, qint64 ordinal, const Pg::IsOriginal& isOriginal) {
        return apply(*prepared, column, row, ordinal, isOriginal);
    };
}

Pg::MaskedCell RulesMasker::apply(const Prepared& prepared, const QString& column, const QHash<QString, QVariant>& row,
                                  qint64 ordinal, const Pg::IsOriginal& isOriginal) const
{
    if (!prepared.parseError.isEmpty())
        return {{}, prepared.parseError};
    Masking::Cell cell = prepared.expression ? m_masker.apply(*prepared.expression, column, row, ordinal, isOriginal)
                                                   : m_masker.apply(prepared.rule, row, ordinal, isOriginal);
    if (cell.computedOnNeon && cell.problem.isEmpty())
        return {{}, QCoreApplication::translate("Models::RulesMasker", "this masking function is computed only on Neon")};
    return {std::move(cell.value), std::move(cell.problem)};
}

} // namespace Models
