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
///
/// The steps form a journal with one safe point, the start of the swap (the first rename). Up to
/// there, Cancel or a failure removes what was built and leaves the old branch and its children
/// untouched. A failure during the swap undoes the renames done so far, in reverse, and removes
/// the fresh copy. Once the swap has started, Cancel no longer interrupts: the swap completes.
/// A failed child is tried once more. Whatever happens, the project never has two branches of
/// the plan's name, nor none once the workflow is over.
class PiiWorkflow : public QObject
{
    Q_OBJECT
public:
    enum class Load { NeonServer, Canopy };
    enum class Outcome
    {
        Completed, ///< the fresh branch has the name (and its children)
        RolledBack, ///< nothing changed: the old branch and its children are as they were
        CompletedWithProblems, ///< the fresh branch has the name; a child could not be created
        RollbackFailed, ///< undoing failed too: the message names what is left to do by hand
    };
    Q_ENUM(Outcome)
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
    /// In which of the good states the project was left (emitted just before finished()).
    void outcome(Models::PiiWorkflow::Outcome outcome);
    /// Cancel was asked for while a Canopy load runs: it stops after its batch.
    void cancelRequested();

private:
    enum class Phase { Build, Swap, Children };
    struct Step
    {
        QString description;
        Phase phase = Phase::Build;
        std::function<void()> run; ///< calls next() or fail()
        /// Undoes the step once it completed (Swap steps only); calls its argument when done.
        std::function<void(std::function<void()>)> undo;
    };
    void addSwapSteps(QList<Step>& steps, const QString& buildName);
    /// `expires`: nullopt leaves the expiration; an invalid time clears it.
    void rename(const QString& branchId, const QString& name, const std::optional<QDateTime>& expires, std::function<void()> then);
    void rollBack(const QString& reason);
    void undoNext(std::shared_ptr<QList<int>> pending, const QString& reason);
    void end(bool ok, Outcome outcome, const QString& message);
    bool swapStarted() const;
    QList<Step> buildSteps();
    void next();
    void fail(const QString& message);
    template<typename T>
    void call(Neon::Pending<T> reply, std::function<void(const T&)> then);
    void loadDatabases(const QString& targetId);
    void loadNextDatabase(const QString& targetId, const QString& role);

    Neon::Client* m_client;
    Plan m_plan;
    QList<Step> m_steps;
    int m_current = -1;
    bool m_cancelled = false; ///< over: nothing more runs
    bool m_cancelRequested = false;
    bool m_rollingBack = false;
    int m_retried = -1; ///< the child step tried a second time
    QList<int> m_completed; ///< the journal: steps done, in order
    QStringList m_loadQueue; ///< databases still to load (Canopy's load)
    QHash<int, std::pair<QString, QDateTime>> m_renamed; ///< swap step → the branch it renamed, its expiration before
    QString m_builtId; ///< the fresh anonymized branch
    QString m_stamp;
    std::vector<Neon::PendingReply> m_running;
};

/// Runs `reply`; `then` gets its value, a failure goes to fail(), and nothing runs once the
/// workflow is over. (In the header: both of the workflow's files call it.)
template<typename T>
void PiiWorkflow::call(Neon::Pending<T> reply, std::function<void(const T&)> then)
{
    Neon::Result<T>* r = reply.get();
    connect(r, &Neon::Reply::finished, this, [this, r, then] {
        if (m_cancelled)
            return;
        if (!r->ok())
            return fail(r->error().toUserText());
        then(r->value());
    });
    m_running.push_back(std::move(reply));
}

} // namespace Models
