// SPDX-License-Identifier: MIT
#pragma once

#include <neon/client.h>

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QVBoxLayout;

namespace Ui {

/// Reset from parent, or restore from the branch's own history or another branch. Says what
/// will happen (data replaced, connections drop briefly, the connection string stays), which
/// children move under the backup (a backup name is then required), the schema differences per
/// database, and what blocks the action; base branches and branches with children need their
/// name typed to confirm.
class RestoreDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { ResetFromParent, Restore };
    RestoreDialog(Mode mode, Neon::Client* client, const QString& projectId, const Neon::Branch& branch,
                  const QList<Neon::Branch>& projectBranches, QWidget* parent = nullptr);

    Mode mode() const { return m_mode; }
    QString preserveUnderName() const;
    Neon::BranchRestore restoreRequest() const;
    QString blocker() const;
    QString problem() const;

    QLineEdit* backupNameEdit() const { return m_backupName; }
    QLineEdit* confirmEdit() const { return m_confirm; }
    QComboBox* sourceBox() const { return m_source; }
    QPlainTextEdit* diffView() const { return m_diff; }
    QComboBox* databaseBox() const { return m_database; }
    QPushButton* previewButton() const { return m_preview; }

Q_SIGNALS:
    /// "Preview This Moment…": the branch at the chosen time beside now, before restoring.
    void previewRequested(const QDateTime& moment);

private:
    void addDescription(QVBoxLayout* layout, const QString& parentName);
    QFormLayout* buildBackupForm();
    void addSourceRows(QFormLayout* form);
    void addDiffView(QVBoxLayout* layout, const QString& parentName);
    void addConfirmation(QVBoxLayout* layout);
    void loadDatabases();
    void loadDiff();
    void update();
    QString sourceBranchId() const;

    Mode m_mode;
    Neon::Client* m_client;
    QString m_projectId;
    Neon::Branch m_branch;
    QList<Neon::Branch> m_children;
    QList<Neon::Branch> m_projectBranches;
    QString m_blocker;
    QLabel* m_blockerLabel;
    QRadioButton* m_ownHistory = nullptr;
    QRadioButton* m_ownLsn = nullptr;
    QLineEdit* m_lsn = nullptr;
    QRadioButton* m_otherBranch = nullptr;
    QDateTimeEdit* m_time = nullptr;
    QComboBox* m_source = nullptr;
    QCheckBox* m_keepBackup;
    QLineEdit* m_backupName;
    QComboBox* m_database;
    QPlainTextEdit* m_diff;
    QLineEdit* m_confirm;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    QPushButton* m_preview = nullptr;
    class QTimer* m_diffDelay = nullptr;
    Neon::Pending<QList<Neon::Database>> m_databasesReply;
    Neon::Pending<Neon::SchemaDiff> m_diffReply;
};

} // namespace Ui
