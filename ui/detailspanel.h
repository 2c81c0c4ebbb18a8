// SPDX-License-Identifier: MIT
#pragma once

#include <models/branchfacts.h>
#include <neon/client.h>

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QTextEdit;
class QVBoxLayout;
class QPushButton;

namespace Ui {

class SecretClipboard;

/// The facts of the selected branch: its fields, computes, databases, roles, and a connection
/// string whose password shows only on request; or of the selected project: its layout, base and
/// root branches, restore window. Reads through the client; never blocks.
class DetailsPanel : public QWidget
{
    Q_OBJECT
public:
    DetailsPanel(Neon::Client* client, SecretClipboard* clipboard, QWidget* parent = nullptr);
    ~DetailsPanel() override;

    void showBranch(const QString& projectId, const Neon::Branch& branch, const QString& parentName = {},
                    const Models::BranchActivity& activity = {});
    /// A project row: `branches` are its loaded branches (empty while they load).
    void showProject(const Neon::Project& project, const QList<Neon::Branch>& branches, bool loaded);
    void showNothing(const QString& hint);
    /// The project panel's rows as "Label: value" lines, for tests and accessibility.
    QStringList projectRows() const;
    QString copyNote() const;
    /// Its controls in Tab order.
    QList<QWidget*> focusChain() const;
    /// The branch shown (empty when none): for the window's actions and for tests.
    const Neon::Branch& branch() const { return m_branch; }
    QString title() const;
    class ComputesSection* computes() const { return m_computes; }
    class ObjectsSection* objects() const { return m_objects; }
    /// The project panel's "Change Restore Window…" (null while no project is shown).
    QPushButton* restoreWindowButton() const { return m_restoreWindowButton; }

Q_SIGNALS:
    /// A change made from the panel (the restore window) was accepted by the server.
    void projectChanged(const Neon::Project& project);

private:
    void fetchUri();
    void loadConnectionChoices(); ///< the databases and roles to choose from, keeping the choice
    void showUri();
    void showOperations();
    void showRootAllowance();
    void changeRestoreWindow(const Neon::Project& project);
    void addConnectionRows(QVBoxLayout* layout);
    void addRow(QFormLayout* form, const QString& label, const QString& value);

    Neon::Client* m_client;
    QString m_projectId;
    Neon::Branch m_branch;
    QLabel* m_title;
    SecretClipboard* m_clipboard;
    QWidget* m_body; ///< everything but the title: hidden while nothing is selected
    QWidget* m_projectBody; ///< the project panel, shown instead of m_body for project rows
    QFormLayout* m_projectForm;
    QLabel* m_rootAllowance = nullptr;
    int m_rootCount = 0;
    int m_rootLimit = -1; ///< the plan's root-branch allowance, once /users/me answered
    QString m_plan; ///< `/users/me` plan, once it answered
    QPushButton* m_restoreWindowButton = nullptr;
    QLabel* m_restoreWindow = nullptr;
    Neon::Pending<Neon::ProjectOperations> m_projectReply;
    QLabel* m_copyNote;
    QLabel* m_badges;
    QFormLayout* m_form;
    class ComputesSection* m_computes;
    class ObjectsSection* m_objects;
    QLabel* m_operations;
    QComboBox* m_database;
    QComboBox* m_role;
    QCheckBox* m_pooled;
    QTextEdit* m_uri;
    QPushButton* m_reveal;
    QPushButton* m_copy;
    QString m_fullUri;
    Neon::Pending<QList<Neon::Database>> m_databasesReply;
    Neon::Pending<QList<Neon::Role>> m_rolesReply;
    Neon::Pending<Neon::ConnectionUri> m_uriReply;
    Neon::Pending<Neon::OperationPage> m_operationsReply;
    Neon::Pending<Neon::CurrentUser> m_userReply;
};

} // namespace Ui
