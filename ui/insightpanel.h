// SPDX-License-Identifier: MIT
#pragma once

#include <models/insightseries.h>

#include <QPalette>
#include <QTimer>
#include <QWidget>

#include <optional>

class QChart;
class QChartView;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QSpinBox;
class QTabWidget;

namespace Neon {
class Client;
}
namespace Models {
class ConsumptionHistory;
class ProjectTreeModel;
} // namespace Models

namespace Ui {

/// Insight: charts of the branches the tree holds — storage and compute per branch (top N, the
/// rest grouped; a click selects the branch), age and last-activity distributions by tier with
/// the stale threshold, per-project use of the plan's allowances, and consumption history where
/// the plan has it (else the per-branch counters, and why). Fed by the models; never fetches.
class InsightPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Scope { Project, Organization };
    enum Chart { TopBranches, Age, Activity, Limits, History, ChartCount };

    InsightPanel(Models::ProjectTreeModel* model, Models::ConsumptionHistory* history, QWidget* parent = nullptr);
    ~InsightPanel() override;

    void setScope(Scope scope);
    Scope scope() const;
    /// The selection in the tree: the project (and branch) the project scope shows.
    void setCurrent(const QString& projectId, const QString& branchId);
    void setOrganization(const QString& orgId);
    /// The plan's allowances: `plan` (organization or account) and `branches_limit` from /users/me.
    void setPlan(const QString& plan, qint64 branchesLimit);
    void setStaleDays(int days);
    void setMetric(Models::BranchMetric metric);
    void setTopCount(int n);
    void showChart(Chart chart);

    /// Rebuilds every chart from the model now (normally coalesced after model changes).
    void rebuildNow();
    QList<Models::InsightBranch> branches() const;
    const QList<Models::Bar>& bars() const { return m_bars; }
    QChartView* chartView(Chart chart) const;
    static QString chartName(Chart chart); ///< for file names: "top-branches", …

    /// PNG or SVG by the file's suffix; false with the reason.
    bool exportChart(Chart chart, const QString& path, QString* error) const;
    /// CSV or JSON by the file's suffix.
    bool exportBranches(const QString& path, QString* error) const;

Q_SIGNALS:
    void branchActivated(const QString& projectId, const QString& branchId);
    /// Organization scope with projects whose branches have not been loaded yet.
    void loadAllRequested();
    /// Every chart shows the model's current state.
    void rebuilt();

protected:
    void changeEvent(QEvent* event) override;

private:
    // insightpanel.cpp builds the widget and follows the model; insightpanel_rebuild.cpp turns
    // the model into charts; insightpanel_export.cpp writes them out.
    QHBoxLayout* createControls();
    void createTabs();
    void connectInputs();
    void scheduleRebuild();
    void rebuildHistory();
    void loadHistory(bool force);
    void setChart(Chart chart, QChart* c);
    void followPalette();
    void noteUnloaded(bool org);
    void showNoBranches(bool org);
    void rebuildTop(const QList<Models::InsightBranch>& all, bool org);
    void rebuildHistogram(Chart which, const Models::Histogram& h, const QString& title);
    void rebuildLimits(const QList<Models::InsightBranch>& all);
    void exportChartInteractively();
    void exportBranchesInteractively();

    /// What the charts were last built from. A rebuild with the same inputs keeps the chart
    /// (building and laying out a chart costs far more than working out its figures); most
    /// refreshes change a few figures and leave ages, activity and allowances as they were.
    struct Built
    {
        QPalette palette;
        std::optional<Models::BranchMetric> metric;
        std::optional<Models::Histogram> age, activity;
        int staleDays = -1;
        std::optional<QList<Models::LimitUse>> limits;
        std::optional<QString> historyMessage; ///< the text the history chart shows instead of figures
    };

    Models::ProjectTreeModel* m_model;
    Models::ConsumptionHistory* m_history;
    QString m_orgId;
    QString m_projectId;
    QString m_branchId;
    QString m_plan;
    qint64 m_branchesLimit = 0;
    int m_staleDays = 14;
    QComboBox* m_scope;
    QComboBox* m_metric;
    QSpinBox* m_top;
    QComboBox* m_historyMetric;
    QComboBox* m_granularity;
    QLabel* m_note;
    QTabWidget* m_tabs;
    QList<QChartView*> m_views;
    QList<Models::Bar> m_bars;
    Built m_built;
    Models::TierMemo m_tiers;
    QTimer m_rebuild;
};

} // namespace Ui
