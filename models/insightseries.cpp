// SPDX-License-Identifier: MIT
#include "insightseries.h"
#include "formatting.h"

#include "csv.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Models {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Insight)
};

constexpr double kib = 1024.0;
const QList<Tier> allTiers{Tier::Production, Tier::Base, Tier::Dev, Tier::Preview, Tier::Qa, Tier::Backup, Tier::Other};

int idleDaysOf(const InsightBranch& b, const QDateTime& now)
{
    return idleDays(b.branch, b.activity, now);
}
} // namespace

UnitScale bytesScale(double largest)
{
    const QStringList units{u"B"_s, u"KiB"_s, u"MiB"_s, u"GiB"_s, u"TiB"_s};
    double divisor = 1;
    int i = 0;
    while (i + 1 < units.size() && largest >= divisor * kib) {
        divisor *= kib;
        ++i;
    }
    return {divisor, units.at(i)};
}

UnitScale hoursScale()
{
    return {3600.0, Text::tr("hours")};
}

QString humanBytes(double bytes)
{
    const UnitScale s = bytesScale(bytes);
    return QString::number(s.apply(bytes), 'f', s.divisor == 1 ? 0 : 1) + QLatin1Char(' ') + s.unit;
}

QString humanHours(double seconds)
{
    const double h = seconds / 3600.0;
    return h < 10 ? Text::tr("%1 h").arg(h, 0, 'f', 2) : Text::tr("%1 h").arg(h, 0, 'f', 1);
}

QString metricTitle(BranchMetric metric)
{
    switch (metric) {
    case BranchMetric::LogicalSize: return Text::tr("Storage (logical size)");
    case BranchMetric::ComputeTime: return Text::tr("Compute time this period");
    case BranchMetric::ActiveTime: return Text::tr("Active time this period");
    }
    return {};
}

double metricValue(const Neon::Branch& b, BranchMetric metric)
{
    switch (metric) {
    case BranchMetric::LogicalSize: return double(b.logicalSize.value_or(0));
    case BranchMetric::ComputeTime: return double(b.computeTimeSeconds);
    case BranchMetric::ActiveTime: return double(b.activeTimeSeconds);
    }
    return 0;
}

QList<Bar> topBranches(const QList<InsightBranch>& branches, BranchMetric metric, int n, bool withProject)
{
    QList<const InsightBranch*> sorted;
    sorted.reserve(branches.size());
    for (const InsightBranch& b : branches)
        sorted.append(&b);
    std::sort(sorted.begin(), sorted.end(), [metric](const InsightBranch* a, const InsightBranch* b) {
        const double va = metricValue(a->branch, metric), vb = metricValue(b->branch, metric);
        return va != vb ? va > vb : a->branch.name < b->branch.name;
    });
    QList<Bar> out;
    Bar rest;
    rest.label = Text::tr("all others");
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        const InsightBranch& b = *sorted.at(i);
        const double v = metricValue(b.branch, metric);
        if (i < n) {
            out.append({b.projectId, b.branch.id, withProject ? b.projectName + u" / "_s + b.branch.name : b.branch.name,
                        tierOf(b.branch), v, 0});
        } else {
            rest.value += v;
            ++rest.grouped;
        }
    }
    if (rest.grouped > 0) {
        rest.label = Text::tr("%1 others").arg(rest.grouped);
        out.append(rest);
    }
    return out;
}

QList<int> defaultDayEdges()
{
    return {0, 1, 3, 7, 14, 30, 60, 90};
}

QStringList Histogram::labels() const
{
    QStringList out;
    for (qsizetype i = 0; i < edgesDays.size(); ++i) {
        if (i + 1 < edgesDays.size())
            out.append(u"%1–%2 d"_s.arg(edgesDays.at(i)).arg(edgesDays.at(i + 1)));
        else
            out.append(u"%1+ d"_s.arg(edgesDays.at(i)));
    }
    return out;
}

int Histogram::total() const
{
    int sum = 0;
    for (const QList<int>& c : counts)
        for (int v : c)
            sum += v;
    return sum;
}

QList<Tier> tiersOf(const QList<InsightBranch>& branches)
{
    QList<Tier> out;
    out.reserve(branches.size());
    for (const InsightBranch& b : branches)
        out.append(tierOf(b.branch));
    return out;
}

QList<Tier> TierMemo::tiersOf(const QList<InsightBranch>& branches)
{
    QString rules;
    for (Tier t : allTiers)
        rules += TierRules::current().patterns(t) + QLatin1Char('\n');
    const qsizetype known = m_byName[0].size() + m_byName[1].size();
    if (rules != m_rules || known > 4 * branches.size() + 1024) { // new rules, or names long gone piling up
        m_rules = rules;
        m_byName[0].clear();
        m_byName[1].clear();
    }
    QList<Tier> out;
    out.reserve(branches.size());
    for (const InsightBranch& b : branches) {
        QHash<QString, Tier>& byName = m_byName[b.branch.isDefault ? 1 : 0];
        auto it = byName.constFind(b.branch.name);
        if (it == byName.cend())
            it = byName.insert(b.branch.name, tierOf(b.branch));
        out.append(*it);
    }
    return out;
}

Histogram dayHistogram(const QList<InsightBranch>& branches, AgeKind kind, const QDateTime& now, int staleDays,
                       const QList<int>& edges)
{
    return dayHistogram(branches, tiersOf(branches), kind, now, staleDays, edges);
}

Histogram dayHistogram(const QList<InsightBranch>& branches, const QList<Tier>& tiers, AgeKind kind, const QDateTime& now,
                       int staleDays, const QList<int>& edges)
{
    Q_ASSERT(tiers.size() == branches.size());
    Histogram h;
    h.edgesDays = edges;
    for (Tier t : allTiers)
        h.counts.insert(t, QList<int>(edges.size(), 0));
    for (qsizetype i = 0; i < branches.size(); ++i) {
        const InsightBranch& b = branches.at(i);
        const int days = kind == AgeKind::SinceCreated
                             ? (b.branch.createdAt.isValid() ? std::max(0, int(b.branch.createdAt.daysTo(now))) : 0)
                             : idleDaysOf(b, now);
        int bucket = int(edges.size()) - 1;
        while (bucket > 0 && days < edges.at(bucket))
            --bucket;
        ++h.counts[tiers.at(i)][bucket];
    }
    for (qsizetype i = 0; i < edges.size(); ++i) {
        if (edges.at(i) >= staleDays) {
            h.thresholdBucket = int(i);
            break;
        }
    }
    return h;
}

PlanLimits planLimits(const QString& plan, qint64 branchesLimitFromAccount)
{
    // neon-api.md §8: included branches, root branches, protected branches per project.
    const QString p = plan.toLower();
    PlanLimits l;
    if (p.startsWith("free"_L1)) {
        l = {10, 3, -1};
    } else if (p.startsWith("launch"_L1)) {
        l = {10, 5, 2};
    } else if (p.startsWith("scale"_L1)) {
        l = {25, 10, 5};
    } else if (p.startsWith("business"_L1)) {
        l = {500, 25, -1};
    }
    if (branchesLimitFromAccount > 0)
        l.branches = int(branchesLimitFromAccount);
    return l;
}

QList<LimitUse> limitUse(const QList<InsightBranch>& branches, const PlanLimits& limits)
{
    QList<LimitUse> out;
    QHash<QString, qsizetype> at;
    for (const InsightBranch& b : branches) {
        if (!at.contains(b.projectId)) {
            at.insert(b.projectId, out.size());
            out.append({b.projectId, b.projectName, 0, 0, 0, limits});
        }
        LimitUse& u = out[at.value(b.projectId)];
        ++u.branches;
        u.rootBranches += b.branch.isRoot() ? 1 : 0;
        u.protectedBranches += b.branch.isProtected ? 1 : 0;
    }
    return out;
}

QList<HistoryPoint> historyOf(const QList<Neon::ConsumptionSeries>& series, const QString& metric)
{
    QMap<QDateTime, double> sum;
    for (const Neon::ConsumptionSeries& s : series) {
        for (const Neon::ConsumptionPeriod& p : s.periods) {
            for (const Neon::ConsumptionPoint& c : p.consumption)
                sum[c.timeframeStart] += double(c.metrics.value(metric));
        }
    }
    QList<HistoryPoint> out;
    for (auto it = sum.cbegin(); it != sum.cend(); ++it)
        out.append({it.key(), it.value()});
    return out;
}

QString historyMetricTitle(const QString& metric)
{
    if (metric == "compute_unit_seconds"_L1)
        return Text::tr("Compute");
    if (metric == "root_branch_bytes_month"_L1)
        return Text::tr("Root branch storage");
    if (metric == "child_branch_bytes_month"_L1)
        return Text::tr("Child branch storage");
    if (metric == "instant_restore_bytes_month"_L1)
        return Text::tr("Instant restore history");
    if (metric == "public_network_transfer_bytes"_L1)
        return Text::tr("Public network transfer");
    if (metric == "private_network_transfer_bytes"_L1)
        return Text::tr("Private network transfer");
    return metric;
}

UnitScale historyScale(const QString& metric, double largest)
{
    if (metric == "compute_unit_seconds"_L1)
        return {3600.0, Text::tr("CU-hours")};
    if (metric.endsWith("_bytes_month"_L1)) {
        UnitScale s = bytesScale(largest);
        s.unit = Text::tr("%1-months").arg(s.unit);
        return s;
    }
    if (metric.endsWith("_bytes"_L1))
        return bytesScale(largest);
    return {1, QString()};
}


QByteArray branchesCsv(const QList<InsightBranch>& branches, const QDateTime& now)
{
    QByteArray out = csvLine({u"project_id"_s, u"project_name"_s, u"branch_id"_s, u"branch_name"_s, u"parent_id"_s,
                              u"tier"_s, u"logical_size_bytes"_s, u"compute_time_seconds"_s, u"active_time_seconds"_s,
                              u"created_at"_s, u"last_active"_s, u"idle_days"_s, u"protected"_s, u"default"_s});
    for (const InsightBranch& b : branches) {
        out += csvLine({b.projectId, b.projectName, b.branch.id, b.branch.name, b.branch.parentId,
                        tierName(tierOf(b.branch)), QString::number(b.branch.logicalSize.value_or(0)),
                        QString::number(b.branch.computeTimeSeconds), QString::number(b.branch.activeTimeSeconds),
                        Formatting::isoUtc(b.branch.createdAt), Formatting::isoUtc(b.activity.lastActive), QString::number(idleDaysOf(b, now)),
                        b.branch.isProtected ? u"true"_s : u"false"_s, b.branch.isDefault ? u"true"_s : u"false"_s});
    }
    return out;
}

QByteArray branchesJson(const QList<InsightBranch>& branches, const QDateTime& now)
{
    QJsonArray list;
    for (const InsightBranch& b : branches) {
        list.append(QJsonObject{{u"project_id"_s, b.projectId},
                                {u"project_name"_s, b.projectName},
                                {u"branch_id"_s, b.branch.id},
                                {u"branch_name"_s, b.branch.name},
                                {u"parent_id"_s, b.branch.parentId.isEmpty() ? QJsonValue() : QJsonValue(b.branch.parentId)},
                                {u"tier"_s, tierName(tierOf(b.branch))},
                                {u"logical_size_bytes"_s, double(b.branch.logicalSize.value_or(0))},
                                {u"compute_time_seconds"_s, double(b.branch.computeTimeSeconds)},
                                {u"active_time_seconds"_s, double(b.branch.activeTimeSeconds)},
                                {u"created_at"_s, Formatting::isoUtc(b.branch.createdAt)},
                                {u"last_active"_s, b.activity.lastActive.isValid() ? QJsonValue(Formatting::isoUtc(b.activity.lastActive)) : QJsonValue()},
                                {u"idle_days"_s, idleDaysOf(b, now)},
                                {u"protected"_s, b.branch.isProtected},
                                {u"default"_s, b.branch.isDefault}});
    }
    return QJsonDocument(QJsonObject{{u"generated_at"_s, Formatting::isoUtc(now)}, {u"branches"_s, list}}).toJson(QJsonDocument::Indented);
}

} // namespace Models
