// SPDX-License-Identifier: MIT
#pragma once

#include "branchload.h"
#include "cleanupplan.h"

#include <neon/client.h>

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <map>
#include <memory>

namespace Models {

/// Loads what a cleanup plan needs: an organization's projects (or some of them), each
/// project's branches and its endpoints (for the computes' last activity), concurrently under
/// the client's limits. Succeeds only when every project loaded: a plan over part of the
/// data could keep a child and still delete its parent.
class CleanupScan : public QObject
{
    Q_OBJECT
public:
    CleanupScan(Neon::Client* client, QString orgId, QStringList projectIds = {}, QObject* parent = nullptr);
    ~CleanupScan() override;

    void start();
    bool ok() const { return m_done && m_problem.isEmpty(); }
    QString problem() const { return m_problem; }
    /// In the organization's project order.
    const QList<ProjectBranches>& projects() const { return m_result; }
    int projectCount() const { return int(m_result.size()); }
    int loadedCount() const { return m_loaded; }

Q_SIGNALS:
    void progress(int loaded, int total);
    void finished();

private:
    void projectsArrived();
    void projectArrived(int index);
    void fail(const QString& problem);

    QPointer<Neon::Client> m_client;
    QString m_orgId;
    QStringList m_projectIds;
    Neon::Pending<QList<Neon::Project>> m_projects;
    std::map<int, Neon::Pending<BranchesWithActivity>> m_loading;
    QList<ProjectBranches> m_result;
    int m_loaded = 0;
    bool m_done = false;
    QString m_problem;
};

} // namespace Models
