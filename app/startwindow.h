// SPDX-License-Identifier: MIT
#pragma once

#include <neon/client.h>
#include <neon/credentials.h>

#include <QMainWindow>

class QLabel;
class QListWidget;

/// The first window: where the API key came from, and the organization's projects.
/// The branch tree replaces the list when it lands (issue "The branch tree").
class StartWindow : public QMainWindow
{
    Q_OBJECT
public:
    StartWindow(Neon::Client* client, const Neon::Credential& credential, QWidget* parent = nullptr);

    void refresh();

private:
    void showError(const Neon::Error& error);

    Neon::Client* m_client;
    QLabel* m_status;
    QListWidget* m_projects;
    Neon::Pending<QList<Neon::Project>> m_pending;
};
