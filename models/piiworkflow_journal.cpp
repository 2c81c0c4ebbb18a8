// SPDX-License-Identifier: MIT
// The PII workflow's journal: the swap steps with their undo, Cancel, failures and the roll-back.
#include "piiworkflow.h"

#include "branchrules.h"

using namespace Qt::StringLiterals;

namespace Models {

void PiiWorkflow::addSwapSteps(QList<Step>& steps, const QString& buildName)
{
    const Plan& p = m_plan;
    const QDateTime stamp = QDateTime::fromString(m_stamp, Qt::ISODate);
    const QString oldName = Models::BranchRules::backupName(p.name, stamp);
    for (const QString& child : p.replacedChildren) {
        const QString retired = Models::BranchRules::backupName(child, stamp);
        const int index = int(steps.size());
        steps.append({tr("Rename %1 to %2 and let it expire in 7 days").arg(child, retired), Phase::Swap,
                      [this, child, retired, index] {
                          call<Neon::BranchList>(m_client->branches(m_plan.projectId), [this, child, retired, index](const Neon::BranchList& list) {
                              const auto it = std::find_if(list.branches.cbegin(), list.branches.cend(),
                                                           [&](const Neon::Branch& b) { return b.name == child; });
                              if (it == list.branches.cend())
                                  return next(); // gone already
                              m_renamed.insert(index, {it->id, it->expiresAt});
                              rename(it->id, retired, QDateTime::currentDateTimeUtc().addDays(7), [this] { next(); });
                          });
                      },
                      [this, child, index](std::function<void()> done) {
                          if (!m_renamed.contains(index))
                              return done();
                          const auto& [id, expiresBefore] = m_renamed.value(index);
                          rename(id, child, expiresBefore.isValid() ? expiresBefore : QDateTime(), std::move(done));
                      }});
    }
    steps.append({tr("Rename the old %1 to %2 (delete it once its children are gone)").arg(p.name, oldName), Phase::Swap,
                  [this, oldName] { rename(m_plan.replaces->id, oldName, std::nullopt, [this] { next(); }); },
                  [this](std::function<void()> done) { rename(m_plan.replaces->id, m_plan.name, std::nullopt, std::move(done)); }});
    steps.append({tr("Rename %1 to %2").arg(buildName, p.name), Phase::Swap,
                  [this] { rename(m_builtId, m_plan.name, std::nullopt, [this] { next(); }); },
                  [this, buildName](std::function<void()> done) { rename(m_builtId, buildName, std::nullopt, std::move(done)); }});
}

void PiiWorkflow::rename(const QString& branchId, const QString& name, const std::optional<QDateTime>& expires, std::function<void()> then)
{
    Neon::BranchUpdate u;
    u.name = name;
    if (expires) { // a time to set, or (invalid) none: the undo of "let it expire" restores what was
        u.expiresAt = *expires;
        u.clearExpiration = !expires->isValid();
    }
    call<Neon::BranchOperations>(m_client->updateBranch(m_plan.projectId, branchId, u),
                                 [then = std::move(then)](const Neon::BranchOperations&) { then(); });
}

void PiiWorkflow::start()
{
    m_current = -1;
    next();
}

bool PiiWorkflow::swapStarted() const
{
    if (m_current >= 0 && m_current < m_steps.size() && m_steps.at(m_current).phase != Phase::Build)
        return true;
    return std::any_of(m_completed.cbegin(), m_completed.cend(), [this](int i) { return m_steps.at(i).phase != Phase::Build; });
}

void PiiWorkflow::cancel()
{
    if (m_cancelled || m_rollingBack)
        return;
    if (m_current < 0)
        return end(false, Outcome::RolledBack, tr("Cancelled before anything ran."));
    if (swapStarted()) {
        Q_EMIT progress(tr("Cancel comes too late: the swap has started and finishes first."));
        return;
    }
    // The step under way finishes (a Canopy load stops after its batch); then the roll-back.
    m_cancelRequested = true;
    Q_EMIT progress(tr("Cancelling: what was built is removed once the current step ends."));
    Q_EMIT cancelRequested();
}

void PiiWorkflow::next()
{
    if (m_cancelled || m_rollingBack)
        return;
    if (m_current >= 0)
        m_completed.append(m_current);
    if (m_cancelRequested && !swapStarted()) // the safe point has not been passed: undo
        return rollBack(tr("Cancelled"));
    if (++m_current >= m_steps.size()) {
        return end(true, Outcome::Completed,
                   tr("Done: %1 and %n environment(s) from it.", nullptr, int(m_plan.children.size())).arg(m_plan.name));
    }
    Q_EMIT stepStarted(m_current, m_steps.at(m_current).description);
    m_steps.at(m_current).run();
}

void PiiWorkflow::fail(const QString& message)
{
    if (m_cancelled)
        return;
    if (m_rollingBack)
        return end(false, Outcome::RollbackFailed,
                   tr("Undoing failed: %1. Check %2 and the branches named %2_new_… or …_old_… by hand.").arg(message, m_plan.name));
    if (m_steps.at(m_current).phase == Phase::Children) {
        if (m_retried != m_current) { // the swap is done: a child is worth a second try
            m_retried = m_current;
            Q_EMIT progress(tr("Trying again: %1").arg(m_steps.at(m_current).description));
            return m_steps.at(m_current).run();
        }
        return end(false, Outcome::CompletedWithProblems,
                   tr("%1 is in place, but step %2 failed: %3").arg(m_plan.name, QString::number(m_current + 1), message));
    }
    rollBack(tr("Step %1 failed: %2").arg(m_current + 1).arg(message));
}

void PiiWorkflow::rollBack(const QString& reason)
{
    m_rollingBack = true;
    auto pending = std::make_shared<QList<int>>();
    for (auto it = m_completed.crbegin(); it != m_completed.crend(); ++it) {
        if (m_steps.at(*it).undo)
            pending->append(*it);
    }
    if (!pending->isEmpty() || !m_builtId.isEmpty()) // say so only when there is something to undo
        Q_EMIT progress(tr("Undoing what was done so far…"));
    undoNext(pending, reason);
}

void PiiWorkflow::undoNext(std::shared_ptr<QList<int>> pending, const QString& reason)
{
    if (!pending->isEmpty()) {
        const int step = pending->takeFirst();
        return m_steps.at(step).undo([this, pending, reason] { undoNext(pending, reason); });
    }
    if (!m_builtId.isEmpty()) {
        return call<Neon::BranchOperations>(m_client->deleteBranch(m_plan.projectId, m_builtId), [this, pending, reason](const Neon::BranchOperations&) {
            m_builtId.clear();
            undoNext(pending, reason);
        });
    }
    const QString kept = m_plan.replaces ? tr("%1 and its children are as they were.").arg(m_plan.name) : tr("nothing was created.");
    end(false, Outcome::RolledBack, tr("%1. Nothing changed: %2").arg(reason, kept));
}

void PiiWorkflow::end(bool ok, Outcome outcome, const QString& message)
{
    m_cancelled = true;
    m_rollingBack = false;
    Q_EMIT this->outcome(outcome);
    Q_EMIT finished(ok, message);
}

} // namespace Models
