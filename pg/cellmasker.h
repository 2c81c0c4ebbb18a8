// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace Pg {

/// What a masked cell becomes: a value, or why there is none (then the table is not loaded:
/// an original value is never written in its place).
/// Whether a value is one of the column's original values.
using IsOriginal = std::function<bool(const QString& value)>;

struct MaskedCell
{
    QVariant value;
    QString problem;
};

/// Decides the masked columns and their values for the anonymized load. The masking rules live
/// above this layer (Models::RulesMasker); the load only asks. Called from the load's worker
/// thread: implementations must be thread-safe for const use.
class CellMasker
{
public:
    virtual ~CellMasker() = default;
    /// The masked columns of `schema.table` (none: the table is copied unchanged).
    virtual QStringList maskedColumns(const QString& schema, const QString& table) const = 0;
    /// The columns mask() reads from `row`: the masked ones and those their rules refer to. Only
    /// these are decoded from the stream; the rest pass through untouched.
    virtual QStringList columnsRead(const QString& schema, const QString& table) const = 0;
    /// `row`: the row's original values by column (as text, NULL as a null QVariant); `ordinal`:
    /// its position in the table's stream; `isOriginal`: whether a value is one the column holds
    /// somewhere (the masked value must not be).
    virtual MaskedCell mask(const QString& schema, const QString& table, const QString& column,
                            const QHash<QString, QVariant>& row, qint64 ordinal, const IsOriginal& isOriginal) const = 0;

    /// mask() for one column, its rule found once: the load asks per cell of a whole table.
    using ColumnMask = std::function<MaskedCell(const QHash<QString, QVariant>& row, qint64 ordinal, const IsOriginal& isOriginal)>;
    virtual ColumnMask columnMask(const QString& schema, const QString& table, const QString& column) const
    {
        return [this, schema, table, column](const QHash<QString, QVariant>& row, qint64 ordinal, const IsOriginal& isOriginal) {
            return mask(schema, table, column, row, ordinal, isOriginal);
        };
    }
};

} // namespace Pg
