// SPDX-License-Identifier: MIT
#pragma once

#include <neon/client.h>

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace Ui {

class SecretClipboard;

/// The databases and roles of the selected branch with what can be done to them: add and delete
/// a database (saying what is lost), add and delete a role (not while it owns databases: the
/// button says which), reveal a role's password to the clipboard, reset it after a confirmation
/// that every application using the role needs the new one.
class ObjectsSection : public QWidget
{
    Q_OBJECT
public:
    ObjectsSection(Neon::Client* client, SecretClipboard* clipboard, QWidget* parent = nullptr);

    void showBranch(const QString& projectId, const Neon::Branch& branch);
    void clear();
    QString status() const;
    const QList<Neon::Database>& databases() const { return m_databases; }
    const QList<Neon::Role>& roles() const { return m_roles; }
    /// "database-delete-NAME", "role-reset-NAME", "role-reveal-NAME", "role-delete-NAME", "database-add", "role-add".
    QPushButton* button(const QString& name) const;

Q_SIGNALS:
    void changed(); ///< databases or roles changed on the server

private:
    void load();
    void rebuild();
    QPushButton* makeButton(const QString& text, const QString& name, bool enabled, const QString& why, std::function<void()> onClick);
    void addRoleRow(const Neon::Role& role);
    void addDatabase();
    void addRole();
    void runDatabase(const QString& doing, const QString& done, Neon::Pending<Neon::DatabaseOperations> pending);
    void runRole(const QString& doing, std::function<QString(const Neon::RoleOperations&)> done,
                 Neon::Pending<Neon::RoleOperations> pending);
    void finished(const Neon::Reply* r, const QString& done);

    Neon::Client* m_client;
    SecretClipboard* m_clipboard;
    QString m_projectId;
    Neon::Branch m_branch;
    QList<Neon::Database> m_databases;
    QList<Neon::Role> m_roles;
    QVBoxLayout* m_rows;
    QLabel* m_status;
    bool m_busy = false;
    Neon::Pending<QList<Neon::Database>> m_databasesReply;
    Neon::Pending<QList<Neon::Role>> m_rolesReply;
    Neon::Pending<Neon::DatabaseOperations> m_databaseAction;
    Neon::Pending<Neon::RoleOperations> m_roleAction;
    Neon::Pending<QString> m_reveal;
};

} // namespace Ui
