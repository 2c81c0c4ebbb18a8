// SPDX-License-Identifier: MIT
#include "maskpreviewmodel.h"

using namespace Qt::StringLiterals;

namespace Models {

MaskPreviewModel::MaskPreviewModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void MaskPreviewModel::setSample(const QStringList& columns, const QList<QHash<QString, QVariant>>& rows)
{
    beginResetModel(); // a new sample is a new table: nothing to preserve
    m_columns = columns;
    m_rows = rows;
    remask();
    endResetModel();
}

void MaskPreviewModel::setRules(const QList<Neon::MaskingRule>& rules, quint64 seed)
{
    m_rules.clear();
    for (const Neon::MaskingRule& r : rules)
        m_rules.insert(r.columnName, r);
    m_seed = seed;
    remask();
    if (!m_rows.isEmpty() && !m_columns.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void MaskPreviewModel::remask()
{
    const Masking::Masker masker(m_seed);
    m_masked.clear();
    m_masked.reserve(m_rows.size());
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        QList<Masking::Cell> cells;
        for (const QString& c : std::as_const(m_columns)) {
            const auto rule = m_rules.constFind(c);
            cells.append(rule == m_rules.cend() ? Masking::Cell{m_rows.at(r).value(c), false, {}}
                                                : masker.apply(*rule, m_rows.at(r), r));
        }
        m_masked.append(cells);
    }
}

int MaskPreviewModel::maskedCellCount() const
{
    return int(m_rows.size()) * int(std::count_if(m_columns.cbegin(), m_columns.cend(), [this](const QString& c) { return m_rules.contains(c); }));
}

int MaskPreviewModel::changedCellCount() const
{
    int n = 0;
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        for (qsizetype c = 0; c < m_columns.size(); ++c)
            n += m_masked.at(r).at(c).value != m_rows.at(r).value(m_columns.at(c)) && !m_masked.at(r).at(c).computedOnNeon;
    }
    return n;
}

int MaskPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MaskPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size()) * 2;
}

QVariant MaskPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int column = index.column() / 2;
    const bool masked = index.column() % 2 == 1;
    const QVariant original = m_rows.at(index.row()).value(m_columns.at(column));
    const Masking::Cell& cell = m_masked.at(index.row()).at(column);
    const QVariant value = masked ? cell.value : original;
    switch (role) {
    case Qt::DisplayRole:
        if (masked && cell.computedOnNeon)
            return tr("computed on Neon");
        if (masked && !cell.problem.isEmpty())
            return tr("(rule fails: %1)").arg(cell.problem);
        return value.isNull() ? u"NULL"_s : value.toString();
    case SortRole: return value;
    case ChangedRole: return masked && !cell.computedOnNeon && cell.value != original;
    case OnNeonRole: return masked && cell.computedOnNeon;
    case ProblemRole: return masked ? cell.problem : QString();
    case Qt::ToolTipRole:
        if (masked && m_rules.contains(m_columns.at(column))) {
            const Neon::MaskingRule& r = m_rules[m_columns.at(column)];
            return r.maskingFunction.isEmpty() ? tr("Masked with the value %1").arg(r.maskingValue)
                                               : tr("Masked with %1").arg(r.maskingFunction);
        }
        return {};
    default: return {};
    }
}

QVariant MaskPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString name = m_columns.at(section / 2);
    return section % 2 == 0 ? name : tr("%1 (masked)").arg(name);
}

} // namespace Models
