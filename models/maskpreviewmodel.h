// SPDX-License-Identifier: MIT
#pragma once

#include "masking.h"

#include <QAbstractTableModel>

namespace Models {

/// Sample rows of one table, original and masked side by side: for each column of the table
/// two columns, "name" and "name (masked)". Masking runs in the app (Masking::Masker) under a
/// seed; nothing is written anywhere. Cells the masker cannot compute say "computed on Neon".
class MaskPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    /// ChangedRole: the masked cell differs from the original; OnNeonRole: computed on Neon only;
    /// ProblemRole: why a rule could not be applied; SortRole: the raw value.
    enum Role { SortRole = Qt::UserRole, ChangedRole, OnNeonRole, ProblemRole };
    Q_ENUM(Role)

    explicit MaskPreviewModel(QObject* parent = nullptr);

    void setSample(const QStringList& columns, const QList<QHash<QString, QVariant>>& rows);
    /// The rules of this table (others are ignored); re-masks the sample in place.
    void setRules(const QList<Neon::MaskingRule>& rules, quint64 seed = 0);

    int maskedCellCount() const;
    int changedCellCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void remask();

    QStringList m_columns;
    QList<QHash<QString, QVariant>> m_rows;
    QHash<QString, Neon::MaskingRule> m_rules; ///< by column
    quint64 m_seed = 0;
    QList<QList<Masking::Cell>> m_masked; ///< [row][column]; invalid Cell for unmasked columns
};

} // namespace Models
