// SPDX-License-Identifier: MIT
#include "anonymizationrun.h"

#include "branchfacts.h"

namespace Models {

AnonymizationRun::AnonymizationRun(Neon::Client* client, const QString& projectId, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_projectId(projectId)
{
    m_poll.setInterval(500);
    m_poll.setSingleShot(true);
    connect(&m_poll, &QTimer::timeout, this, &AnonymizationRun::poll);
}

void AnonymizationRun::createBranch(const Neon::Branch& source, const QString& name, const QList<Neon::MaskingRule>& rules)
{
    Neon::AnonymizedBranchCreate request;
    Neon::BranchCreateOptions branch;
    branch.parentId = source.id;
    branch.name = name;
    request.branchCreate = branch;
    request.maskingRules = rules;
    request.annotation = anonymizedFromAnnotation(source, QDateTime::currentDateTimeUtc());
    request.startAnonymization = true;
    Q_EMIT progress(tr("Creating %1…").arg(name));
    m_create = m_client->createAnonymizedBranch(m_projectId, request);
    connect(m_create.get(), &Neon::Reply::finished, this, [this, r = m_create.get()] {
        if (!r->ok())
            return fail(r->error().toUserText());
        m_branchId = r->value().branch.id;
        poll();
    });
}

void AnonymizationRun::rerun(const QString& branchId)
{
    m_branchId = branchId;
    Q_EMIT progress(tr("Starting the anonymization again…"));
    m_start = m_client->startAnonymization(m_projectId, branchId);
    connect(m_start.get(), &Neon::Reply::finished, this, [this, r = m_start.get()] {
        if (!r->ok())
            return fail(r->error().toUserText());
        poll();
    });
}

void AnonymizationRun::poll()
{
    m_status = m_client->anonymizedStatus(m_projectId, m_branchId);
    connect(m_status.get(), &Neon::Reply::finished, this, [this, r = m_status.get()] {
        if (!r->ok())
            return fail(r->error().toUserText());
        const Neon::AnonymizationStatus& s = r->value();
        QString message = s.statusMessage.isEmpty() ? s.state : s.statusMessage;
        if (s.lastRunMaskedColumns)
            message += tr(" (%n column(s) masked)", nullptr, *s.lastRunMaskedColumns);
        if (s.failed())
            return fail(message);
        Q_EMIT progress(message);
        if (s.state == QLatin1String("anonymized") && s.isFinished())
            Q_EMIT finished(true, message);
        else
            m_poll.start();
    });
}

void AnonymizationRun::fail(const QString& message)
{
    m_poll.stop();
    Q_EMIT finished(false, message);
}

} // namespace Models
