// SPDX-License-Identifier: MIT
#include "insightcharts.h"

#include "theme.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <cmath>

using namespace Qt::StringLiterals;
using Models::Tier;

namespace Ui::InsightCharts {

namespace {

const QList<Tier> tiers{Tier::Production, Tier::Base, Tier::Dev, Tier::Preview, Tier::Qa, Tier::Backup, Tier::Other};

QString tierTitle(Tier t)
{
    QString name = Models::tierName(t);
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

QChart* newChart(const QString& title, const QPalette& palette)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation); // charts follow refreshes; no motion on every update
    chart->setBackgroundBrush(palette.brush(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(palette.brush(QPalette::Text));
    QFont f = chart->titleFont();
    f.setBold(true);
    chart->setTitleFont(f);
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(6, 6, 6, 6));
    return chart;
}

void styleAxis(QAbstractAxis* axis, const QPalette& palette)
{
    axis->setLabelsColor(palette.color(QPalette::Text));
    axis->setTitleBrush(palette.brush(QPalette::Text));
    QColor grid = palette.color(QPalette::Text);
    grid.setAlphaF(0.12f);
    axis->setGridLineColor(grid);
    QColor line = palette.color(QPalette::Text);
    line.setAlphaF(0.4f);
    axis->setLinePenColor(line);
}

/// A value axis from 0 with a round top and readable ticks.
QValueAxis* valueAxis(double largest, const QString& title, const QPalette& palette)
{
    auto* axis = new QValueAxis;
    axis->setRange(0, largest > 0 ? largest * 1.05 : 1);
    axis->applyNiceNumbers();
    axis->setLabelFormat(largest >= 100 || largest == 0 ? u"%.0f"_s : u"%.1f"_s);
    axis->setTitleText(title);
    styleAxis(axis, palette);
    return axis;
}

/// Puts `axis` on the chart's `side` and measures `series` against it.
void attach(QChart* chart, QAbstractSeries* series, QAbstractAxis* axis, Qt::Alignment side)
{
    chart->addAxis(axis, side);
    series->attachAxis(axis);
}

/// A dashed straight line from `a` to `b` (a threshold, an allowance) on the given axes.
void addReferenceLine(QChart* chart, const QString& name, QPointF a, QPointF b, QAbstractAxis* x, QAbstractAxis* y,
                      const QColor& colour, int width)
{
    auto* line = new QLineSeries;
    line->setName(name);
    line->append(a);
    line->append(b);
    QPen pen(colour);
    pen.setWidth(width);
    pen.setStyle(Qt::DashLine);
    line->setPen(pen);
    chart->addSeries(line);
    line->attachAxis(x);
    line->attachAxis(y);
}

} // namespace

QChart* topBranches(const QList<Models::Bar>& bars, Models::BranchMetric metric, const QPalette& palette)
{
    const bool bytes = metric == Models::BranchMetric::LogicalSize;
    double largest = 0;
    for (const Models::Bar& b : bars)
        largest = std::max(largest, b.value);
    const Models::UnitScale scale = bytes ? Models::bytesScale(largest) : Models::hoursScale();
    QChart* chart = newChart(Models::metricTitle(metric), palette);
    auto* series = new QHorizontalStackedBarSeries;
    // One set per tier: a bar has its value in its tier's set only, so colours follow the tiers.
    // Categories run bottom-up in a horizontal chart: the largest goes last to sit on top.
    QStringList categories;
    for (qsizetype i = bars.size(); i-- > 0;)
        categories.append(bars.at(i).label);
    QHash<Tier, QBarSet*> sets;
    for (Tier t : tiers) {
        bool used = false;
        for (const Models::Bar& b : bars)
            used = used || (!b.isRest() && b.tier == t);
        if (!used)
            continue;
        auto* set = new QBarSet(tierTitle(t));
        set->setColor(tierColor(t, palette));
        set->setBorderColor(tierColor(t, palette));
        sets.insert(t, set);
    }
    auto* rest = new QBarSet(QObject::tr("Grouped"));
    QColor restColor = palette.color(QPalette::Text);
    restColor.setAlphaF(0.35f);
    rest->setColor(restColor);
    rest->setBorderColor(restColor);
    for (qsizetype i = bars.size(); i-- > 0;) {
        const Models::Bar& b = bars.at(i);
        for (auto it = sets.begin(); it != sets.end(); ++it)
            it.value()->append(!b.isRest() && b.tier == it.key() ? scale.apply(b.value) : 0.0);
        rest->append(b.isRest() ? scale.apply(b.value) : 0.0);
    }
    for (Tier t : tiers) {
        if (sets.contains(t))
            series->append(sets.value(t));
    }
    if (!bars.isEmpty() && bars.last().isRest())
        series->append(rest);
    else
        delete rest;
    series->setBarWidth(0.7);
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight); // the height goes to the bars and their names
    auto* names = new QBarCategoryAxis;
    names->append(categories);
    styleAxis(names, palette);
    QFont small = names->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85); // many bars: keep the names readable, not elided
    names->setLabelsFont(small);
    names->setGridLineVisible(false);
    attach(chart, series, names, Qt::AlignLeft);
    QValueAxis* values = valueAxis(scale.apply(largest), scale.unit, palette);
    attach(chart, series, values, Qt::AlignBottom);
    return chart;
}

QChart* dayHistogram(const Models::Histogram& h, const QString& title, int staleDays, const QPalette& palette)
{
    QChart* chart = newChart(title, palette);
    auto* series = new QStackedBarSeries;
    int largest = 0;
    QList<int> perBucket(h.edgesDays.size(), 0);
    for (Tier t : tiers) {
        const QList<int> counts = h.counts.value(t);
        if (std::all_of(counts.cbegin(), counts.cend(), [](int c) { return c == 0; }))
            continue;
        auto* set = new QBarSet(tierTitle(t));
        set->setColor(tierColor(t, palette));
        set->setBorderColor(tierColor(t, palette));
        for (qsizetype i = 0; i < counts.size(); ++i) {
            set->append(counts.at(i));
            perBucket[i] += counts.at(i);
        }
        series->append(set);
    }
    for (int c : perBucket)
        largest = std::max(largest, c);
    series->setBarWidth(0.85);
    chart->addSeries(series);
    auto* buckets = new QBarCategoryAxis;
    buckets->append(h.labels());
    buckets->setTitleText(QObject::tr("days"));
    styleAxis(buckets, palette);
    buckets->setGridLineVisible(false);
    attach(chart, series, buckets, Qt::AlignBottom);
    QValueAxis* counts = valueAxis(largest, QObject::tr("branches"), palette);
    counts->setLabelFormat(u"%.0f"_s);
    attach(chart, series, counts, Qt::AlignLeft);
    if (h.thresholdBucket >= 0) {
        // The stale threshold as a vertical line at the edge of its bucket, on a hidden axis
        // that spans the categories (-0.5 … n-0.5).
        auto* x = new QValueAxis;
        x->setRange(-0.5, double(h.edgesDays.size()) - 0.5);
        x->setVisible(false);
        chart->addAxis(x, Qt::AlignTop);
        const double at = h.thresholdBucket - 0.5;
        addReferenceLine(chart, QObject::tr("Stale after %1 days").arg(staleDays), {at, 0}, {at, counts->max()}, x, counts,
                         isDark(palette) ? QColor(0xff, 0x8a, 0x65) : QColor(0xc6, 0x28, 0x28), 2);
    }
    return chart;
}

QChart* limits(const QList<Models::LimitUse>& use, const QPalette& palette)
{
    QChart* chart = newChart(QObject::tr("Branches used against the plan's allowance, per project"), palette);
    auto* series = new QHorizontalBarSeries;
    auto* branches = new QBarSet(QObject::tr("Branches"));
    auto* roots = new QBarSet(QObject::tr("Root branches"));
    auto* protectedSet = new QBarSet(QObject::tr("Protected branches"));
    branches->setColor(tierColor(Tier::Dev, palette));
    roots->setColor(tierColor(Tier::Production, palette));
    protectedSet->setColor(tierColor(Tier::Base, palette));
    QStringList names;
    double largest = 100;
    for (qsizetype i = use.size(); i-- > 0;) {
        const Models::LimitUse& u = use.at(i);
        names.append(u.projectName);
        const auto percent = [&largest](int used, int limit) {
            const double share = Models::LimitUse::share(used, limit);
            const double p = share < 0 ? 0 : share * 100;
            largest = std::max(largest, p);
            return p;
        };
        branches->append(percent(u.branches, u.limits.branches));
        roots->append(percent(u.rootBranches, u.limits.rootBranches));
        protectedSet->append(percent(u.protectedBranches, u.limits.protectedBranches));
    }
    series->append({branches, roots, protectedSet});
    series->setBarWidth(0.8);
    chart->addSeries(series);
    auto* axisNames = new QBarCategoryAxis;
    axisNames->append(names);
    axisNames->setGridLineVisible(false);
    styleAxis(axisNames, palette);
    attach(chart, series, axisNames, Qt::AlignLeft);
    QValueAxis* percent = valueAxis(largest, QObject::tr("% of the allowance"), palette);
    attach(chart, series, percent, Qt::AlignBottom);
    // The allowance itself: a line at 100 %.
    auto* y = new QValueAxis;
    y->setRange(0, 1);
    y->setVisible(false);
    chart->addAxis(y, Qt::AlignRight);
    addReferenceLine(chart, QObject::tr("Allowance"), {100, 0}, {100, 1}, percent, y, palette.color(QPalette::Text), 1);
    return chart;
}

QChart* history(const QList<Models::HistoryPoint>& points, const QString& metric, const QString& granularity,
                const QPalette& palette)
{
    double largest = 0;
    for (const Models::HistoryPoint& p : points)
        largest = std::max(largest, p.value);
    const Models::UnitScale scale = Models::historyScale(metric, largest);
    const QString per = granularity == "hourly"_L1 ? QObject::tr("per hour")
                        : granularity == "monthly"_L1 ? QObject::tr("per month")
                                                      : QObject::tr("per day");
    QChart* chart = newChart(QObject::tr("%1 %2 (%3)").arg(Models::historyMetricTitle(metric), per, metric), palette);
    auto* line = new QLineSeries;
    line->setName(scale.unit.isEmpty() ? metric : scale.unit);
    for (const Models::HistoryPoint& p : points)
        line->append(double(p.start.toMSecsSinceEpoch()), scale.apply(p.value));
    QPen pen(tierColor(Tier::Dev, palette));
    pen.setWidth(2);
    line->setPen(pen);
    line->setPointsVisible(points.size() <= 60);
    chart->addSeries(line);
    auto* time = new QDateTimeAxis;
    time->setFormat(granularity == "hourly"_L1 ? u"dd MMM HH:mm"_s : granularity == "monthly"_L1 ? u"MMM yyyy"_s : u"dd MMM"_s);
    if (!points.isEmpty())
        time->setRange(points.first().start.toLocalTime(), points.last().start.toLocalTime());
    time->setTickCount(std::clamp(int(points.size()), 2, 8));
    styleAxis(time, palette);
    attach(chart, line, time, Qt::AlignBottom);
    QValueAxis* values = valueAxis(scale.apply(largest), scale.unit, palette);
    attach(chart, line, values, Qt::AlignLeft);
    return chart;
}

QChart* message(const QString& title, const QString& text, const QPalette& palette)
{
    QChart* chart = newChart(title, palette);
    chart->legend()->hide();
    chart->setTitle(title + u"\n\n"_s + text);
    QFont f = chart->titleFont();
    f.setBold(false);
    chart->setTitleFont(f);
    return chart;
}

} // namespace Ui::InsightCharts
