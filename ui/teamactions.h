// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QAction;
class QDialog;

namespace Neon {
class Client;
}

namespace Ui {

class MainWindow;

/// The team lead's menu: stale-branch cleanup over the organization, bulk actions on a
/// project's branches, and the workflow templates (set up environments, add a developer).
class TeamActions : public QObject
{
    Q_OBJECT
public:
    TeamActions(MainWindow* window, Neon::Client* client);

    QAction* cleanupAction() const { return m_cleanup; }
    QAction* bulkAction() const { return m_bulk; }
    QAction* environmentsAction() const { return m_environments; }
    QAction* addDeveloperAction() const { return m_addDeveloper; }
    /// The anonymized-base wizard, offered by "Set up environments" for production data with PII.
    void setAnonymizedBaseAction(QAction* action) { m_anonymizedBase = action; }

Q_SIGNALS:
    void dialogOpened(QDialog* dialog);

private:
    void cleanup();
    void bulk();
    void environments(bool addDeveloper);
    void updateEnabled();
    void show(QDialog* dialog);

    MainWindow* m_window;
    Neon::Client* m_client;
    QAction* m_cleanup;
    QAction* m_bulk;
    QAction* m_environments;
    QAction* m_addDeveloper;
    QAction* m_anonymizedBase = nullptr;
};

} // namespace Ui
