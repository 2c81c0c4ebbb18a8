// SPDX-License-Identifier: MIT
#pragma once

#include <models/batchrunner.h>
#include <models/bulkplan.h>
#include <neon/reply.h>

#include <QDialog>

#include <memory>

class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace Neon {
class Client;
}

namespace Ui {

/// One action over a selection of a project's branches: reset from parent (e.g. every child
/// of main-dev), set, extend or clear expiration, protect or unprotect. Each branch shows
/// beforehand whether Neon's rules let it run, and afterwards how it went.
class BulkActionsDialog : public QDialog
{
    Q_OBJECT
public:
    BulkActionsDialog(Neon::Client* client, QString projectId, const QString& projectName, QList<Neon::Branch> branches,
                      const QString& selectedId, QWidget* parent = nullptr);
    ~BulkActionsDialog() override;

    void setAction(Models::BulkAction action);
    void setExtendDays(int days);
    /// Checks exactly the children of `branchId`.
    void checkChildrenOf(const QString& branchId);
    QStringList checkedNames() const;
    QList<Models::BulkStep> steps() const;
    /// Lists what will change and asks first (Cancel is the default), then runs. Afterwards the
    /// rows are read again from the server and another action can run.
    void apply();
    QPushButton* applyButton() const { return m_apply; }
    QString summaryText() const;

Q_SIGNALS:
    void projectChanged(const QString& projectId);
    void runFinished();
    /// The rows were read again after a run.
    void rowsRefreshed();

protected:
    void reject() override;

private:
    QFormLayout* buildActionForm();
    void buildBranchTree();
    void fillBranchTree();
    void reloadBranches();
    QString changeOf(const Models::BulkStep& step) const;
    QHBoxLayout* buildQuickChecks();
    void refreshChecks();
    void start();
    Neon::PendingReply startStep(const Models::BulkStep& step) const;

    Neon::Client* m_client;
    QString m_projectId;
    QList<Neon::Branch> m_branches;
    QString m_selectedId;
    QComboBox* m_action;
    QDateTimeEdit* m_expiresAt;
    QSpinBox* m_extendDays;
    QTreeWidget* m_tree;
    QHash<QString, QTreeWidgetItem*> m_items;
    QLabel* m_summary;
    QProgressBar* m_progress;
    QPushButton* m_apply;
    QPushButton* m_stop;
    std::unique_ptr<Models::BatchRunner> m_runner;
    Neon::Pending<Neon::BranchList> m_reload;
    QString m_lastRun; ///< what the last run did, kept above the next action's checks
    bool m_updating = false;
};

} // namespace Ui
