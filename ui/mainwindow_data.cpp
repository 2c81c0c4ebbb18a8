// SPDX-License-Identifier: MIT
// The window's data: organizations, projects and branches from the client, merged into the
// model; the on-disk snapshot; errors in the banner.
#include "mainwindow.h"

#include "activityindicator.h"
#include "branchtreeview.h"
#include "errorbanner.h"

#include <models/branchfilterproxy.h>
#include <models/projecttreemodel.h>
#include <models/treesnapshot.h>
#include <models/formatting.h>

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QStatusBar>

using Models::ProjectTreeModel;
using namespace Qt::StringLiterals;

namespace Ui {

void MainWindow::refresh()
{
    if (!m_credential.isValid())
        return;
    m_refreshing = true;
    m_refreshOk = true;
    m_refresh->setEnabled(false);
    if (!m_orgsLoaded)
        loadOrganizations();
    else
        loadProjects();
}

void MainWindow::loadOrganizations()
{
    m_orgsReply = m_client->organizations();
    auto* reply = m_orgsReply.get();
    m_activity->track(reply, tr("Loading organizations…"));
    connect(reply, &Neon::Reply::finished, this, [this, reply] {
        if (!reply->ok()) {
            // A personal account's key may not list organizations: its projects still load.
            statusBar()->showMessage(tr("Organizations not listed: %1").arg(reply->error().toUserText()), 10000);
        } else {
            m_orgsLoaded = true;
            const QList<Neon::Organization> orgs = reply->value();
            m_orgs->clear();
            for (const Neon::Organization& o : orgs)
                m_orgs->addItem(o.name, o.id);
            if (orgs.isEmpty())
                m_orgs->addItem(tr("Personal account"), QString());
            int row = m_orgs->findData(m_orgId);
            if (row < 0) {
                row = 0;
                const QString previous = std::exchange(m_orgId, m_orgs->itemData(0).toString());
                if (!previous.isEmpty())
                    m_wantedExpanded.clear(); // the saved organization is gone
            }
            m_orgs->setCurrentIndex(row);
            m_orgs->setEnabled(m_orgs->count() > 1);
            showSnapshot();
        }
        loadProjects();
    });
}

void MainWindow::switchOrganization(const QString& orgId)
{
    if (orgId == m_orgId)
        return;
    saveSnapshot();
    QSettings().setValue(u"tree/expanded/"_s + m_orgId, QStringList(m_wantedExpanded.cbegin(), m_wantedExpanded.cend()));
    m_loading.clear(); // the other organization's answers no longer matter
    m_projects.reset();
    m_orgId = orgId;
    QSettings().setValue(u"account/organization"_s, m_orgId);
    const QStringList expanded = QSettings().value(u"tree/expanded/"_s + m_orgId).toStringList();
    m_wantedExpanded = QSet<QString>(expanded.cbegin(), expanded.cend());
    m_model->clear(); // a different organization: the one reset
    showSnapshot();
    m_refreshing = true;
    m_refreshOk = true;
    m_refresh->setEnabled(false);
    loadProjects();
}

void MainWindow::loadProjects()
{
    Neon::ProjectQuery query;
    query.orgId = m_orgId;
    m_projects = m_client->projects(query);
    auto* reply = m_projects.get();
    m_activity->track(reply, tr("Loading projects…"));
    connect(reply, &Neon::Reply::finished, this, [this, reply] {
        if (!reply->ok()) {
            m_refreshOk = false;
            showError(reply->error(), tr("The projects could not be loaded."), [this] { refresh(); });
            finishRefreshIfDone();
            return;
        }
        const bool first = m_model->rowCount() == 0;
        m_model->setProjects(reply->value());
        // Branches already shown are refreshed too; the model merges, so nothing collapses.
        for (const Neon::Project& p : reply->value()) {
            if (!m_model->canFetchMore(m_model->projectIndex(p.id)) || m_wantedExpanded.contains(p.id))
                loadBranches(p.id);
        }
        // A small organization opens fully the first time; a large one shows its projects.
        if (first && m_wantedExpanded.isEmpty() && m_proxy->rowCount() > 0 && m_proxy->rowCount() <= 8) {
            m_expandFully = true;
            for (const Neon::Project& p : reply->value()) {
                m_wantedExpanded.insert(p.id);
                loadBranches(p.id);
            }
        }
        applyWantedExpansion();
        finishRefreshIfDone();
    });
}

void MainWindow::loadBranches(const QString& projectId)
{
    if (m_loading.count(projectId))
        return;
    auto& load = m_loading[projectId] = Models::loadBranchesWithActivity(*m_client, projectId, Models::ActivityNeed::BestEffort);
    const QString name = m_model->projectIndex(projectId).data().toString();
    m_activity->track(load.get(), tr("Loading the branches of %1…").arg(name));
    connect(load.get(), &Neon::Reply::finished, this, [this, projectId] { branchesArrived(projectId); });
}

void MainWindow::branchesArrived(const QString& projectId)
{
    auto it = m_loading.find(projectId);
    if (it == m_loading.end())
        return;
    const Neon::Pending<Models::BranchesWithActivity> load = std::move(it->second); // deleted after its signal
    m_loading.erase(it);
    if (!load->ok()) {
        m_refreshOk = false;
        const QString name = m_model->projectIndex(projectId).data().toString();
        showError(load->error(), tr("The branches of %1 could not be loaded.").arg(name), [this, projectId] { loadBranches(projectId); });
    } else {
        m_model->setBranches(projectId, load->value().branches, load->value().activity);
        if (m_expandFully) {
            // The first look at a small organization: the whole hierarchy is what people came for.
            m_tree->expandRecursively(m_proxy->mapFromSource(m_model->projectIndex(projectId)));
        }
        applyWantedExpansion();
        m_refreshedTime = QTime::currentTime(); // every merge is a refresh of what it shows
        updateCounts();
        if (!currentBranch() && currentProjectId() == projectId)
            selectionChanged(m_tree->currentIndex()); // the project panel counts the new branches
        if (m_selectWhenLoaded.first == projectId) {
            selectBranch(projectId, m_selectWhenLoaded.second);
            m_selectWhenLoaded = {};
        }
    }
    finishRefreshIfDone();
}

void MainWindow::applyWantedExpansion()
{
    m_tree->expandIds(QStringList(m_wantedExpanded.cbegin(), m_wantedExpanded.cend()));
}

void MainWindow::finishRefreshIfDone()
{
    if (!m_refreshing || !m_loading.empty() || (m_projects && !m_projects->isFinished()))
        return;
    m_refreshing = false;
    m_expandFully = false;
    m_refresh->setEnabled(true);
    if (m_refreshOk) {
        m_showingSnapshotFrom = QDateTime();
        if (!m_retry)
            m_banner->hide();
        m_refreshedTime = QTime::currentTime();
        updateCounts();
        saveSnapshot();
    }
    Q_EMIT refreshFinished(m_refreshOk);
}

void MainWindow::updateCounts()
{
    QString text = tr("%n project(s), %1 branches loaded", nullptr, m_model->rowCount()).arg(QLocale().toString(m_model->branchCount()));
    if (m_refreshedTime.isValid())
        text += tr(" · refreshed %1").arg(QLocale().toString(m_refreshedTime, QLocale::ShortFormat));
    m_refreshedAt->setText(text);
}

void MainWindow::setSnapshotLocation(const QString& folder, const QString& accountDigest)
{
    m_snapshotFolder = folder;
    m_accountDigest = accountDigest;
    showSnapshot();
}

QString MainWindow::snapshotPath() const
{
    if (m_snapshotFolder.isEmpty())
        return {};
    return m_snapshotFolder + u"/"_s + m_accountDigest + u"-"_s + (m_orgId.isEmpty() ? u"personal"_s : m_orgId)
           + u".json"_s;
}

void MainWindow::showSnapshot()
{
    const QString path = snapshotPath();
    Models::TreeSnapshot snapshot;
    QString error;
    if (path.isEmpty() || m_model->rowCount() > 0 || !QFile::exists(path)
        || !Models::TreeSnapshot::load(path, &snapshot, &error))
        return; // nothing usable: the refresh fills the tree
    snapshot.applyTo(*m_model);
    m_showingSnapshotFrom = snapshot.savedAt;
    applyWantedExpansion();
    m_banner->showNotice(tr("Showing the tree as it was at %1; refreshing…")
                             .arg(Models::Formatting::localShort(snapshot.savedAt)));
}

void MainWindow::saveSnapshot()
{
    const QString path = snapshotPath();
    if (path.isEmpty() || m_model->rowCount() == 0 || m_showingSnapshotFrom.isValid())
        return;
    QString error;
    if (!Models::TreeSnapshot::of(*m_model).save(path, &error))
        qWarning("canopy: could not keep the tree for the next start: %s", qPrintable(error));
}

void MainWindow::showError(const Neon::Error& error, const QString& context, std::function<void()> retry)
{
    QString text = context;
    if (m_showingSnapshotFrom.isValid())
        text += u" "_s + tr("Showing the tree as it was at %1.")
                             .arg(Models::Formatting::localShort(m_showingSnapshotFrom));
    m_retry = std::move(retry);
    m_banner->showError(error, text, m_retry != nullptr);
}

} // namespace Ui

namespace Ui {

void MainWindow::reloadBranches(const QString& projectId)
{
    m_loading.erase(projectId); // a load in flight may predate the change: ask again
    loadBranches(projectId);
}

void MainWindow::selectBranch(const QString& projectId, const QString& branchId)
{
    const QModelIndex source = m_model->branchIndex(projectId, branchId);
    const QModelIndex shown = m_proxy->mapFromSource(source);
    if (!shown.isValid())
        return;
    for (QModelIndex p = shown.parent(); p.isValid(); p = p.parent())
        m_tree->expand(p);
    m_tree->setCurrentIndex(shown);
    m_tree->scrollTo(shown);
}

void MainWindow::selectBranchWhenLoaded(const QString& projectId, const QString& branchId)
{
    m_selectWhenLoaded = {projectId, branchId};
}

void MainWindow::reportError(const Neon::Error& error, const QString& context, std::function<void()> retry)
{
    showError(error, context, std::move(retry));
}

} // namespace Ui
