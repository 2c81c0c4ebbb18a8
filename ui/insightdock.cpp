// SPDX-License-Identifier: MIT
#include "insightdock.h"

#include "insightpanel.h"
#include "mainwindow.h"

#include <models/consumptionhistory.h>
#include <models/projecttreemodel.h>
#include <neon/client.h>

#include <QAction>
#include <QDockWidget>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace Ui {

InsightDock::InsightDock(MainWindow* window, Neon::Client* client)
    : QObject(window)
    , m_window(window)
    , m_client(client)
{
    auto* history = new Models::ConsumptionHistory(client, this);
    m_panel = new InsightPanel(window->model(), history);
    m_dock = new QDockWidget(tr("Insight"), window);
    m_dock->setObjectName(u"insightDock"_s); // saved with the window state
    m_dock->setWidget(m_panel);
    m_dock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->hide();
    QAction* toggle = m_dock->toggleViewAction();
    toggle->setText(tr("&Insight"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    toggle->setStatusTip(tr("Charts of storage, compute, age, activity, limits and consumption history"));
    // The View menu is found by its object name: its title is translated, and another context's
    // translation of "&View" need not be the same. Without the menu, the window keeps the shortcut.
    if (auto* view = window->findChild<QMenu*>(u"viewMenu"_s)) {
        view->addSeparator();
        view->addAction(toggle);
    } else {
        window->addAction(toggle);
    }
    connect(m_dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && !m_sized && !m_dock->isFloating()) {
            // The first time: nearly half the window, so the tree stays in view.
            m_sized = true;
            m_window->resizeDocks({m_dock}, {m_window->height() * 9 / 20}, Qt::Vertical);
        }
        if (visible) {
            loadPlan();
            m_panel->rebuildNow();
        }
    });
    connect(window, &MainWindow::currentBranchChanged, this, [this] {
        const Neon::Branch* b = m_window->currentBranch();
        m_panel->setCurrent(m_window->currentProjectId(), b ? b->id : QString());
    });
    connect(window, &MainWindow::refreshFinished, this, [this] { m_panel->setOrganization(m_window->organizationId()); });
    connect(m_panel, &InsightPanel::branchActivated, window, &MainWindow::selectBranch);
    connect(m_panel, &InsightPanel::loadAllRequested, this, [this] {
        for (const QString& id : m_window->model()->projectIds()) {
            if (!m_window->model()->isLoaded(id))
                m_window->reloadBranches(id);
        }
    });
}

void InsightDock::loadPlan()
{
    if (m_planLoaded)
        return;
    m_planLoaded = true;
    // The allowance: /users/me's branches_limit, and the plan of the organization (or account).
    m_plan = Neon::whenAll(u"plan"_s, Neon::optional(m_client->currentUser()), Neon::optional(m_client->organizations()));
    connect(m_plan.get(), &Neon::Reply::finished, this, [this] {
        const auto& [user, orgs] = m_plan->value();
        QString plan = user ? user->plan : QString();
        for (const Neon::Organization& o : orgs.value_or(QList<Neon::Organization>())) {
            if (o.id == m_window->organizationId())
                plan = o.plan;
        }
        m_panel->setPlan(plan, user ? user->branchesLimit : 0);
        m_plan.reset(); // deleted after its signal
    });
}

} // namespace Ui
