// SPDX-License-Identifier: MIT
#pragma once

#include <models/cleanuprun.h>

#include <QDialog>
#include <QPointer>

#include <memory>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace Neon {
class Client;
}
namespace Models {
class CleanupModel;
class CleanupScan;
} // namespace Models

namespace Ui {

/// Stale-environment cleanup over an organization (or one project): criteria and presets, a
/// dry-run plan that says why each branch is in or out, then — after a confirmation — the
/// deletions with progress, ETA and cancel, a report of what was and was not done, exports of
/// plan and report (CSV, JSON) and recovery of what was deleted.
class CleanupDialog : public QDialog
{
    Q_OBJECT
public:
    struct Scope
    {
        QString orgId;
        QString orgName;
        QString projectId; ///< the selected project, offered as "only this project"
        QString projectName;
    };
    CleanupDialog(Neon::Client* client, Scope scope, QWidget* parent = nullptr);
    ~CleanupDialog() override;

    void setCriteria(const Models::CleanupCriteria& criteria);
    Models::CleanupCriteria criteria() const;
    void setOnlyCurrentProject(bool only);

    /// Loads the branches and plans (no change on the server).
    void buildPlan();
    /// Asks for confirmation, then deletes the planned branches.
    void deletePlanned();
    void cancelRun();
    bool isBusy() const;

    Models::CleanupModel* model() const { return m_model; }
    QPushButton* deleteButton() const { return m_delete; }
    QPushButton* recoverButton() const { return m_recover; }
    QString summaryText() const;

Q_SIGNALS:
    void planReady();
    void runFinished();
    /// Branches of these projects were deleted or recovered: the tree should reload them.
    void projectsChanged(const QStringList& projectIds);

protected:
    void closeEvent(QCloseEvent* event) override;
    void reject() override;

private:
    void createCriteriaFields();
    QFormLayout* buildCriteriaForm();
    void buildPlanView();
    QHBoxLayout* buildButtons();
    void connectSignals();
    void applyPreset(int index);
    void criteriaEdited();
    void startRun();
    void runProgress();
    void runEnded();
    void exportTo(bool report);
    void recover();
    void updateButtons();
    void setSummary(const QString& text, bool problem = false);

    Neon::Client* m_client;
    Scope m_scope;
    QComboBox* m_preset;
    QCheckBox* m_useInactive;
    QSpinBox* m_inactiveDays;
    QCheckBox* m_useOlder;
    QSpinBox* m_olderDays;
    QCheckBox* m_usePatterns;
    QLineEdit* m_patterns;
    QCheckBox* m_expired;
    QCheckBox* m_noCompute;
    QComboBox* m_scopeBox;
    QPushButton* m_build;
    QCheckBox* m_showKept;
    QTableView* m_table;
    Models::CleanupModel* m_model;
    QSortFilterProxyModel* m_filter;
    QLabel* m_summary;
    QProgressBar* m_progress;
    QPushButton* m_delete;
    QPushButton* m_cancel;
    QPushButton* m_exportPlan;
    QPushButton* m_exportReport;
    QPushButton* m_recover;
    std::unique_ptr<Models::CleanupScan> m_scan;
    std::unique_ptr<Models::CleanupRun> m_run;
    bool m_planStale = true;
    bool m_ran = false;
    bool m_closeWhenDone = false;
};

} // namespace Ui
