// SPDX-License-Identifier: MIT
#include "startwindow.h"

#include "detailspanel.h"

#include <models/branchfilterproxy.h>
#include <models/projecttreemodel.h>
#include <models/treesnapshot.h>

#include <QAction>
#include <QFile>
#include <QLocale>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

StartWindow::StartWindow(Neon::Client* client, const Neon::Credential& credential, QWidget* parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_status(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_details(new DetailsPanel(client, this))
    , m_model(new Models::ProjectTreeModel(this))
    , m_proxy(new Models::BranchFilterProxy(this))
{
    setWindowTitle(tr("Canopy"));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_search->setPlaceholderText(tr("Search branches by name or id (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search branches"));
    m_proxy->setSourceModel(m_model);
    m_tree->setModel(m_proxy);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(Models::ProjectTreeModel::NameColumn, Qt::AscendingOrder);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAnimated(true);
    m_tree->setAccessibleName(tr("Projects and branches"));
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    layout->addWidget(m_search);
    layout->addWidget(m_status);
    auto* split = new QSplitter(Qt::Horizontal, central);
    split->addWidget(m_tree);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    setCentralWidget(central);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        const auto* branch = static_cast<const Neon::Branch*>(
            current.data(Models::ProjectTreeModel::BranchPointerRole).value<const void*>());
        if (branch) {
            const QModelIndex parent = current.parent();
            const bool parentIsBranch = parent.data(Models::ProjectTreeModel::BranchPointerRole).value<const void*>();
            m_details->showBranch(current.data(Models::ProjectTreeModel::ProjectIdRole).toString(), *branch,
                                  parentIsBranch ? parent.data().toString() : QString());
        }
        else
            m_details->showNothing(tr("Select a branch to see its details."));
    });

    auto* toolbar = addToolBar(tr("Main"));
    toolbar->setMovable(false);
    m_refresh = toolbar->addAction(tr("Refresh"), this, &StartWindow::refresh);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Reload the projects and the loaded branches (%1)").arg(QKeySequence(QKeySequence::Refresh).toString()));
    m_refresh->setEnabled(credential.isValid());
    auto* find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_search, [this] { m_search->setFocus(); });
    addAction(find);

    connect(m_model, &Models::ProjectTreeModel::branchesRequested, this, &StartWindow::loadBranches);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilter({text.trimmed(), {}, 0, 0});
        if (!text.trimmed().isEmpty())
            m_tree->expandAll(); // show where the matches are
    });

    const QString host = client->config().baseUrl.toDisplayString();
    if (credential.isValid()) {
        statusBar()->showMessage(tr("API key %1 · %2").arg(credential.origin, host));
    } else {
        statusBar()->showMessage(tr("No API key · %1").arg(host));
        QString text = tr("No Neon API key was found. Start Canopy with --api-key, set NEON_API_KEY, or store a key in "
                          "the system keychain. To look around without an account, start it with --demo.");
        if (!credential.notes.isEmpty())
            text += QLatin1Char(' ') + tr("(%1)").arg(credential.notes.join(QStringLiteral("; ")));
        m_status->setText(text);
    }
    resize(1280, 620);
}

StartWindow::~StartWindow()
{
    saveSnapshot();
}

void StartWindow::useSnapshot(const QString& path)
{
    m_snapshotPath = path;
    Models::TreeSnapshot snapshot;
    QString error;
    if (!QFile::exists(path) || !Models::TreeSnapshot::load(path, &snapshot, &error))
        return; // nothing usable: the first refresh fills the tree
    snapshot.applyTo(*m_model);
    m_showingSnapshotFrom = snapshot.savedAt;
    for (int row = 0; row < std::min(m_proxy->rowCount(), 8); ++row)
        m_tree->expandRecursively(m_proxy->index(row, 0));
    m_status->setText(tr("Showing the tree as it was at %1; refreshing…")
                          .arg(QLocale().toString(snapshot.savedAt.toLocalTime(), QLocale::ShortFormat)));
}

void StartWindow::saveSnapshot()
{
    if (m_snapshotPath.isEmpty() || m_model->rowCount() == 0)
        return;
    QString error;
    if (!Models::TreeSnapshot::of(*m_model).save(m_snapshotPath, &error))
        qWarning("canopy: could not keep the tree for the next start: %s", qPrintable(error));
}

void StartWindow::refresh()
{
    m_status->setText(tr("Loading projects…"));
    m_refresh->setEnabled(false);
    m_projects = m_client->projects();
    auto* reply = m_projects.get();
    connect(reply, &Neon::Reply::progress, this, [this](const QString& message) { m_status->setText(message); });
    connect(reply, &Neon::Reply::finished, this, [this, reply] {
        m_refresh->setEnabled(true);
        if (!reply->ok())
            return showError(reply->error());
        const bool first = m_model->rowCount() == 0;
        m_showingSnapshotFrom = QDateTime();
        m_model->setProjects(reply->value());
        m_status->setText(tr("%n project(s), refreshed at %1", nullptr, int(reply->value().size()))
                              .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
        saveSnapshot();
        // Branches already shown are refreshed too; the tree merges, so nothing collapses.
        for (const Neon::Project& p : reply->value()) {
            if (!m_model->canFetchMore(m_model->projectIndex(p.id)))
                loadBranches(p.id);
        }
        // A small organization opens fully at first; a large one shows its projects.
        if (first && m_proxy->rowCount() > 0) {
            for (int row = 0; row < std::min(m_proxy->rowCount(), m_proxy->rowCount() <= 8 ? 8 : 1); ++row)
                m_tree->expand(m_proxy->index(row, 0));
        }
    });
}

void StartWindow::loadBranches(const QString& projectId)
{
    if (m_loading.count(projectId))
        return;
    auto& [branches, endpoints] = m_loading[projectId];
    branches = m_client->branches(projectId);
    endpoints = m_client->projectEndpoints(projectId);
    auto done = [this, projectId] {
        auto it = m_loading.find(projectId);
        if (it == m_loading.end() || !it->second.first->isFinished() || !it->second.second->isFinished())
            return;
        auto& [b, e] = it->second;
        if (!b->ok()) {
            showError(b->error());
        } else {
            // A branch's last activity is its most recent compute's.
            QHash<QString, Models::BranchActivity> lastActive;
            if (e->ok()) {
                for (const Neon::Endpoint& endpoint : e->value()) {
                    Models::BranchActivity& a = lastActive[endpoint.branchId];
                    a.lastActive = std::max(a.lastActive, endpoint.lastActive);
                    if (endpoint.currentState == QLatin1String("active"))
                        a.compute = Models::ComputeState::Active;
                    else if (a.compute == Models::ComputeState::None)
                        a.compute = Models::ComputeState::Idle;
                }
            }
            const bool firstLoad = m_model->canFetchMore(m_model->projectIndex(projectId));
            m_model->setBranches(projectId, b->value().branches, lastActive);
            const QModelIndex shown = m_proxy->mapFromSource(m_model->projectIndex(projectId));
            if (firstLoad && m_tree->isExpanded(shown))
                m_tree->expandRecursively(shown); // the hierarchy is what people came to see
        }
        it->second.first.release()->deleteLater();
        it->second.second.release()->deleteLater();
        m_loading.erase(it);
    };
    connect(branches.get(), &Neon::Reply::finished, this, done);
    connect(endpoints.get(), &Neon::Reply::finished, this, done);
}

void StartWindow::showError(const Neon::Error& error)
{
    QString text = error.toUserText();
    if (m_showingSnapshotFrom.isValid())
        text += QLatin1Char(' ') + tr("Showing the tree as it was at %1; press Refresh to try again.")
                                       .arg(QLocale().toString(m_showingSnapshotFrom.toLocalTime(), QLocale::ShortFormat));
    m_status->setText(text);
}

void StartWindow::setSandboxStatus(const QString& status)
{
    auto* label = new QLabel(status.startsWith(QLatin1String("PostgreSQL"))
                                 ? tr("Sandbox databases: %1").arg(status)
                                 : tr("Sandbox data operations unavailable: %1").arg(status),
                             this);
    label->setToolTip(tr("The demo sandbox keeps each branch's databases in a private PostgreSQL server."));
    statusBar()->addPermanentWidget(label);
}
