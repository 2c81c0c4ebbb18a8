// SPDX-License-Identifier: MIT
#include "rulesmasker.h"

#include <QCoreApplication>

namespace Models {

RulesMasker::RulesMasker(const QList<Neon::MaskingRule>& rules, quint64 seed)
    : m_masker(seed)
{
    for (const Neon::MaskingRule& r : rules) {
        const QString table = key(r.schemaName, r.tableName);
        if (!m_rules[table].contains(r.columnName))
            m_columns[table].append(r.columnName);
        m_rules[table].insert(r.columnName, r);
    }
}

QStringList RulesMasker::maskedColumns(const QString& schema, const QString& table) const
{
    return m_columns.value(key(schema, table));
}

Pg::MaskedCell RulesMasker::mask(const QString& schema, const QString& table, const QString& column,
                                 const QHash<QString, QVariant>& row, qint64 ordinal, const QSet<QString>& avoid) const
{
    const auto tableRules = m_rules.constFind(key(schema, table));
    if (tableRules == m_rules.cend() || !tableRules->contains(column))
        return {row.value(column), {}};
    const Masking::Cell cell = m_masker.apply(tableRules->value(column), row, ordinal, avoid);
    if (cell.computedOnNeon && cell.problem.isEmpty())
        return {{}, QCoreApplication::translate("Models::RulesMasker", "this masking function is computed only on Neon")};
    return {cell.value, cell.problem};
}

} // namespace Models
