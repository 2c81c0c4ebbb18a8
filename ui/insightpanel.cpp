// SPDX-License-Identifier: MIT
#include "insightpanel.h"

#include <models/consumptionhistory.h>
#include <models/projecttreemodel.h>

#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
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
    QHBoxLayout* controls = createControls();
    createTabs();
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
    connect(m_history, &Models::ConsumptionHistory::changed, this, &InsightPanel::rebuildHistory);
    connectInputs();
    m_historyMetric->setVisible(false);
    m_granularity->setVisible(false);
    rebuildNow();
}

QHBoxLayout* InsightPanel::createControls()
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
    connect(exportChart, &QPushButton::clicked, this, &InsightPanel::exportChartInteractively);
    connect(exportList, &QPushButton::clicked, this, &InsightPanel::exportBranchesInteractively);
    auto* controls = new QHBoxLayout;
    controls->addWidget(m_scope);
    controls->addWidget(m_metric);
    controls->addWidget(m_top);
    controls->addWidget(m_historyMetric);
    controls->addWidget(m_granularity);
    controls->addStretch();
    controls->addWidget(exportChart);
    controls->addWidget(exportList);
    return controls;
}

void InsightPanel::createTabs()
{
    m_tabs = new QTabWidget;
    const QStringList titles{tr("Storage && compute"), tr("Age"), tr("Activity"), tr("Limits"), tr("History")};
    for (int i = 0; i < ChartCount; ++i) {
        auto* view = new QChartView;
        view->setRenderHint(QPainter::Antialiasing);
        view->setAccessibleName(titles.at(i));
        m_views.append(view);
        m_tabs->addTab(view, titles.at(i));
    }
}

void InsightPanel::connectInputs()
{
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
    out.reserve(scope() == Scope::Organization ? m_model->branchCount() : 0);
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

void InsightPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange) // light ↔ dark: the charts follow
        scheduleRebuild();
    QWidget::changeEvent(event);
}

} // namespace Ui
