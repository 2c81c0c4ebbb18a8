// SPDX-License-Identifier: MIT
#pragma once

#include <models/branchfacts.h>
#include <models/branchload.h>
#include <neon/client.h>
#include <neon/credentials.h>

#include <QMainWindow>
#include <QSet>
#include <QTimer>

#include <functional>
#include <map>

class QActionGroup;
class QComboBox;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;

namespace Models {
class BranchFilterProxy;
class ProjectTreeModel;
} // namespace Models

namespace Ui {

class ActivityIndicator;
class BranchDelegate;
class BranchTreeView;
class DetailsPanel;
class ErrorBanner;
class FilterBar;
class SecretClipboard;

/// The main window: an organization's projects with their branch hierarchies (loaded when a
/// project is expanded, merged on every refresh), filters that keep ancestors, the selected
/// branch's details, and what is running. Talks to Neon only through the client; never blocks.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Neon::Client* client, const Neon::Credential& credential, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Reloads the organizations (first time), the projects and every loaded project's branches.
    void refresh();
    /// Snapshots live in `folder`, one per account (`accountDigest`, never the key) and
    /// organization; the current one is shown at once, marked, until the refresh replaces it.
    void setSnapshotLocation(const QString& folder, const QString& accountDigest);
    /// In demo mode: what the sandbox's data plane is doing (kept in the status bar).
    void setSandboxStatus(const QString& status);
    /// The actions of later features: added to the Branch menu, the toolbar (if `toolbar`) and
    /// the tree's context menu; enabled only while a branch is selected.
    void addBranchAction(QAction* action, bool toolbar = false);

    /// Reloads one project's branches (after an action); the tree merges the answer.
    void reloadBranches(const QString& projectId);
    /// Selects (and reveals) a branch once it is in the tree.
    void selectBranch(const QString& projectId, const QString& branchId);
    /// Selects the branch when the project's branches next arrive (after a create or rename).
    void selectBranchWhenLoaded(const QString& projectId, const QString& branchId);
    /// Shows an error in the window's banner; `retry` runs from its Retry button.
    void reportError(const Neon::Error& error, const QString& context, std::function<void()> retry = {});
    Neon::Client* client() const { return m_client; }

    const Neon::Branch* currentBranch() const;
    QString currentProjectId() const;
    QString organizationId() const { return m_orgId; }
    /// When the tree last merged an answer from the server (the status bar's "refreshed HH:MM").
    QTime lastRefreshed() const { return m_refreshedTime; }

    BranchTreeView* tree() const { return m_tree; }
    Models::ProjectTreeModel* model() const { return m_model; }
    Models::BranchFilterProxy* proxy() const { return m_proxy; }
    DetailsPanel* details() const { return m_details; }
    ErrorBanner* banner() const { return m_banner; }
    FilterBar* filterBar() const { return m_filters; }
    ActivityIndicator* activity() const { return m_activity; }
    /// Help menu, for the tour and other guides to add themselves to.
    QMenu* helpMenu() const { return m_helpMenu; }
    /// A panel shown in the details' place while it is visible (the tour): the tree keeps its
    /// width, and a narrow window does not grow.
    void addSidePanel(QWidget* panel);
    void showSidePanel(QWidget* panel, bool show);
    /// Rows (project or branch ids) outlined in the tree, for the tour to point at.
    void setMarkedRows(const QSet<QString>& ids);
    /// The one clipboard for passwords: the details panel's Copy and the Copy action share it.
    SecretClipboard* secretClipboard() const { return m_secretClipboard; }

Q_SIGNALS:
    /// A refresh ended: the projects and every requested project's branches arrived (or failed).
    void refreshFinished(bool ok);
    void currentBranchChanged();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void setUpTree();
    void connectSignals();
    void buildMenus();
    void setUpStatusBar();
    void restoreSettings();
    void saveSettings() const;
    void setAutoRefresh(int minutes);
    void loadOrganizations();
    void loadProjects();
    void switchOrganization(const QString& orgId);
    void loadBranches(const QString& projectId);
    void branchesArrived(const QString& projectId);
    void finishRefreshIfDone();
    QString snapshotPath() const;
    void showSnapshot();
    void saveSnapshot();
    void showError(const Neon::Error& error, const QString& context, std::function<void()> retry);
    void selectionChanged(const QModelIndex& current);
    void showContextMenu(const QPoint& pos);
    void applyWantedExpansion();
    void updateCounts();
    void goToFirstMatch();
    void setUpTabOrder();

    Neon::Client* m_client;
    Neon::Credential m_credential;
    SecretClipboard* m_secretClipboard;
    ErrorBanner* m_banner;
    FilterBar* m_filters;
    BranchTreeView* m_tree;
    BranchDelegate* m_delegate = nullptr;
    DetailsPanel* m_details;
    QSplitter* m_split;
    QStackedWidget* m_rightPane;
    ActivityIndicator* m_activity;
    QLabel* m_refreshedAt;
    QComboBox* m_orgs;
    QAction* m_refresh = nullptr;
    QMenu* m_branchMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QToolBar* m_toolbar = nullptr;
    QList<QAction*> m_branchActions;
    QList<QWidget*> m_permanentStatus; ///< hidden while a status message shows
    Models::ProjectTreeModel* m_model;
    Models::BranchFilterProxy* m_proxy;
    QTimer m_autoRefresh;
    int m_autoRefreshMinutes = 0;
    QString m_orgId;
    bool m_orgsLoaded = false;
    bool m_refreshing = false;
    bool m_refreshOk = true;
    bool m_expandFully = false;
    bool m_expansionQueued = false;
    QTime m_refreshedTime;
    QSet<QString> m_wantedExpanded; ///< ids to expand as their rows arrive (from settings)
    QString m_snapshotFolder;
    QString m_accountDigest;
    QDateTime m_showingSnapshotFrom; ///< valid until the first successful refresh
    std::function<void()> m_retry;
    std::pair<QString, QString> m_selectWhenLoaded; ///< project id, branch id
    Neon::Pending<QList<Neon::Organization>> m_orgsReply;
    Neon::Pending<QList<Neon::Project>> m_projects;
    std::map<QString, Neon::Pending<Models::BranchesWithActivity>> m_loading;
};

} // namespace Ui
