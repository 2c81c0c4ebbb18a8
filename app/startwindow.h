// SPDX-License-Identifier: MIT
#pragma once

#include <neon/client.h>
#include <neon/credentials.h>

#include <QMainWindow>

#include <map>

class QAction;
class QLabel;
class QLineEdit;
class QTreeView;
class DetailsPanel;

namespace Models {
class BranchFilterProxy;
class ProjectTreeModel;
} // namespace Models

/// The first window: the organization's projects with their branch hierarchies (loaded when a
/// project is expanded), a search that keeps the ancestors of matches, and where the key came
/// from. The full branch tree of the next issue (lanes, badges, details) grows from here.
class StartWindow : public QMainWindow
{
    Q_OBJECT
public:
    StartWindow(Neon::Client* client, const Neon::Credential& credential, QWidget* parent = nullptr);
    ~StartWindow() override;

    void refresh();
    /// Shows the snapshot at `path` at once (marked as such until the refresh), and keeps the
    /// tree there for the next start.
    void useSnapshot(const QString& path);
    /// In demo mode: what the sandbox's data plane is doing (shown permanently in the status bar).
    void setSandboxStatus(const QString& status);

private:
    void loadBranches(const QString& projectId);
    void saveSnapshot();
    void showError(const Neon::Error& error);

    Neon::Client* m_client;
    QLabel* m_status;
    QLineEdit* m_search;
    QTreeView* m_tree;
    DetailsPanel* m_details;
    QAction* m_refresh;
    Models::ProjectTreeModel* m_model;
    Models::BranchFilterProxy* m_proxy;
    QString m_snapshotPath;
    QDateTime m_showingSnapshotFrom; ///< valid until the first successful refresh
    Neon::Pending<QList<Neon::Project>> m_projects;
    std::map<QString, std::pair<Neon::Pending<Neon::BranchList>, Neon::Pending<QList<Neon::Endpoint>>>> m_loading;
};
