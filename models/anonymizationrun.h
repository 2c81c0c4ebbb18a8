// SPDX-License-Identifier: MIT
#pragma once

#include <neon/client.h>

#include <QObject>
#include <QTimer>

namespace Models {

/// One anonymization on Neon, followed to its end: a new anonymized branch
/// (`POST branch_anonymized` with the rules and `start_anonymization`) or a re-run on an existing
/// one (`POST …/anonymize`), then `anonymized_status` polled for its message and masked-column
/// count until `anonymized`, `error` or `initialization_error`.
class AnonymizationRun : public QObject
{
    Q_OBJECT
public:
    AnonymizationRun(Neon::Client* client, const QString& projectId, QObject* parent = nullptr);

    /// Creates an anonymized branch of `source` (its annotation says where its data came from).
    void createBranch(const Neon::Branch& source, const QString& name, const QList<Neon::MaskingRule>& rules);
    void rerun(const QString& branchId);
    void setPollInterval(int ms) { m_poll.setInterval(ms); }
    QString branchId() const { return m_branchId; }

Q_SIGNALS:
    void progress(const QString& message);
    /// ok: the branch is anonymized; else `message` says what failed (Neon's, naming the rule).
    void finished(bool ok, const QString& message);

private:
    void poll();
    void fail(const QString& message);

    Neon::Client* m_client;
    QString m_projectId;
    QString m_branchId;
    QTimer m_poll;
    Neon::Pending<Neon::CreatedBranch> m_create;
    Neon::Pending<Neon::AnonymizationStatus> m_start;
    Neon::Pending<Neon::AnonymizationStatus> m_status;
};

} // namespace Models
