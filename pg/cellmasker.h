// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QVariant>

namespace Pg {

/// What a masked cell becomes: a value, or why there is none (then the table is not loaded:
/// an original value is never written in its place).
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
    /// `row`: the row's original values by column; `ordinal`: its position in the table's stream;
    /// `avoid`: values the masked one must not be (every original value of the column).
    virtual MaskedCell mask(const QString& schema, const QString& table, const QString& column,
                            const QHash<QString, QVariant>& row, qint64 ordinal, const QSet<QString>& avoid) const = 0;
};

} // namespace Pg
