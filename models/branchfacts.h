// SPDX-License-Identifier: MIT
#pragma once

#include <neon/branch.h>
#include <neon/compute.h>

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QRegularExpression>
#include <QString>

namespace Models {

/// What a branch is for, from its flags and Neon's naming conventions (workflows 1 and 2 of the
/// product notes): the tree colours and filters by it.
enum class Tier { Production, Base, Dev, Preview, Qa, Backup, Other };
QString tierName(Tier tier);

/// Name patterns per tier (wildcards, any case, separated by commas), checked in the order
/// backup, production, base, preview, QA, dev. The default branch is always production unless
/// its name marks it a backup. Configurable; `tierOf` uses the current rules.
class TierRules
{
public:
    static TierRules defaults();
    static const TierRules& current();
    static void setCurrent(const TierRules& rules);

    QString patterns(Tier tier) const;
    /// False (and the rules unchanged) when a pattern is not a usable wildcard.
    bool setPatterns(Tier tier, const QString& commaSeparatedWildcards);
    Tier tierOf(const Neon::Branch& branch) const;

private:
    struct Rule
    {
        Tier tier;
        QString patterns;
        QRegularExpression match;
    };
    QList<Rule> m_rules;
};

Tier tierOf(const Neon::Branch& branch);

/// Branch-name wildcards ('*', '?'; '/' is an ordinary character), any case, anchored; one
/// expression matching any of them. `ok` is false when one is unusable.
QRegularExpression wildcardsExpression(const QStringList& wildcards, bool* ok);

/// The computes' state of a branch, aggregated over its endpoints.
enum class ComputeState { None, Active, Idle };

/// What the tree knows of a branch beside the branch itself.
struct BranchActivity
{
    QDateTime lastActive; ///< the latest of its computes' last activity
    ComputeState compute = ComputeState::None;
    bool operator==(const BranchActivity&) const = default;
};

/// Per branch id, what its computes say (the latest activity, whether one runs).
QHash<QString, BranchActivity> activityFromEndpoints(const QList<Neon::Endpoint>& endpoints);

/// One badge of a branch row: a short label, the facts behind it, and (for staleness) a heat
/// from 0 (active today) to 1 (a month or more without activity).
struct Badge
{
    enum Kind { Default, Protected, SchemaOnly, Anonymized, Restored, RestorePending, Orphan, Expiring, Expired, ComputeActive,
                ComputeIdle, Stale };
    Kind kind;
    QString label;
    QString toolTip;
    double heat = 0;
};

/// Days without activity: since the latest of compute activity, last reset and creation.
int idleDays(const Neon::Branch& branch, const BranchActivity& activity, const QDateTime& now);
bool isAnonymized(const Neon::Branch& branch);

/// Where a base's anonymized data came from. Canopy records it in the branch's Neon annotation
/// when it creates or refreshes an anonymized base (`annotation_value` on create), so every
/// client sees it: `anonymized_from` (the source's name), `anonymized_from_id`, `anonymized_at`.
struct DataSource
{
    QString branchId;
    QString branchName;
    QDateTime at;
    bool isValid() const { return !branchId.isEmpty() || !branchName.isEmpty(); }
};
DataSource anonymizedFrom(const Neon::Branch& branch);
/// The annotation to send when creating a base loaded from `source` at `now`.
QHash<QString, QString> anonymizedFromAnnotation(const Neon::Branch& source, const QDateTime& now);

QList<Badge> badgesOf(const Neon::Branch& branch, const BranchActivity& activity, bool orphan, const QDateTime& now);
/// The row as a sentence for screen readers: name, state and every badge as words.
QString accessibleSummary(const Neon::Branch& branch, const QList<Badge>& badges);

} // namespace Models

Q_DECLARE_METATYPE(Models::Badge)
Q_DECLARE_METATYPE(Models::BranchActivity)
Q_DECLARE_METATYPE(Models::Tier)
