// SPDX-License-Identifier: MIT
#pragma once

#include "branchfacts.h"

#include <neon/branch.h>
#include <neon/consumption.h>

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace Models {

/// One branch as the charts see it.
struct InsightBranch
{
    QString projectId;
    QString projectName;
    Neon::Branch branch;
    BranchActivity activity;
};

/// A value with the unit people read: bytes as KiB…TiB (1024-based), seconds as hours.
struct UnitScale
{
    double divisor = 1;
    QString unit;
    double apply(double v) const { return v / divisor; }
};
UnitScale bytesScale(double largest);
UnitScale hoursScale();
QString humanBytes(double bytes);
QString humanHours(double seconds);

// --- Top N -------------------------------------------------------------------------------------

enum class BranchMetric { LogicalSize, ComputeTime, ActiveTime };
QString metricTitle(BranchMetric metric);
double metricValue(const Neon::Branch& branch, BranchMetric metric); ///< bytes or seconds

struct Bar
{
    QString projectId;
    QString branchId; ///< empty for the grouped rest
    QString label;
    Tier tier = Tier::Other;
    double value = 0; ///< raw: bytes or seconds
    int grouped = 0; ///< how many branches the rest stands for
    bool isRest() const { return grouped > 0; }
    bool operator==(const Bar&) const = default;
};

/// The `n` largest branches by `metric`, largest first (ties by name), then one bar for the rest
/// (the sum of the others) when there are more. Labels carry the project in organization scope.
QList<Bar> topBranches(const QList<InsightBranch>& branches, BranchMetric metric, int n, bool withProject);

// --- Distributions -----------------------------------------------------------------------------

struct Histogram
{
    QList<int> edgesDays; ///< bucket i covers [edges[i], edges[i+1]); the last is open-ended
    QHash<Tier, QList<int>> counts; ///< per tier, one count per bucket
    int thresholdBucket = -1; ///< the first bucket at or past the stale threshold
    QStringList labels() const;
    int total() const;
    bool operator==(const Histogram&) const = default;
};
/// Default buckets: 0, 1, 3, 7, 14, 30, 60, 90 days.
QList<int> defaultDayEdges();
enum class AgeKind { SinceCreated, SinceActive };
Histogram dayHistogram(const QList<InsightBranch>& branches, AgeKind kind, const QDateTime& now, int staleDays,
                       const QList<int>& edges = defaultDayEdges());
/// The same with the tiers known: `tiers` holds one per branch, as tiersOf() gives them.
Histogram dayHistogram(const QList<InsightBranch>& branches, const QList<Tier>& tiers, AgeKind kind, const QDateTime& now,
                       int staleDays, const QList<int>& edges = defaultDayEdges());
/// The tier of each branch, in order: worked out once for several histograms.
QList<Tier> tiersOf(const QList<InsightBranch>& branches);
/// tiersOf() for a panel that asks again on every refresh: a tier follows from the name and the
/// default flag alone (under the current TierRules), the rules are regular expressions, and most
/// names are the same from one refresh to the next. Starts over when the rules change.
class TierMemo
{
public:
    QList<Tier> tiersOf(const QList<InsightBranch>& branches);

private:
    QString m_rules; ///< the patterns the answers below were found under
    QHash<QString, Tier> m_byName[2]; ///< [isDefault]: name → tier
};

// --- Limits ------------------------------------------------------------------------------------

/// Neon's published per-project allowances for a plan; -1 where none is published.
struct PlanLimits
{
    int branches = -1;
    int rootBranches = -1;
    int protectedBranches = -1;
    bool operator==(const PlanLimits&) const = default;
};
/// `branchesLimit` from `/users/me` wins over the published table for branches.
PlanLimits planLimits(const QString& plan, qint64 branchesLimitFromAccount);

struct LimitUse
{
    QString projectId;
    QString projectName;
    int branches = 0;
    int rootBranches = 0;
    int protectedBranches = 0;
    PlanLimits limits;
    /// Used as a share of the allowance (0.5 = half); -1 when no limit is known.
    static double share(int used, int limit) { return limit > 0 ? double(used) / limit : -1; }
    bool operator==(const LimitUse&) const = default;
};
QList<LimitUse> limitUse(const QList<InsightBranch>& branches, const PlanLimits& limits);

// --- Consumption history -----------------------------------------------------------------------

struct HistoryPoint
{
    QDateTime start;
    double value = 0;
};
/// One metric summed over every series (projects or branches) per timeframe, ascending.
QList<HistoryPoint> historyOf(const QList<Neon::ConsumptionSeries>& series, const QString& metric);
/// "Compute", "Child branch storage", … for a consumption metric's name.
QString historyMetricTitle(const QString& metric);
/// compute_unit_seconds → CU-hours; *_bytes_month → GiB-months (by the largest value); *_bytes → bytes scale.
UnitScale historyScale(const QString& metric, double largest);

/// The branch list as files, one row per branch with the figures the charts use.
QByteArray branchesCsv(const QList<InsightBranch>& branches, const QDateTime& now);
QByteArray branchesJson(const QList<InsightBranch>& branches, const QDateTime& now);

} // namespace Models
