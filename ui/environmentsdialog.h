// SPDX-License-Identifier: MIT
#pragma once

#include <models/batchrunner.h>
#include <models/environmentplan.h>
#include <neon/responses.h>

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace Neon {
class Client;
}

namespace Ui {

/// Neon's workflows in one dialog: a base from the default branch (main-dev, or the anonymized
/// path through its own wizard), then dev-<name>, preview-pr-<n> and qa-<topic> branches with
/// expiry and compute presets. "Add developer" is the same with one name.
class EnvironmentsDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { SetUp, AddDeveloper };
    EnvironmentsDialog(Mode mode, Neon::Client* client, QString projectId, QList<Neon::Branch> branches,
                       QWidget* parent = nullptr);
    ~EnvironmentsDialog() override;

    void setBase(const QString& name);
    void setDevelopers(const QString& commaSeparated);
    void setPullRequests(const QString& commaSeparated);
    void setQaTopics(const QString& commaSeparated);
    void setComputePreset(int index);
    void setOwnRoles(bool on);
    QList<Models::PlannedBranch> plan() const;
    void create();
    QPushButton* createButton() const { return m_create; }
    QString summaryText() const;

Q_SIGNALS:
    /// The PII path: the anonymization wizard builds main-anon first.
    void anonymizedBaseRequested();
    void projectChanged(const QString& projectId);
    void runFinished();

private:
    QFormLayout* buildForm(bool setUp, const QString& sourceName);
    void buildBaseChoices(bool setUp, const QString& sourceName);
    void connectInputs();
    void refresh();
    Neon::BranchCreateOptions optionsFor(const Models::PlannedBranch& p, const QString& parentId) const;
    Models::BatchJob roleJob(const Models::PlannedBranch& p, const QString& branchKey,
                             std::shared_ptr<QHash<QString, QString>> ids) const;

    Mode m_mode;
    Neon::Client* m_client;
    QString m_projectId;
    QList<Neon::Branch> m_branches;
    QString m_sourceId;
    QComboBox* m_base;
    QLineEdit* m_developers;
    QLineEdit* m_pullRequests = nullptr;
    QLineEdit* m_qaTopics = nullptr;
    QSpinBox* m_devExpiry;
    QSpinBox* m_previewExpiry = nullptr;
    QSpinBox* m_qaExpiry = nullptr;
    QComboBox* m_compute;
    QCheckBox* m_ownRoles;
    QListWidget* m_preview;
    QLabel* m_summary;
    QPushButton* m_create;
    std::unique_ptr<Models::BatchRunner> m_runner;
};

} // namespace Ui
