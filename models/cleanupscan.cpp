// SPDX-License-Identifier: MIT
#include "cleanupscan.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Models {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cleanup)
};
} // namespace

CleanupScan::CleanupScan(Neon::Client* client, QString orgId, QStringList projectIds, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_orgId(std::move(orgId))
    , m_projectIds(std::move(projectIds))
{
}

CleanupScan::~CleanupScan() = default;

void CleanupScan::start()
{
    Neon::ProjectQuery query;
    query.orgId = m_orgId;
    m_projects = m_client->projects(query);
    connect(m_projects.get(), &Neon::Reply::finished, this, &CleanupScan::projectsArrived);
}

void CleanupScan::projectsArrived()
{
    if (!m_projects->ok())
        return fail(Text::tr("The projects could not be loaded: %1").arg(m_projects->error().toUserText()));
    QList<Neon::Project> wanted;
    for (const Neon::Project& p : m_projects->value()) {
        if (m_projectIds.isEmpty() || m_projectIds.contains(p.id))
            wanted.append(p);
    }
    for (const QString& id : std::as_const(m_projectIds)) {
        if (std::none_of(wanted.cbegin(), wanted.cend(), [&id](const Neon::Project& p) { return p.id == id; }))
            return fail(Text::tr("There is no project %1 in this organization.").arg(id));
    }
    m_result.resize(wanted.size());
    Q_EMIT progress(0, int(wanted.size()));
    if (wanted.isEmpty()) {
        m_done = true;
        Q_EMIT finished();
        return;
    }
    for (int i = 0; i < wanted.size(); ++i) {
        m_result[i].projectId = wanted.at(i).id;
        m_result[i].projectName = wanted.at(i).name;
        auto& load = m_loading[i] = loadBranchesWithActivity(*m_client, wanted.at(i).id, ActivityNeed::Required);
        connect(load.get(), &Neon::Reply::finished, this, [this, i] { projectArrived(i); });
    }
}

void CleanupScan::projectArrived(int index)
{
    auto it = m_loading.find(index);
    if (m_done || it == m_loading.end())
        return;
    const Neon::Pending<BranchesWithActivity> load = std::move(it->second); // its deleter may run inside its signal
    m_loading.erase(it);
    ProjectBranches& p = m_result[index];
    if (!load->ok())
        return fail(Text::tr("The branches and computes of %1 could not be loaded: %2").arg(p.projectName, load->error().toUserText()));
    p.branches = std::move(load->mutableValue().branches);
    p.activity = std::move(load->mutableValue().activity);
    ++m_loaded;
    Q_EMIT progress(m_loaded, int(m_result.size()));
    if (m_loaded == m_result.size()) {
        m_done = true;
        Q_EMIT finished();
    }
}

void CleanupScan::fail(const QString& problem)
{
    if (m_done)
        return;
    m_done = true;
    m_problem = problem;
    m_loading.clear(); // cancels the rest; a handle finishing now is deleted after its signal
    m_result.clear();
    Q_EMIT finished();
}

} // namespace Models
