// SPDX-License-Identifier: MIT
#pragma once

#include "masking.h"

#include <pg/cellmasker.h>

#include <neon/anonymization.h>

#include <memory>

namespace Models {

/// The masking rules of one database, applied by Masking::Masker for Canopy's own anonymized
/// load (Pg::AnonymizedLoad asks it per cell). Each rule is parsed once. A function only Neon can
/// compute is a problem, never a pass-through of the original.
class RulesMasker : public Pg::CellMasker
{
public:
    /// `rules`: those of the database being loaded; `seed`: the masker's random seed.
    RulesMasker(const QList<Neon::MaskingRule>& rules, quint64 seed);
    ~RulesMasker() override;

    QStringList maskedColumns(const QString& schema, const QString& table) const override;
    QStringList columnsRead(const QString& schema, const QString& table) const override;
    Pg::MaskedCell mask(const QString& schema, const QString& table, const QString& column,
                        const QHash<QString, QVariant>& row, qint64 ordinal, const Pg::IsOriginal& isOriginal) const override;
    ColumnMask columnMask(const QString& schema, const QString& table, const QString& column) const override;

private:
    struct Prepared
    {
        Neon::MaskingRule rule;
        std::shared_ptr<Masking::Expression> expression; ///< null: a bare literal or a parse error
        QString parseError;
    };
    static QString key(const QString& schema, const QString& table) { return schema + u'.' + table; }
    const Prepared* find(const QString& schema, const QString& table, const QString& column) const;
    Pg::MaskedCell apply(const Prepared& prepared, const QString& column, const QHash<QString, QVariant>& row, qint64 ordinal,
                         const Pg::IsOriginal& isOriginal) const;

    QHash<QString, QHash<QString, Prepared>> m_rules; ///< schema.table → column → rule
    QHash<QString, QStringList> m_columns; ///< schema.table → masked columns, in rule order
    Masking::Masker m_masker;
};

} // namespace Models
