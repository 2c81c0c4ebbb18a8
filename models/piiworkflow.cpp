// SPDX-License-Identifier: MIT
#include "piiworkflow.h"

#include "anonymizationrun.h"
#include "rulesmasker.h"

#include "branchfacts.h"
#include "branchrules.h"
#include "connectionuri.h"
#include "formatting.h"

#include <neon/async.h>

#include <pg/anonymizedload.h>

using namespace Qt::StringLiterals;

namespace Models {

PiiWorkflow::PiiWorkflow(Neon::Client* client, Plan plan, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_plan(std::move(plan))
    , m_stamp(Formatting::isoUtc(QDateTime::currentDateTimeUtc()))
{
    m_steps = buildSteps();
}

PiiWorkflow::~PiiWorkflow() = default;

QStringList PiiWorkflow::describe() const
{
    QStringList out;
    for (const Step& s : m_steps)
        out.append(s.description);
    return out;
}

QList<PiiWorkflow::Step> PiiWorkflow::buildSteps()
{
    QList<Step> steps;
    const Plan& p = m_plan;
    const QString buildName = p.replaces ? p.name + u"_new_"_s + m_stamp : p.name;
    if (p.load == Load::NeonServer) {
        steps.append({tr("Create %1 from %2 with Neon's anonymization (%n masking rule(s)), and wait until it is anonymized",
                         nullptr, int(p.rules.size()))
                          .arg(buildName, p.source.name),
                      Phase::Build, [this, buildName] {
                          auto* run = new AnonymizationRun(m_client, m_plan.projectId, this);
                          run->setPollInterval(200);
                          connect(run, &AnonymizationRun::progress, this, &PiiWorkflow::progress);
                          connect(run, &AnonymizationRun::finished, this, [this, run](bool ok, const QString& message) {
                              m_builtId = run->branchId();
                              ok ? next() : fail(message);
                          });
                          run->createBranch(m_plan.source, buildName, m_plan.rules);
                      }, {}});
    } else {
        steps.append({tr("Create %1 as a schema-only branch of %2 (structure, no rows)").arg(buildName, p.source.name),
                      Phase::Build, [this, buildName] {
                          Neon::BranchCreateOptions o;
                          o.parentId = m_plan.source.id;
                          o.name = buildName;
                          o.initSource = u"schema-only"_s;
                          o.endpoints = {Neon::EndpointOptions{}};
                          // Where its rows come from, for every client to see (the tree's dashed link).
                          o.annotation = anonymizedFromAnnotation(m_plan.source, QDateTime::currentDateTimeUtc());
                          call<Neon::CreatedBranch>(m_client->createBranch(m_plan.projectId, o), [this](const Neon::CreatedBranch& c) {
                              m_builtId = c.branch.id;
                              next();
                          });
                      }, {}});
        steps.append({tr("Load every table of %1 into it, masked by Canopy (%n rule(s)) and written with COPY; the originals "
                         "are never written", nullptr, int(p.rules.size()))
                          .arg(p.source.name),
                      Phase::Build, [this] { loadDatabases(m_builtId); }, {}});
    }
    if (p.replaces)
        addSwapSteps(steps, buildName);
    for (const QString& child : p.children) {
        steps.append({tr("Create %1 from %2").arg(child, p.name), Phase::Children, [this, child] {
                          Neon::BranchCreateOptions o;
                          o.parentId = m_builtId;
                          o.name = child;
                          call<Neon::CreatedBranch>(m_client->createBranch(m_plan.projectId, o),
                                                    [this](const Neon::CreatedBranch&) { next(); });
                      }, {}});
    }
    return steps;
}

void PiiWorkflow::loadDatabases(const QString& targetId)
{
    // Per database of the source: a URI for each side, then the load; one database at a time.
    call<QList<Neon::Database>>(m_client->branchDatabases(m_plan.projectId, m_plan.source.id), [this, targetId](const QList<Neon::Database>& dbs) {
        call<QList<Neon::Role>>(m_client->branchRoles(m_plan.projectId, targetId), [this, targetId, dbs](const QList<Neon::Role>& roles) {
            if (roles.isEmpty() || dbs.isEmpty())
                return fail(tr("The new branch has no role or database to load into."));
            m_loadQueue.clear();
            for (const Neon::Database& d : dbs)
                m_loadQueue.append(d.name);
            loadNextDatabase(targetId, roles.first().name);
        });
    });
}

void PiiWorkflow::loadNextDatabase(const QString& targetId, const QString& role)
{
    if (m_loadQueue.isEmpty())
        return next();
    const QString db = m_loadQueue.takeFirst();
    using Uris = std::tuple<Neon::ConnectionUri, Neon::ConnectionUri>;
    call<Uris>(Neon::whenAll(u"connection URIs"_s, connectionUriFor(*m_client, m_plan.projectId, m_plan.source.id, db, role),
                             connectionUriFor(*m_client, m_plan.projectId, targetId, db, role)),
               [this, db, targetId, role](const Uris& uris) {
        const auto& [source, target] = uris;
        QList<Neon::MaskingRule> rules;
        for (const Neon::MaskingRule& r : std::as_const(m_plan.rules)) {
            if (r.databaseName == db)
                rules.append(r);
        }
        auto masker = std::make_shared<RulesMasker>(rules, QRandomGenerator::system()->generate64());
        auto* load = new Pg::AnonymizedLoad(source.uri, target.uri, masker, this);
        connect(this, &PiiWorkflow::cancelRequested, load, &Pg::AnonymizedLoad::cancel);
        connect(load, &Pg::AnonymizedLoad::progress, this, [this, db](const QString& table, qint64 rows) {
            Q_EMIT progress(tr("%1: %2, %n row(s)", nullptr, int(rows)).arg(db, table));
        });
        connect(load, &Pg::AnonymizedLoad::finished, this, [this, load, db, targetId, role](bool ok, const QString& problem, const QStringList&) {
            load->deleteLater();
            if (!ok)
                return fail(tr("Loading %1 failed: %2").arg(db, problem));
            loadNextDatabase(targetId, role);
        });
        load->start();
    });
}

} // namespace Models
