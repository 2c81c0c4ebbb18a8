// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "about.h"
#include "activityindicator.h"
#include "branchdelegate.h"
#include "branchtreeview.h"
#include "detailspanel.h"
#include "elidinglabel.h"
#include "errorbanner.h"
#include "filterbar.h"
#include "secretclipboard.h"
#include "shortcutsdialog.h"
#include "theme.h"

#include <models/branchfilterproxy.h>
#include <models/formatting.h>
#include <models/projecttreemodel.h>

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

using Models::ProjectTreeModel;
using namespace Qt::StringLiterals;

namespace Ui {

MainWindow::MainWindow(Neon::Client* client, const Neon::Credential& credential, QWidget* parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_credential(credential)
    , m_secretClipboard(new SecretClipboard(this))
    , m_banner(new ErrorBanner(this))
    , m_filters(new FilterBar(this))
    , m_tree(new BranchTreeView(this))
    , m_details(new DetailsPanel(client, m_secretClipboard, this))
    , m_split(new QSplitter(Qt::Horizontal, this))
    , m_rightPane(new QStackedWidget(this))
    , m_activity(new ActivityIndicator(this))
    , m_refreshedAt(new ElidingLabel({}, this))
    , m_orgs(new QComboBox(this))
    , m_model(new ProjectTreeModel(this))
    , m_proxy(new Models::BranchFilterProxy(this))
{
    setWindowTitle(tr("Canopy"));
    setWindowIcon(icon(u"canopy"_s));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 6, 8, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_filters);
    setUpTree();
    auto* detailsScroll = new QScrollArea(this);
    detailsScroll->setWidget(m_details);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    detailsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the panel wraps; it scrolls down only
    m_split->addWidget(m_tree);
    m_rightPane->addWidget(detailsScroll); // the details, or a side panel (the tour) in their place
    m_split->addWidget(m_rightPane);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    m_split->setChildrenCollapsible(false);
    layout->addWidget(m_split, 1);
    setCentralWidget(central);

    connectSignals();

    m_orgs->setObjectName(u"organizations"_s);
    m_orgs->setAccessibleName(tr("Organization"));
    m_orgs->setToolTip(tr("The organization whose projects are shown"));
    m_orgs->setMinimumContentsLength(18);
    m_orgs->setEnabled(false);
    connect(m_orgs, &QComboBox::activated, this, [this](int row) { switchOrganization(m_orgs->itemData(row).toString()); });
    buildMenus();

    setUpStatusBar();
    setUpTabOrder();
    resize(1360, 760);
    restoreSettings();
}

void MainWindow::setUpTree()
{
    m_proxy->setSourceModel(m_model);
    m_tree->setModel(m_proxy);
    m_delegate = new BranchDelegate(m_tree);
    m_tree->setItemDelegate(m_delegate);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(ProjectTreeModel::NameColumn, Qt::AscendingOrder);
    m_tree->setAccessibleName(tr("Projects and branches"));
    m_tree->setAccessibleDescription(tr("Each project's branches under their parents. Arrows move and open rows, "
                                        "asterisk expands a subtree, the menu key opens its actions."));
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    const int widths[] = {400, 60, 86, 90, 66, 64, 100};
    static_assert(std::size(widths) == ProjectTreeModel::ColumnCount);
    for (int c = 0; c < ProjectTreeModel::ColumnCount; ++c)
        m_tree->header()->resizeSection(c, widths[c]);
    // The name takes what the other columns leave: the tree fits its place without scrolling
    // sideways (1280×720 included), and a wide window gives the badges room.
    m_tree->setFillColumn(ProjectTreeModel::NameColumn, 200);
}

void MainWindow::connectSignals()
{
    // A project changed from its details (the restore window): the tree holds the new facts.
    connect(m_details, &DetailsPanel::projectChanged, this, [this] { refresh(); });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::selectionChanged);
    // A refresh that changes the selected branch (renamed, protected, reset) updates what shows it.
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex& first, const QModelIndex& last) {
        const QModelIndex current = m_tree->currentIndex();
        if (current.isValid() && current.parent() == first.parent() && current.row() >= first.row()
            && current.row() <= last.row())
            selectionChanged(current);
    });
    connect(m_tree, &QWidget::customContextMenuRequested, this, &MainWindow::showContextMenu);
    connect(m_tree, &QTreeView::expanded, this, [this](const QModelIndex& i) {
        m_wantedExpanded.insert(i.data(ProjectTreeModel::IdRole).toString());
    });
    connect(m_tree, &QTreeView::collapsed, this, [this](const QModelIndex& i) {
        m_wantedExpanded.remove(i.data(ProjectTreeModel::IdRole).toString());
    });
    connect(m_model, &ProjectTreeModel::branchesRequested, this, &MainWindow::loadBranches);
    // Rows a filter pass reveals later (ancestors of new matches) open as they were.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!std::exchange(m_expansionQueued, true))
            QMetaObject::invokeMethod(this, [this] {
                m_expansionQueued = false;
                applyWantedExpansion();
            }, Qt::QueuedConnection);
    });
    connect(m_filters, &FilterBar::filterChanged, this, [this](const Models::BranchFilterProxy::Filter& f) {
        m_proxy->setFilter(f);
        m_delegate->setHighlight(f.text);
        m_tree->viewport()->update();
        if (m_proxy->isFiltering())
            m_tree->expandAll(); // show where the matches are
    });
    connect(m_filters, &FilterBar::searchAccepted, this, &MainWindow::goToFirstMatch);
    // A "Copied — cleared in N s" message counts down with the clipboard.
    connect(m_secretClipboard, &SecretClipboard::tick, this, [this](int secondsLeft) {
        const QString message = statusBar()->currentMessage();
        const QString before = m_secretClipboard->copiedText(secondsLeft + 1);
        if (secondsLeft > 0 && message.endsWith(before))
            statusBar()->showMessage(message.chopped(before.size()) + m_secretClipboard->copiedText(), secondsLeft * 1000);
    });
    connect(m_banner, &ErrorBanner::retryRequested, this, [this] {
        if (auto retry = std::exchange(m_retry, nullptr))
            retry();
    });
    connect(&m_autoRefresh, &QTimer::timeout, this, [this] {
        if (!m_refreshing)
            refresh();
    });
}

void MainWindow::setUpStatusBar()
{
    statusBar()->addWidget(m_activity);
    statusBar()->addPermanentWidget(m_refreshedAt);
    const QString host = m_client->config().baseUrl.toDisplayString();
    auto* where = new ElidingLabel(m_credential.isValid() ? tr("Key %1 · %2").arg(m_credential.origin, host) : tr("No API key · %1").arg(host), this);
    where->setAccessibleName(tr("Connection"));
    statusBar()->addPermanentWidget(where);
    m_permanentStatus = {m_refreshedAt, where};
    // A message is what the user is waiting for ("Copied — …", "… done"): while it shows, the
    // fixed items step aside so it is never cut off.
    connect(statusBar(), &QStatusBar::messageChanged, this, [this](const QString& message) {
        for (QWidget* w : std::as_const(m_permanentStatus))
            w->setVisible(message.isEmpty());
    });
    if (!m_credential.isValid()) {
        QString text = tr("No Neon API key was found. Start Canopy with --api-key, set NEON_API_KEY, or store a key in "
                          "the system keychain. To look around without an account, start it with --demo.");
        if (!m_credential.notes.isEmpty())
            text += u" ("_s + m_credential.notes.join(u"; "_s) + u")"_s;
        m_banner->showNotice(text);
    } else if (!m_credential.notes.isEmpty()) {
        statusBar()->showMessage(m_credential.notes.join(u"; "_s), 15000);
    }
}

MainWindow::~MainWindow()
{
    saveSnapshot();
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(icon(u"close"_s), tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(u"viewMenu"_s); // found by name, not by its translated title (InsightDock)
    m_refresh = view->addAction(icon(u"refresh"_s), tr("&Refresh"), QKeySequence::Refresh, this, &MainWindow::refresh);
    m_refresh->setToolTip(tr("Reload the projects and the loaded branches (%1)").arg(QKeySequence(QKeySequence::Refresh).toString()));
    m_refresh->setEnabled(m_credential.isValid());
    QMenu* autoMenu = view->addMenu(icon(u"clock"_s), tr("&Auto-refresh"));
    auto* autoGroup = new QActionGroup(this);
    for (int minutes : {0, 1, 5, 15}) {
        QAction* a = autoMenu->addAction(minutes == 0 ? tr("Off") : tr("Every %n minute(s)", nullptr, minutes));
        a->setCheckable(true);
        a->setData(minutes);
        autoGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, minutes] { setAutoRefresh(minutes); });
    }
    connect(autoMenu, &QMenu::aboutToShow, this, [this, autoGroup] {
        for (QAction* a : autoGroup->actions())
            a->setChecked(a->data().toInt() == m_autoRefreshMinutes);
    });
    view->addSeparator();
    QAction* find = view->addAction(icon(u"search"_s), tr("&Find Branch"), QKeySequence::Find, m_filters, &FilterBar::focusSearch);
    find->setToolTip(tr("Search branches by name or id"));
    view->addAction(tr("&Expand All"), QKeySequence(Qt::CTRL | Qt::Key_Plus), m_tree, &QTreeView::expandAll);
    view->addAction(tr("&Collapse All"), QKeySequence(Qt::CTRL | Qt::Key_Minus), m_tree, &QTreeView::collapseAll);
    view->addSeparator();
    QMenu* themeMenu = view->addMenu(icon(u"theme"_s), tr("&Theme"));
    auto* themes = new QActionGroup(this);
    const std::pair<Theme, QString> choices[] = {{Theme::System, tr("&System")}, {Theme::Light, tr("&Light")}, {Theme::Dark, tr("&Dark")}};
    for (const auto& [theme, label] : choices) {
        QAction* a = themeMenu->addAction(label);
        a->setCheckable(true);
        a->setChecked(themeFromString(QSettings().value(u"view/theme"_s).toString()) == theme);
        themes->addAction(a);
        connect(a, &QAction::triggered, this, [theme] {
            applyTheme(theme);
            QSettings().setValue(u"view/theme"_s, themeToString(theme));
        });
    }

    m_branchMenu = menuBar()->addMenu(tr("&Branch"));
    m_branchMenu->setToolTipsVisible(true);
    QAction* copyName = m_branchMenu->addAction(icon(u"copy"_s), tr("Copy &Name"), this, [this] {
        if (const Neon::Branch* b = currentBranch())
            QGuiApplication::clipboard()->setText(b->name);
    });
    QAction* copyId = m_branchMenu->addAction(tr("Copy &Id"), QKeySequence::Copy, this, [this] {
        if (const Neon::Branch* b = currentBranch())
            QGuiApplication::clipboard()->setText(b->id);
    });
    m_branchMenu->addSeparator();
    m_branchActions = {copyName, copyId};

    QMenu* help = m_helpMenu = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(u"helpMenu"_s);
    help->addAction(tr("&Keyboard Shortcuts"), QKeySequence(Qt::CTRL | Qt::Key_Slash), this, [this] { showShortcuts(this); });
    help->addSeparator();
    help->addAction(tr("&About Canopy"), this, [this] {
        QMessageBox::about(this, tr("About Canopy"), aboutText());
    });

    m_toolbar = addToolBar(tr("Main"));
    m_toolbar->setObjectName(u"mainToolbar"_s);
    m_toolbar->setMovable(false);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->setIconSize(QSize(16, 16));
    auto* orgIcon = new QLabel(this);
    orgIcon->setPixmap(icon(u"organization"_s).pixmap(16, 16));
    m_toolbar->addWidget(orgIcon);
    m_toolbar->addWidget(m_orgs);
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_refresh);
    m_toolbar->addSeparator();
    for (QAction* a : std::as_const(m_branchActions))
        a->setEnabled(false);
}

void MainWindow::addBranchAction(QAction* action, bool toolbar)
{
    m_branchMenu->addAction(action);
    if (toolbar)
        m_toolbar->addAction(action);
    action->setEnabled(currentBranch() != nullptr);
    m_branchActions.append(action);
}

const Neon::Branch* MainWindow::currentBranch() const
{
    return static_cast<const Neon::Branch*>(
        m_tree->currentIndex().data(ProjectTreeModel::BranchPointerRole).value<const void*>());
}

QString MainWindow::currentProjectId() const
{
    return m_tree->currentIndex().data(ProjectTreeModel::ProjectIdRole).toString();
}

void MainWindow::selectionChanged(const QModelIndex& current)
{
    const Neon::Branch* branch = currentBranch();
    for (QAction* a : std::as_const(m_branchActions))
        a->setEnabled(branch != nullptr);
    if (branch) {
        const QModelIndex parent = current.parent();
        const bool parentIsBranch = parent.data(ProjectTreeModel::BranchPointerRole).value<const void*>();
        m_details->showBranch(current.data(ProjectTreeModel::ProjectIdRole).toString(), *branch,
                              parentIsBranch ? parent.sibling(parent.row(), 0).data().toString() : QString(),
                              current.sibling(current.row(), 0).data(ProjectTreeModel::ActivityRole).value<Models::BranchActivity>());
    } else if (const Neon::Project* project = m_model->project(currentProjectId()); project && current.isValid()) {
        m_details->showProject(*project, m_model->branchesOf(project->id), m_model->isLoaded(project->id));
    } else {
        m_details->showNothing(tr("Select a branch to see its details."));
    }
    Q_EMIT currentBranchChanged();
}

void MainWindow::showContextMenu(const QPoint& pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    if (!index.isValid())
        return;
    QMenu menu(this);
    menu.setToolTipsVisible(true); // a disabled action says why
    const QModelIndex first = index.sibling(index.row(), 0);
    if (currentBranch()) {
        menu.addActions(m_branchActions);
        menu.addSeparator();
    } else {
        menu.addAction(icon(u"refresh"_s), tr("Refresh This Project"), this,
                       [this, id = first.data(ProjectTreeModel::IdRole).toString()] { loadBranches(id); });
    }
    menu.addAction(tr("Expand Subtree"), this, [this, first] { m_tree->expandRecursively(first); });
    menu.addAction(tr("Collapse"), this, [this, first] { m_tree->collapse(first); });
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

void MainWindow::setAutoRefresh(int minutes)
{
    m_autoRefreshMinutes = minutes;
    if (minutes > 0)
        m_autoRefresh.start(minutes * 60 * 1000);
    else
        m_autoRefresh.stop();
    QSettings().setValue(u"view/autoRefreshMinutes"_s, minutes);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    saveSnapshot();
    QMainWindow::closeEvent(event);
}

void MainWindow::setSandboxStatus(const QString& status)
{
    auto* label = new ElidingLabel(status.startsWith("PostgreSQL"_L1) ? tr("Sandbox databases: %1").arg(status)
                                                                : tr("Sandbox data operations unavailable: %1").arg(status),
                             this);
    label->setExplanation(tr("The demo sandbox keeps each branch's databases in a private PostgreSQL server."));
    statusBar()->addPermanentWidget(label);
    m_permanentStatus.append(label);
}

} // namespace Ui
