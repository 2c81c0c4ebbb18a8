// SPDX-License-Identifier: MIT
#pragma once

#include <neon/client.h>

#include <QObject>

#include <functional>
#include <memory>

namespace Models {

/// Neon's workflow 2 for production data with PII, run step by step through the client:
/// build an anonymized copy of the source (by Neon's server-side anonymization, or by Canopy's
/// own load into a schema-only branch), name it (`main-anon`), and branch the team's
/// environments from it. With `refresh`, an existing anonymized base is replaced: the fresh one
/// is built under a temporary name, the old one and its children are renamed `<name>_old_<time>`
/// (its children set to expire in 7 days), the fresh one takes the name, and the children are
/// created again under it.
class PiiWorkflow : public QObject
{
    Q_OBJECT
public:
    enum class Load { NeonServer, Canopy };
    struct Plan
    {
        QString projectId;
        Neon::Branch source; ///< usually main
        QString name = QStringLiteral("main-anon");
        Load load = Load::NeonServer;
        QList<Neon::MaskingRule> rules;
        QStringList children; ///< dev-<name>, preview-pr-<n>, qa-<topic>
        /// For a refresh: the existing anonymized branch and its children (by name).
        std::optional<Neon::Branch> replaces;
        QStringList replacedChildren;
    };

    PiiWorkflow(Neon::Client* client, Plan plan, QObject* parent = nullptr);
    ~PiiWorkflow() override;

    /// Every step, in words, before anything runs.
    QStringList describe() const;
    void start();
    void cancel();
    const Plan& plan() const { return m_plan; }

Q_SIGNALS:
    void stepStarted(int index, const QString& description);
    void progress(const QString& message);
    void finished(bool ok, const QString& message);

private:
    struct Step
    {
        QString description;
        std::function<void()> run; ///< calls next() or fail()
    };
    QList<Step> buildSteps();
    void next();
    void fail(const QString& message);
    template<typename T>
    void call(Neon::Pending<T> reply, std::function<void(const T&)> then);
    void loadDatabases(const QString& targetId);

    Neon::Client* m_client;
    Plan m_plan;
    QList<Step> m_steps;
    int m_current = -1;
    bool m_cancelled = false;
    QString m_builtId; ///< the fresh anonymized branch
    QString m_stamp;
    std::vector<Neon::PendingReply> m_running;
};

} // namespace Models
