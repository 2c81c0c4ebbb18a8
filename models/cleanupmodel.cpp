// SPDX-License-Identifier: MIT
#include "cleanupmodel.h"

#include "formatting.h"

#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Models {

CleanupModel::CleanupModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CleanupModel::setPlan(const CleanupPlan& plan)
{
    CleanupReport report;
    report.plan = plan;
    setReport(report);
}

void CleanupModel::setReport(const CleanupReport& report)
{
    beginResetModel();
    m_report = report;
    m_rowOf.clear();
    for (int i = 0; i < m_report.plan.entries.size(); ++i)
        m_rowOf.insert(m_report.plan.entries.at(i).branchId, i);
    endResetModel();
}

void CleanupModel::setOutcome(const QString& branchId, const BatchOutcome& outcome)
{
    const int row = m_rowOf.value(branchId, -1);
    if (row < 0)
        return;
    m_report.outcomes.insert(branchId, outcome);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void CleanupModel::setRecovered(const QString& branchId, const QDateTime& at)
{
    const int row = m_rowOf.value(branchId, -1);
    if (row < 0)
        return;
    m_report.recovered.insert(branchId, at);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int CleanupModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_report.plan.entries.size());
}

int CleanupModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CleanupModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CleanupEntry& e = m_report.plan.entries.at(index.row());
    const CleanupReport::Outcome outcome = m_report.outcomeOf(e);
    const BatchOutcome::Status status = m_report.outcomes.value(e.branchId).status;
    switch (role) {
    case DeletesRole: return e.deletes();
    case OutcomeRole: return int(outcome);
    case BranchIdRole: return e.branchId;
    case ProjectIdRole: return e.projectId;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Decision:
            switch (outcome) {
            case CleanupReport::Outcome::Kept: return tr("keep");
            case CleanupReport::Outcome::Deleted: return tr("deleted");
            case CleanupReport::Outcome::Recovered: return tr("recovered");
            case CleanupReport::Outcome::Failed: return tr("failed");
            case CleanupReport::Outcome::Skipped: return tr("skipped");
            case CleanupReport::Outcome::Waiting:
                return status == BatchOutcome::Status::Running ? tr("deleting…") : tr("delete");
            }
            return {};
        case Project: return Formatting::printable(e.projectName);
        case Branch: return QString(QString(e.depth * 2, QLatin1Char(' ')) + Formatting::printable(e.branchName));
        case Idle: return e.idleDays == 1 ? tr("1 day") : tr("%1 days").arg(e.idleDays);
        case LastActivity:
            return e.lastActivity.isValid() ? QLocale().toString(e.lastActivity.toLocalTime().date(), QLocale::ShortFormat) : QString();
        case Reason: return Formatting::printable(m_report.messageOf(e));
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == LastActivity && e.lastActivity.isValid())
            return QLocale().toString(e.lastActivity.toLocalTime(), QLocale::LongFormat);
        return index.column() == Reason || index.column() == Decision ? QVariant(m_report.messageOf(e)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Idle ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::FontRole:
        if (index.column() == Decision && e.deletes()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    return {};
}

QVariant CleanupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Decision: return tr("Decision");
    case Project: return tr("Project");
    case Branch: return tr("Branch");
    case Idle: return tr("Quiet for");
    case LastActivity: return tr("Last activity");
    case Reason: return tr("Why");
    }
    return {};
}

} // namespace Models
