// SPDX-License-Identifier: MIT
#pragma once

#include "cleanuprun.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Models {

/// A cleanup plan as a table, one row per branch in tree order, and then what the run did to
/// each: outcome and message columns fill in as deletions finish.
class CleanupModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Decision, Project, Branch, Idle, LastActivity, Reason, ColumnCount };
    enum Roles { DeletesRole = Qt::UserRole + 1, OutcomeRole, BranchIdRole, ProjectIdRole };

    explicit CleanupModel(QObject* parent = nullptr);

    void setPlan(const CleanupPlan& plan);
    /// The outcomes so far (a running or finished run).
    void setReport(const CleanupReport& report);
    /// One deletion changed state.
    void setOutcome(const QString& branchId, const BatchOutcome& outcome);
    /// A deleted branch was brought back.
    void setRecovered(const QString& branchId, const QDateTime& at);
    const CleanupReport& report() const { return m_report; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    CleanupReport m_report;
    QHash<QString, int> m_rowOf; ///< branch id → row
};

} // namespace Models
