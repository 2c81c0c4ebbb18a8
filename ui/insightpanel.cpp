// SPDX-License-Identifier: MIT
#include "insightpanel.h"

#include "insightcharts.h"
#include "theme.h"

#include <models/consumptionhistory.h>
#include <models/projecttreemodel.h>

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHorizontalStackedBarSeries>
#include <QXYSeries>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QToolTip>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Ui {

namespace {
const QStringList historyMetrics{u"compute_unit_seconds"_s, u"root_branch_bytes_month"_s, u"child_branch_bytes_month"_s,
                                 u"public_network_transfer_bytes"_s};
} // namespace

InsightPanel::InsightPanel(Models::ProjectTreeModel* model, Models::ConsumptionHistory* history, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_history(history)
{
    m_scope = new QComboBox;
    m_scope->addItem(tr("Selected project"));
    m_scope->addItem(tr("Whole organization"));
    m_scope->setAccessibleName(tr("Insight scope"));
    m_metric = new QComboBox;
    for (auto m : {Models::BranchMetric::LogicalSize, Models::BranchMetric::ComputeTime, Models::BranchMetric::ActiveTime})
        m_metric->addItem(Models::metricTitle(m), int(m));
    m_metric->setAccessibleName(tr("Per-branch figure"));
    m_top = new QSpinBox;
    m_top->setRange(3, 50);
    m_top->setValue(10);
    m_top->setPrefix(tr("top "));
    m_top->setAccessibleName(tr("How many branches"));
    m_historyMetric = new QComboBox;
    for (const QString& m : historyMetrics)
        m_historyMetric->addItem(Models::historyMetricTitle(m), m);
    m_historyMetric->setAccessibleName(tr("Consumption metric"));
    m_granularity = new QComboBox;
    m_granularity->addItem(tr("hourly (last 48 h)"), u"hourly"_s);
    m_granularity->addItem(tr("daily (last 30 days)"), u"daily"_s);
    m_granularity->addItem(tr("monthly (last year)"), u"monthly"_s);
    m_granularity->setCurrentIndex(1);
    m_granularity->setAccessibleName(tr("Granularity"));
    auto* exportChart = new QPushButton(tr("Export &Chart…"));
    exportChart->setToolTip(tr("Save the chart shown as PNG or SVG"));
    auto* exportList = new QPushButton(tr("Export &Branch List…"));
    exportList->setToolTip(tr("Save the branches of this scope with their figures as CSV or JSON"));
    auto* controls = new QHBoxLayout;
    controls->addWidget(m_scope);
    controls->addWidget(m_metric);
    controls->addWidget(m_top);
    controls->addWidget(m_historyMetric);
    controls->addWidget(m_granularity);
    controls->addStretch();
    controls->addWidget(exportChart);
    controls->addWidget(exportList);

    m_tabs = new QTabWidget;
    const QStringList titles{tr("Storage && compute"), tr("Age"), tr("Activity"), tr("Limits"), tr("History")};
    for (int i = 0; i < ChartCount; ++i) {
        auto* view = new QChartView;
        view->setRenderHint(QPainter::Antialiasing);
        view->setAccessibleName(titles.at(i));
        m_views.append(view);
        m_tabs->addTab(view, titles.at(i));
    }
    m_note = new QLabel;
    m_note->setWordWrap(true);
    m_note->setVisible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(controls);
    layout->addWidget(m_note);
    layout->addWidget(m_tabs, 1);

    m_rebuild.setSingleShot(true);
    m_rebuild.setInterval(50); // one rebuild for a burst of merges
    connect(&m_rebuild, &QTimer::timeout, this, &InsightPanel::rebuildNow);
    connect(model, &QAbstractItemModel::modelReset, this, &InsightPanel::scheduleRebuild);
    connect(model, &QAbstractItemModel::layoutChanged, this, &InsightPanel::scheduleRebuild);
    connect(model, &QAbstractItemModel::rowsInserted, this, &InsightPanel::scheduleRebuild);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &InsightPanel::scheduleRebuild);
    connect(model, &QAbstractItemModel::dataChanged, this, &InsightPanel::scheduleRebuild);
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        rebuildNow();
        loadHistory(false);
    });
    connect(m_metric, &QComboBox::currentIndexChanged, this, &InsightPanel::rebuildNow);
    connect(m_top, &QSpinBox::valueChanged, this, &InsightPanel::rebuildNow);
    connect(m_historyMetric, &QComboBox::currentIndexChanged, this, [this] { loadHistory(false); });
    connect(m_granularity, &QComboBox::currentIndexChanged, this, [this] { loadHistory(false); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        const bool top = tab == TopBranches, hist = tab == History;
        m_metric->setVisible(top);
        m_top->setVisible(top);
        m_historyMetric->setVisible(hist);
        m_granularity->setVisible(hist);
        if (hist)
            loadHistory(false);
    });
    connect(m_history, &Models::ConsumptionHistory::changed, this, &InsightPanel::rebuildHistory);
    connect(exportChart, &QPushButton::clicked, this, &InsightPanel::exportChartInteractively);
    connect(exportList, &QPushButton::clicked, this, &InsightPanel::exportBranchesInteractively);
    m_historyMetric->setVisible(false);
    m_granularity->setVisible(false);
    rebuildNow();
}

InsightPanel::~InsightPanel() = default;

void InsightPanel::setScope(Scope scope)
{
    m_scope->setCurrentIndex(scope == Scope::Organization ? 1 : 0);
}

InsightPanel::Scope InsightPanel::scope() const
{
    return m_scope->currentIndex() == 1 ? Scope::Organization : Scope::Project;
}

void InsightPanel::setCurrent(const QString& projectId, const QString& branchId)
{
    if (projectId == m_projectId && branchId == m_branchId)
        return;
    const bool projectChanged = projectId != m_projectId;
    m_projectId = projectId;
    m_branchId = branchId;
    if (scope() == Scope::Project && projectChanged)
        scheduleRebuild();
    if (scope() == Scope::Project && m_tabs->currentIndex() == History)
        loadHistory(false);
}

void InsightPanel::setOrganization(const QString& orgId)
{
    m_orgId = orgId;
    scheduleRebuild();
}

void InsightPanel::setPlan(const QString& plan, qint64 branchesLimit)
{
    m_plan = plan;
    m_branchesLimit = branchesLimit;
    scheduleRebuild();
}

void InsightPanel::setStaleDays(int days)
{
    m_staleDays = days;
    scheduleRebuild();
}

void InsightPanel::setMetric(Models::BranchMetric metric)
{
    m_metric->setCurrentIndex(m_metric->findData(int(metric)));
}

void InsightPanel::setTopCount(int n)
{
    m_top->setValue(n);
}

void InsightPanel::showChart(Chart chart)
{
    m_tabs->setCurrentIndex(chart);
}

QChartView* InsightPanel::chartView(Chart chart) const
{
    return m_views.at(chart);
}

QString InsightPanel::chartName(Chart chart)
{
    static const QStringList names{u"top-branches"_s, u"age"_s, u"activity"_s, u"limits"_s, u"history"_s};
    return names.at(chart);
}

void InsightPanel::scheduleRebuild()
{
    if (!m_rebuild.isActive())
        m_rebuild.start();
}

QList<Models::InsightBranch> InsightPanel::branches() const
{
    QList<Models::InsightBranch> out;
    const QStringList projects = scope() == Scope::Organization ? m_model->projectIds()
                                 : m_projectId.isEmpty()        ? QStringList()
                                                                : QStringList{m_projectId};
    for (const QString& id : projects) {
        const Neon::Project* p = m_model->project(id);
        const QString name = p ? p->name : id;
        m_model->forEachBranch(id, [&](const Neon::Branch& b, const Models::BranchActivity& a) {
            out.append({id, name, b, a});
        });
    }
    return out;
}

void InsightPanel::setChart(Chart chart, QChart* c)
{
    QChart* old = m_views.at(chart)->chart();
    m_views.at(chart)->setChart(c);
    delete old; // the view released it
}

void InsightPanel::rebuildNow()
{
    m_rebuild.stop();
    const QPalette pal = palette();
    const QList<Models::InsightBranch> all = branches();
    const bool org = scope() == Scope::Organization;
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
    if (all.isEmpty()) {
        const QString why = org ? tr("No branches loaded yet.") : tr("Select a project (or a branch) in the tree.");
        for (int c = 0; c < History; ++c)
            setChart(Chart(c), InsightCharts::message(m_tabs->tabText(c).replace(u"&&"_s, u"&"_s), why, pal));
        m_bars.clear();
        Q_EMIT rebuilt();
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto metric = Models::BranchMetric(m_metric->currentData().toInt());
    m_bars = Models::topBranches(all, metric, m_top->value(), org);
    QChart* top = InsightCharts::topBranches(m_bars, metric, pal);
    setChart(TopBranches, top);
    const auto seriesList = top->series();
    if (auto* bars = seriesList.isEmpty() ? nullptr : qobject_cast<QHorizontalStackedBarSeries*>(seriesList.first())) {
        // Categories run bottom-up: category i is bar (n - 1 - i).
        const auto barAt = [this](int category) -> const Models::Bar* {
            const int i = int(m_bars.size()) - 1 - category;
            return i >= 0 && i < m_bars.size() ? &m_bars.at(i) : nullptr;
        };
        connect(bars, &QAbstractBarSeries::clicked, this, [this, barAt](int index) {
            if (const Models::Bar* b = barAt(index); b && !b->isRest())
                Q_EMIT branchActivated(b->projectId, b->branchId);
        });
        connect(bars, &QAbstractBarSeries::hovered, this, [this, barAt, metric](bool on, int index) {
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
    const auto histogram = [&](Chart which, Models::AgeKind kind, const QString& title) {
        const Models::Histogram h = Models::dayHistogram(all, kind, now, m_staleDays);
        QChart* c = InsightCharts::dayHistogram(h, title, m_staleDays, pal);
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
    };
    histogram(Age, Models::AgeKind::SinceCreated, tr("Branch age (since created), by tier"));
    histogram(Activity, Models::AgeKind::SinceActive, tr("Days since last activity, by tier"));
    const QList<Models::LimitUse> use = Models::limitUse(all, Models::planLimits(m_plan, m_branchesLimit));
    QChart* limits = InsightCharts::limits(use, pal);
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
    rebuildHistory();
    Q_EMIT rebuilt();
}

void InsightPanel::loadHistory(bool force)
{
    if (m_orgId.isEmpty())
        return;
    Models::ConsumptionHistory::Request r;
    r.orgId = m_orgId;
    r.granularity = m_granularity->currentData().toString();
    r.metrics = {m_historyMetric->currentData().toString()};
    if (scope() == Scope::Project && !m_projectId.isEmpty()) {
        r.projectIds = {m_projectId};
        r.perBranch = !m_branchId.isEmpty(); // a branch selected: its own history
        if (r.perBranch)
            r.branchIds = {m_branchId};
    }
    m_history->load(r, force);
}

void InsightPanel::rebuildHistory()
{
    const QPalette pal = palette();
    const QString metric = m_historyMetric->currentData().toString();
    switch (m_history->state()) {
    case Models::ConsumptionHistory::State::Idle:
        return setChart(History, InsightCharts::message(tr("History"), tr("Open this tab to load the history."), pal));
    case Models::ConsumptionHistory::State::Loading:
        return setChart(History, InsightCharts::message(tr("History"), tr("Loading the consumption history…"), pal));
    case Models::ConsumptionHistory::State::Failed:
        return setChart(History, InsightCharts::message(tr("History"), m_history->message(), pal));
    case Models::ConsumptionHistory::State::NotOnPlan: {
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

void InsightPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange) // light ↔ dark: the charts follow
        scheduleRebuild();
    QWidget::changeEvent(event);
}

} // namespace Ui
