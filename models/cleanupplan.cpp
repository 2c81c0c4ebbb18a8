// SPDX-License-Identifier: MIT
#include "cleanupplan.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace Models {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Cleanup)
};

QString days(qint64 n)
{
    return n == 1 ? Text::tr("1 day") : Text::tr("%1 days").arg(n);
}

QString namesList(const QStringList& names)
{
    constexpr int shown = 3;
    QString out = names.mid(0, shown).join(u", "_s);
    if (names.size() > shown)
        out += Text::tr(" and %n more", nullptr, int(names.size()) - shown);
    return out;
}
} // namespace

bool CleanupCriteria::isEmpty() const
{
    return inactiveDays <= 0 && olderThanDays <= 0 && patterns.isEmpty() && !expired && !noComputeThisPeriod;
}

QString CleanupCriteria::problem() const
{
    if (inactiveDays < 0 || olderThanDays < 0)
        return Text::tr("Day counts cannot be negative.");
    if (isEmpty())
        return Text::tr("Choose at least one criterion: inactivity, age, a name pattern, expired or no compute.");
    for (const QString& pattern : patterns) {
        bool ok = false;
        wildcardsExpression({pattern}, &ok);
        if (!ok || pattern.trimmed().isEmpty())
            return Text::tr("“%1” is not a usable name pattern.").arg(pattern);
    }
    return {};
}

QString CleanupCriteria::describe() const
{
    QStringList parts;
    if (inactiveDays > 0)
        parts << Text::tr("inactive for %1 or more").arg(days(inactiveDays));
    if (olderThanDays > 0)
        parts << Text::tr("older than %1").arg(days(olderThanDays));
    if (!patterns.isEmpty())
        parts << Text::tr("named %1").arg(patterns.join(Text::tr(" or ")));
    if (expired)
        parts << Text::tr("expired");
    if (noComputeThisPeriod)
        parts << Text::tr("no compute time this period");
    return parts.join(u", "_s);
}

QJsonObject CleanupCriteria::toJson() const
{
    QJsonObject o;
    if (inactiveDays > 0)
        o.insert(u"inactive_days"_s, inactiveDays);
    if (olderThanDays > 0)
        o.insert(u"older_than_days"_s, olderThanDays);
    if (!patterns.isEmpty())
        o.insert(u"patterns"_s, QJsonArray::fromStringList(patterns));
    if (expired)
        o.insert(u"expired"_s, true);
    if (noComputeThisPeriod)
        o.insert(u"no_compute_this_period"_s, true);
    return o;
}

QList<CleanupPreset> cleanupPresets()
{
    CleanupCriteria previews;
    previews.patterns = {u"preview-*"_s, u"preview/*"_s};
    previews.inactiveDays = 7;
    CleanupCriteria dev;
    dev.patterns = {u"dev-*"_s, u"dev/*"_s};
    dev.inactiveDays = 30;
    dev.noComputeThisPeriod = true;
    return {{u"stale-previews"_s, Text::tr("Stale previews (preview-*, quiet 7 days)"), previews},
            {u"idle-dev"_s, Text::tr("Idle dev branches (dev-*, quiet 30 days, no compute this period)"), dev}};
}

QString guardName(CleanupEntry::Guard guard)
{
    switch (guard) {
    case CleanupEntry::Guard::None: return u"none"_s;
    case CleanupEntry::Guard::NoMatch: return u"no_match"_s;
    case CleanupEntry::Guard::Default: return u"default"_s;
    case CleanupEntry::Guard::Protected: return u"protected"_s;
    case CleanupEntry::Guard::PendingRestore: return u"pending_restore"_s;
    case CleanupEntry::Guard::ProjectRoot: return u"project_root"_s;
    case CleanupEntry::Guard::BaseTemplate: return u"base_template"_s;
    case CleanupEntry::Guard::OperationRunning: return u"operation_running"_s;
    case CleanupEntry::Guard::KeptChildren: return u"kept_children"_s;
    }
    return {};
}

QDateTime lastActivityOf(const Neon::Branch& b, const BranchActivity& activity)
{
    return std::max({activity.lastActive, b.updatedAt, b.lastResetAt, b.createdAt});
}

int CleanupPlan::deleteCount() const
{
    return int(std::count_if(entries.cbegin(), entries.cend(), [](const CleanupEntry& e) { return e.deletes(); }));
}

QStringList CleanupPlan::projectsWithDeletions() const
{
    QStringList out;
    for (const CleanupEntry& e : entries) {
        if (e.deletes() && !out.contains(e.projectId))
            out.append(e.projectId);
    }
    return out;
}

QList<CleanupEntry> CleanupPlan::deletionOrder(const QString& projectId) const
{
    QList<CleanupEntry> out;
    for (const CleanupEntry& e : entries) {
        if (e.projectId == projectId && e.deletes())
            out.append(e);
    }
    std::sort(out.begin(), out.end(), [](const CleanupEntry& a, const CleanupEntry& b) { return a.order < b.order; });
    return out;
}

namespace {

/// Why the criteria hold for a branch (empty `failed` then), or the first one that does not.
struct Match
{
    QStringList reasons;
    QString failed;
};

Match matchCriteria(const CleanupCriteria& c, const QRegularExpression& names, const Neon::Branch& b, const QDateTime& last,
                    bool computeActive, const QDateTime& now)
{
    Match m;
    const auto fail = [&m](const QString& why) {
        m.failed = why;
        return m;
    };
    if (c.inactiveDays > 0) {
        const qint64 quiet = computeActive || !last.isValid() ? 0 : last.daysTo(now);
        if (computeActive)
            return fail(Text::tr("a compute is running now"));
        if (quiet < c.inactiveDays)
            return fail(quiet == 0 ? Text::tr("active today") : Text::tr("active %1 ago").arg(days(quiet)));
        m.reasons << Text::tr("no activity for %1").arg(days(quiet));
    }
    if (c.olderThanDays > 0) {
        const qint64 age = b.createdAt.isValid() ? b.createdAt.daysTo(now) : 0;
        if (age <= c.olderThanDays)
            return fail(Text::tr("created %1 ago").arg(days(age)));
        m.reasons << Text::tr("created %1 ago").arg(days(age));
    }
    if (!c.patterns.isEmpty()) {
        if (!names.match(b.name).hasMatch())
            return fail(Text::tr("name matches none of %1").arg(c.patterns.join(u", "_s)));
        m.reasons << Text::tr("name matches %1").arg(c.patterns.join(Text::tr(" or ")));
    }
    if (c.expired) {
        if (!b.expiresAt.isValid() || b.expiresAt > now)
            return fail(b.expiresAt.isValid() ? Text::tr("expires later") : Text::tr("has no expiration"));
        m.reasons << Text::tr("expired %1").arg(QLocale().toString(b.expiresAt.toLocalTime(), QLocale::ShortFormat));
    }
    if (c.noComputeThisPeriod) {
        if (b.computeTimeSeconds > 0 || b.activeTimeSeconds > 0 || computeActive)
            return fail(Text::tr("used compute this period"));
        m.reasons << Text::tr("no compute time this period");
    }
    return m;
}

/// The guard that keeps a branch whatever the criteria say, with its sentence.
std::pair<CleanupEntry::Guard, QString> guardOf(const Neon::Branch& b)
{
    using G = CleanupEntry::Guard;
    if (b.isDefault)
        return {G::Default, Text::tr("kept: the project's default branch")};
    if (b.isProtected)
        return {G::Protected, Text::tr("kept: protected")};
    if (b.restoreStatus == QLatin1String("restored"))
        return {G::PendingRestore, Text::tr("kept: a restore from a snapshot waiting to be finalized or discarded "
                                            "(Backup & Restore)")};
    if (b.isRoot() && !b.isSchemaOnly())
        return {G::ProjectRoot, Text::tr("kept: the project's root branch")};
    if (tierOf(b) == Tier::Base)
        return {G::BaseTemplate, Text::tr("kept: a base template other branches are made from")};
    if (!b.pendingState.isEmpty() || b.state() == Neon::BranchState::Init || b.state() == Neon::BranchState::Resetting)
        return {G::OperationRunning, Text::tr("kept: an operation is running on it (%1)")
                                         .arg(b.pendingState.isEmpty() ? b.currentState : b.pendingState)};
    return {G::None, {}};
}

void planProject(const ProjectBranches& project, const CleanupCriteria& criteria, const QRegularExpression& names,
                 const QDateTime& now, QList<CleanupEntry>& out)
{
    QHash<QString, const Neon::Branch*> byId;
    for (const Neon::Branch& b : project.branches)
        byId.insert(b.id, &b);
    QHash<QString, QList<const Neon::Branch*>> children;
    QList<const Neon::Branch*> roots;
    for (const Neon::Branch& b : project.branches) {
        if (b.parentId.isEmpty() || !byId.contains(b.parentId))
            roots.append(&b); // a branch whose parent is gone stands on its own
        else
            children[b.parentId].append(&b);
    }
    const auto byName = [](const Neon::Branch* a, const Neon::Branch* b) { return a->name < b->name; };
    std::sort(roots.begin(), roots.end(), byName);
    for (auto& list : children)
        std::sort(list.begin(), list.end(), byName);

    QHash<QString, qsizetype> slot; // branch id → index in `out`
    int order = 0;
    // Children first (post-order), so a branch knows whether all of its descendants go.
    std::function<bool(const Neon::Branch*, int)> judge = [&](const Neon::Branch* b, int depth) -> bool {
        slot.insert(b->id, out.size());
        out.append(CleanupEntry{});
        QStringList keptBelow;
        for (const Neon::Branch* child : children.value(b->id)) {
            if (!judge(child, depth + 1))
                keptBelow.append(child->name);
        }
        CleanupEntry& e = out[slot.value(b->id)];
        const BranchActivity activity = project.activity.value(b->id);
        e.projectId = project.projectId;
        e.projectName = project.projectName;
        e.branchId = b->id;
        e.branchName = b->name;
        e.parentId = b->parentId;
        e.depth = depth;
        e.createdAt = b->createdAt;
        e.lastActivity = lastActivityOf(*b, activity);
        const bool computeActive = activity.compute == ComputeState::Active;
        e.idleDays = computeActive || !e.lastActivity.isValid() ? 0 : int(e.lastActivity.daysTo(now));
        const Match m = matchCriteria(criteria, names, *b, e.lastActivity, computeActive, now);
        e.matched = m.failed.isEmpty();
        const auto [guard, guardText] = guardOf(*b);
        if (guard != CleanupEntry::Guard::None) { // the guard is what matters, matched or not
            e.guard = guard;
            e.reason = guardText;
        } else if (!e.matched) {
            e.guard = CleanupEntry::Guard::NoMatch;
            e.reason = Text::tr("kept: %1").arg(m.failed);
        } else if (!keptBelow.isEmpty()) {
            e.guard = CleanupEntry::Guard::KeptChildren;
            e.reason = Text::tr("kept: has child branches that stay (%1)").arg(namesList(keptBelow));
        } else {
            e.guard = CleanupEntry::Guard::None;
            e.action = CleanupEntry::Action::Delete;
            e.reason = m.reasons.join(u"; "_s);
            e.order = order++;
        }
        return e.deletes();
    };
    for (const Neon::Branch* root : roots)
        judge(root, 0);
}

} // namespace

CleanupPlan planCleanup(const QList<ProjectBranches>& projects, const CleanupCriteria& criteria, const QDateTime& now)
{
    CleanupPlan plan;
    plan.now = now;
    plan.criteria = criteria;
    bool ok = false;
    const QRegularExpression names = wildcardsExpression(criteria.patterns, &ok);
    for (const ProjectBranches& project : projects)
        planProject(project, criteria, names, now, plan.entries);
    return plan;
}

} // namespace Models
