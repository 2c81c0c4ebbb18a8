// SPDX-License-Identifier: MIT
#include "teamactions.h"

#include "bulkactionsdialog.h"
#include "cleanupdialog.h"
#include "environmentsdialog.h"
#include "mainwindow.h"
#include "theme.h"

#include <models/projecttreemodel.h>

#include <QAction>
#include <QComboBox>
#include <QMenu>
#include <QMenuBar>

using namespace Qt::StringLiterals;

namespace Ui {

TeamActions::TeamActions(MainWindow* window, Neon::Client* client)
    : QObject(window)
    , m_window(window)
    , m_client(client)
{
    QMenu* menu = new QMenu(tr("&Team"), window);
    const QList<QAction*> top = window->menuBar()->actions();
    window->menuBar()->insertMenu(top.isEmpty() ? nullptr : top.last(), menu); // before Help
    const auto add = [this, menu](const QString& iconName, const QString& text, const QKeySequence& key, const QString& tip) {
        auto* a = menu->addAction(iconName.isEmpty() ? QIcon() : icon(iconName), text);
        a->setShortcut(key);
        a->setStatusTip(tip);
        a->setToolTip(key.isEmpty() ? tip : tr("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        return a;
    };
    m_cleanup = add(u"sweep"_s, tr("&Clean Up Stale Branches…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
                    tr("Plan and carry out the deletion of stale branches across the organization"));
    m_bulk = add({}, tr("&Bulk Actions…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B),
                 tr("Reset, set expiration or protect many branches of the project at once"));
    menu->addSeparator();
    m_environments = add(u"branch"_s, tr("Set Up &Environments…"), {},
                         tr("Lay out main-dev and the dev, preview and QA branches of the project in one go"));
    m_addDeveloper = add({}, tr("Add &Developer…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                         tr("Create dev-<name> from the project's base branch"));
    connect(m_cleanup, &QAction::triggered, this, &TeamActions::cleanup);
    connect(m_bulk, &QAction::triggered, this, &TeamActions::bulk);
    connect(m_environments, &QAction::triggered, this, [this] { environments(false); });
    connect(m_addDeveloper, &QAction::triggered, this, [this] { environments(true); });
    connect(window, &MainWindow::currentBranchChanged, this, &TeamActions::updateEnabled);
    connect(window, &MainWindow::refreshFinished, this, &TeamActions::updateEnabled);
    updateEnabled();
}

void TeamActions::updateEnabled()
{
    const bool project = !m_window->currentProjectId().isEmpty()
                         && !m_window->model()->branchesOf(m_window->currentProjectId()).isEmpty();
    m_bulk->setEnabled(project);
    m_environments->setEnabled(project);
    m_addDeveloper->setEnabled(project);
    m_cleanup->setEnabled(!m_window->organizationId().isEmpty() || m_window->model()->rowCount() > 0);
}

void TeamActions::show(QDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    Q_EMIT dialogOpened(dialog);
}

void TeamActions::cleanup()
{
    CleanupDialog::Scope scope;
    scope.orgId = m_window->organizationId();
    const auto* orgs = m_window->findChild<QComboBox*>(u"organizations"_s);
    scope.orgName = orgs && !orgs->currentText().isEmpty() ? orgs->currentText() : tr("this organization");
    scope.projectId = m_window->currentProjectId();
    if (const Neon::Project* p = m_window->model()->project(scope.projectId))
        scope.projectName = p->name;
    auto* dialog = new CleanupDialog(m_client, scope, m_window);
    connect(dialog, &CleanupDialog::projectsChanged, m_window, [this](const QStringList& ids) {
        for (const QString& id : ids)
            m_window->reloadBranches(id);
    });
    show(dialog);
}

void TeamActions::bulk()
{
    const QString projectId = m_window->currentProjectId();
    if (projectId.isEmpty())
        return;
    const Neon::Branch* selected = m_window->currentBranch();
    const Neon::Project* project = m_window->model()->project(projectId);
    auto* dialog = new BulkActionsDialog(m_client, projectId, project ? project->name : projectId,
                                         m_window->model()->branchesOf(projectId),
                                         selected ? selected->id : QString(), m_window);
    connect(dialog, &BulkActionsDialog::projectChanged, m_window, &MainWindow::reloadBranches);
    show(dialog);
}

void TeamActions::environments(bool addDeveloper)
{
    const QString projectId = m_window->currentProjectId();
    if (projectId.isEmpty())
        return;
    auto* dialog = new EnvironmentsDialog(addDeveloper ? EnvironmentsDialog::Mode::AddDeveloper : EnvironmentsDialog::Mode::SetUp,
                                          m_client, projectId, m_window->model()->branchesOf(projectId), m_window);
    connect(dialog, &EnvironmentsDialog::projectChanged, m_window, &MainWindow::reloadBranches);
    connect(dialog, &EnvironmentsDialog::anonymizedBaseRequested, this, [this, projectId] {
        for (const Neon::Branch& b : m_window->model()->branchesOf(projectId)) {
            if (b.isDefault)
                m_window->selectBranch(projectId, b.id);
        }
        if (m_anonymizedBase && m_anonymizedBase->isEnabled())
            m_anonymizedBase->trigger();
    });
    show(dialog);
}

} // namespace Ui
