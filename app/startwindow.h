// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

#include <neon/client.h>
#include <neon/credentials.h>

class QAction;
class QLabel;
class QTreeWidget;

/// The first window: where the API key came from, and the account's projects.
/// The branch tree replaces the project table when it lands (issue "The branch tree").
class StartWindow : public QMainWindow
{
    Q_OBJECT
public:
    StartWindow(Neon::Client* client, const Neon::Credential& credential, QWidget* parent = nullptr);

    void refresh();
    /// In demo mode: what the sandbox's data plane is doing (shown permanently in the status bar).
    void setSandboxStatus(const QString& status);

private:
    void showError(const Neon::Error& error);

    Neon::Client* m_client;
    QLabel* m_status;
    QTreeWidget* m_projects;
    QAction* m_refresh;
    Neon::Pending<QList<Neon::Project>> m_pending;
};
