// SPDX-License-Identifier: MIT
// The Insight panel's charts from the model: what to show, and which charts to build again.
#include "insightpanel.h"

#include "insightcharts.h"

#include <models/consumptionhistory.h>
#include <models/projecttreemodel.h>

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QSpinBox>
#include <QTabWidget>
#include <QToolTip>
#include <QXYSeries>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Ui {

void InsightPanel::setChart(Chart chart, QChart* c)
{
    QChart* old = m_views.at(chart)->chart();
    m_views.at(chart)->setChart(c);
    delete old; // the view released it
}

void InsightPanel::followPalette()
{
    // Light ↔ dark: every chart is built again in the new colours.
    if (m_built.palette == palette())
        return;
    m_built = Built();
    m_built.palette = palette();
}

void InsightPanel::rebuildNow()
{
    m_rebuild.stop();
    followPalette();
    const QList<Models::InsightBranch> all = branches();
    const bool org = scope() == Scope::Organization;
    noteUnloaded(org);
    if (all.isEmpty()) {
        showNoBranches(org);
        Q_EMIT rebuilt();
        return;
    }
    rebuildTop(all, org);
    if (m_built.staleDays != m_staleDays) {
        m_built.age.reset();
        m_built.activity.reset();
        m_built.staleDays = m_staleDays;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<Models::Tier> tiers = m_tiers.tiersOf(all); // once for both histograms
    rebuildHistogram(Age, Models::dayHistogram(all, tiers, Models::AgeKind::SinceCreated, now, m_staleDays),
                     tr("Branch age (since created), by tier"));
    rebuildHistogram(Activity, Models::dayHistogram(all, tiers, Models::AgeKind::SinceActive, now, m_staleDays),
                     tr("Days since last activity, by tier"));
    rebuildLimits(all);
    rebuildHistory();
    Q_EMIT rebuilt();
}

void InsightPanel::noteUnloaded(bool org)
{
    int unloaded = 0;
    if (org) {
        for (const QString& id : m_model->projectIds())
            unloaded += m_model->isLoaded(id) ? 0 : 1;
    }
    if (unloaded > 0) {
        m_note->setText(tr("%n project(s) of the organization have not been loaded yet; the charts leave them out. "
                           "<a href=\"load\">Load all projects</a>",
                           nullptr, unloaded));
        m_note->setTextFormat(Qt::RichText);
        disconnect(m_note, &QLabel::linkActivated, nullptr, nullptr);
        connect(m_note, &QLabel::linkActivated, this, &InsightPanel::loadAllRequested);
    }
    m_note->setVisible(unloaded > 0);
}

void InsightPanel::showNoBranches(bool org)
{
    const QString why = org ? tr("No branches loaded yet.") : tr("Select a project (or a branch) in the tree.");
    for (int c = 0; c < History; ++c)
        setChart(Chart(c), InsightCharts::message(m_tabs->tabText(c).replace(u"&&"_s, u"&"_s), why, m_built.palette));
    m_bars.clear();
    const QPalette pal = m_built.palette;
    m_built = Built(); // the next figures replace these messages
    m_built.palette = pal;
}

void InsightPanel::rebuildTop(const QList<Models::InsightBranch>& all, bool org)
{
    const auto metric = Models::BranchMetric(m_metric->currentData().toInt());
    QList<Models::Bar> bars = Models::topBranches(all, metric, m_top->value(), org);
    if (m_built.metric == metric && bars == m_bars)
        return;
    m_bars = std::move(bars);
    m_built.metric = metric;
    QChart* top = InsightCharts::topBranches(m_bars, metric, m_built.palette);
    setChart(TopBranches, top);
    const auto seriesList = top->series();
    auto* series = seriesList.isEmpty() ? nullptr : qobject_cast<QHorizontalStackedBarSeries*>(seriesList.first());
    if (!series)
        return;
    // Categories run bottom-up: category i is bar (n - 1 - i).
    const auto barAt = [this](int category) -> const Models::Bar* {
        const int i = int(m_bars.size()) - 1 - category;
        return i >= 0 && i < m_bars.size() ? &m_bars.at(i) : nullptr;
    };
    connect(series, &QAbstractBarSeries::clicked, this, [this, barAt](int index) {
        if (const Models::Bar* b = barAt(index); b && !b->isRest())
            Q_EMIT branchActivated(b->projectId, b->branchId);
    });
    connect(series, &QAbstractBarSeries::hovered, this, [barAt, metric](bool on, int index) {
        const Models::Bar* b = barAt(index);
        if (!on || !b)
            return QToolTip::hideText();
        const QString value = metric == Models::BranchMetric::LogicalSize
                                  ? tr("%1 (%2 bytes)").arg(Models::humanBytes(b->value)).arg(qint64(b->value))
                                  : tr("%1 (%2 s)").arg(Models::humanHours(b->value)).arg(qint64(b->value));
        QToolTip::showText(QCursor::pos(), b->isRest() ? tr("%1: %2 together").arg(b->label, value)
                                                       : tr("%1: %2 — click to select it").arg(b->label, value));
    });
}

void InsightPanel::rebuildHistogram(Chart which, const Models::Histogram& h, const QString& title)
{
    std::optional<Models::Histogram>& built = which == Age ? m_built.age : m_built.activity;
    if (built == h)
        return;
    built = h;
    QChart* c = InsightCharts::dayHistogram(h, title, m_staleDays, m_built.palette);
    setChart(which, c);
    if (auto* series = qobject_cast<QAbstractBarSeries*>(c->series().value(0))) {
        const QStringList labels = h.labels();
        connect(series, &QAbstractBarSeries::hovered, this, [labels](bool on, int index, QBarSet* set) {
            if (!on || index < 0 || index >= labels.size())
                return QToolTip::hideText();
            QToolTip::showText(QCursor::pos(), tr("%1, %2: %n branch(es)", nullptr, int(set->at(index)))
                                                   .arg(set->label(), labels.at(index)));
        });
    }
}

void InsightPanel::rebuildLimits(const QList<Models::InsightBranch>& all)
{
    QList<Models::LimitUse> use = Models::limitUse(all, Models::planLimits(m_plan, m_branchesLimit));
    if (m_built.limits == use)
        return;
    m_built.limits = use;
    QChart* limits = InsightCharts::limits(use, m_built.palette);
    setChart(Limits, limits);
    if (auto* series = qobject_cast<QAbstractBarSeries*>(limits->series().value(0))) {
        connect(series, &QAbstractBarSeries::hovered, this, [use](bool on, int index) {
            const int i = int(use.size()) - 1 - index; // bottom-up, as above
            if (!on || i < 0 || i >= use.size())
                return QToolTip::hideText();
            const Models::LimitUse& u = use.at(i);
            const auto of = [](int used, int limit) {
                return limit > 0 ? tr("%1 of %2").arg(used).arg(limit) : tr("%1 (no published limit)").arg(used);
            };
            QToolTip::showText(QCursor::pos(), tr("%1\nBranches: %2\nRoot branches: %3\nProtected branches: %4")
                                                   .arg(u.projectName, of(u.branches, u.limits.branches),
                                                        of(u.rootBranches, u.limits.rootBranches),
                                                        of(u.protectedBranches, u.limits.protectedBranches)));
        });
    }
}

void InsightPanel::rebuildHistory()
{
    followPalette();
    const QPalette pal = m_built.palette;
    const QString metric = m_historyMetric->currentData().toString();
    const auto showMessage = [&](const QString& text) {
        if (m_built.historyMessage != text) // the same words as before: keep the chart
            setChart(History, InsightCharts::message(tr("History"), text, pal));
        m_built.historyMessage = text;
    };
    switch (m_history->state()) {
    case Models::ConsumptionHistory::State::Idle: return showMessage(tr("Open this tab to load the history."));
    case Models::ConsumptionHistory::State::Loading: return showMessage(tr("Loading the consumption history…"));
    case Models::ConsumptionHistory::State::Failed: return showMessage(m_history->message());
    case Models::ConsumptionHistory::State::NotOnPlan: {
        m_built.historyMessage.reset();
        // The per-branch counters work on every plan: compute time this period instead.
        QChart* c = InsightCharts::topBranches(Models::topBranches(branches(), Models::BranchMetric::ComputeTime, m_top->value(),
                                                                   scope() == Scope::Organization),
                                               Models::BranchMetric::ComputeTime, pal);
        c->setTitle(tr("No history on this plan — compute time this period per branch instead"));
        setChart(History, c);
        m_note->setText(m_history->message());
        m_note->setTextFormat(Qt::PlainText);
        m_note->setVisible(true);
        return;
    }
    case Models::ConsumptionHistory::State::Ready: break;
    }
    m_built.historyMessage.reset();
    const QList<Models::HistoryPoint> points = Models::historyOf(m_history->series(), metric);
    QChart* c = InsightCharts::history(points, metric, m_granularity->currentData().toString(), pal);
    setChart(History, c);
    if (auto* line = qobject_cast<QXYSeries*>(c->series().value(0))) {
        double largest = 0;
        for (const Models::HistoryPoint& p : points)
            largest = std::max(largest, p.value);
        const Models::UnitScale scale = Models::historyScale(metric, largest);
        connect(line, &QXYSeries::hovered, this, [scale, metric](const QPointF& at, bool on) {
            if (!on)
                return QToolTip::hideText();
            const QDateTime when = QDateTime::fromMSecsSinceEpoch(qint64(at.x()));
            QToolTip::showText(QCursor::pos(), tr("%1: %2 %3 (%4 %5)")
                                                   .arg(QLocale().toString(when, QLocale::ShortFormat))
                                                   .arg(at.y(), 0, 'f', 2)
                                                   .arg(scale.unit)
                                                   .arg(qint64(std::llround(at.y() * scale.divisor)))
                                                   .arg(metric));
        });
    }
    if (!m_history->message().isEmpty()) {
        m_note->setText(m_history->message());
        m_note->setTextFormat(Qt::PlainText);
        m_note->setVisible(true);
    }
}

} // namespace Ui
