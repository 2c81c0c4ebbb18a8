// SPDX-License-Identifier: MIT
// The Insight panel in the window, offscreen, on the demo organization: every chart renders and
// exports (PNG and SVG), a bar click selects its branch in the tree, the branch list exports,
// and the history falls back to the per-branch counters where the plan has none. With
// CANOPY_INSIGHT_DOCS=<folder> the PNGs are also written there (how docs/insight-*.png are made).
#include "testsupport.h"
#include "clienttestutils.h"

#include <models/consumptionhistory.h>
#include <models/projecttreemodel.h>
#include <ui/insightdock.h>
#include <ui/insightpanel.h>
#include <ui/mainwindow.h>

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDockWidget>
#include <QFile>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineSeries>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Ui::InsightPanel;

namespace {
struct Open
{
    std::unique_ptr<TestUtils::SandboxFixture> sandbox;
    std::unique_ptr<Neon::Client> client;
    std::unique_ptr<Ui::MainWindow> window;
    Ui::InsightDock* dock = nullptr;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

/// `renameBob`: dev-bob of the shop gets this name before the window loads.
Open open(const QString& orgPlan = {}, const QString& renameBob = {})
{
    Open o;
    o.sandbox = std::make_unique<TestUtils::SandboxFixture>(u"demo"_s);
    if (!orgPlan.isEmpty())
        o.sandbox->state().organizations.first().plan = orgPlan;
    if (!renameBob.isEmpty())
        o.sandbox->state().branches[o.sandbox->branchId(u"shop"_s, u"dev-bob"_s)].branch.name = renameBob;
    o.client = std::make_unique<Neon::Client>(TestUtils::config(o.sandbox->baseUrl()));
    Neon::Credential credential;
    credential.apiKey = TestUtils::secretKey;
    o.window = std::make_unique<Ui::MainWindow>(o.client.get(), credential);
    o.tester = std::make_unique<QAbstractItemModelTester>(o.window->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    o.dock = new Ui::InsightDock(o.window.get(), o.client.get());
    o.window->resize(1300, 900);
    o.window->show();
    QSignalSpy done(o.window.get(), &Ui::MainWindow::refreshFinished);
    o.window->refresh();
    if (!done.wait(10000) || !QTest::qWaitFor([&] { return o.window->model()->branchCount() == 19; }, 10000))
        qFatal("the demo did not load");
    o.dock->dock()->show();
    o.window->resizeDocks({o.dock->dock()}, {620}, Qt::Vertical);
    return o;
}

/// A rendered chart is more than a blank page: count the colours in it.
int colours(const QString& png)
{
    const QImage image(png);
    QSet<QRgb> seen;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            seen.insert(image.pixel(x, y));
    return int(seen.size());
}
} // namespace

class TestInsightPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QSettings().clear(); }
    void everyChartRendersAndExports();
    void clickingABarSelectsTheBranch();
    void branchListExports();
    void withoutHistoryOnThePlanTheCountersStandIn();
};

void TestInsightPanel::everyChartRendersAndExports()
{
    Open o = open();
    InsightPanel* panel = o.dock->panel();
    QTRY_VERIFY(o.dock->dock()->isVisible());
    panel->setScope(InsightPanel::Scope::Organization);
    QTemporaryDir out;
    const QString docs = qEnvironmentVariable("CANOPY_INSIGHT_DOCS");
    for (int c = 0; c < InsightPanel::ChartCount; ++c) {
        const auto chart = InsightPanel::Chart(c);
        panel->showChart(chart);
        if (chart == InsightPanel::History) // loaded from the sandbox when the tab opens
            QTRY_VERIFY_WITH_TIMEOUT(!panel->chartView(chart)->chart()->series().isEmpty(), 10000);
        panel->rebuildNow();
        QVERIFY2(!panel->chartView(chart)->chart()->series().isEmpty(), qPrintable(InsightPanel::chartName(chart)));
        QString error;
        const QString png = out.filePath(InsightPanel::chartName(chart) + u".png"_s);
        // The chart lays itself out from posted events after the tab switch and the rebuild: export
        // until the picture is more than a blank page.
        QTRY_VERIFY2(panel->exportChart(chart, png, &error) && colours(png) > 8, qPrintable(png + u' ' + error));
        const QString svg = out.filePath(InsightPanel::chartName(chart) + u".svg"_s);
        QVERIFY2(panel->exportChart(chart, svg, &error), qPrintable(error));
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        QVERIFY(svgFile.readAll().contains("<svg"));
        if (!docs.isEmpty())
            QVERIFY(panel->exportChart(chart, docs + u"/insight-"_s + InsightPanel::chartName(chart) + u".png"_s, &error));
    }
    // What the charts show matches the tree: 19 branches; the largest first in the top-N.
    QCOMPARE(panel->branches().size(), 19);
    const QList<Models::Bar>& bars = panel->bars();
    QVERIFY(!bars.isEmpty());
    for (qsizetype i = 1; i < bars.size(); ++i)
        QVERIFY(bars.at(i - 1).isRest() || bars.at(i).isRest() || bars.at(i - 1).value >= bars.at(i).value);
    // The history's line has a point per day of the window.
    auto* line = qobject_cast<QLineSeries*>(panel->chartView(InsightPanel::History)->chart()->series().first());
    QVERIFY(line && line->count() >= 29);
}

void TestInsightPanel::clickingABarSelectsTheBranch()
{
    Open o = open();
    InsightPanel* panel = o.dock->panel();
    panel->setScope(InsightPanel::Scope::Organization);
    panel->setMetric(Models::BranchMetric::ComputeTime);
    panel->setTopCount(5);
    panel->rebuildNow();
    QCOMPARE(panel->bars().size(), 6); // five and the rest
    auto* series = qobject_cast<QHorizontalStackedBarSeries*>(panel->chartView(InsightPanel::TopBranches)->chart()->series().first());
    QVERIFY(series);
    // Categories run bottom-up: the top bar (the largest) is the last category.
    Q_EMIT series->clicked(int(panel->bars().size()) - 1, series->barSets().first());
    const Models::Bar top = panel->bars().first(); // a copy: the bars are rebuilt below
    QVERIFY(o.window->currentBranch());
    QCOMPARE(o.window->currentBranch()->id, top.branchId);
    // The grouped rest selects nothing.
    Q_EMIT series->clicked(0, series->barSets().first());
    QCOMPARE(o.window->currentBranch()->id, top.branchId);
    // The project scope follows the selection.
    panel->setScope(InsightPanel::Scope::Project);
    panel->rebuildNow();
    for (const Models::InsightBranch& b : panel->branches())
        QCOMPARE(b.projectId, top.projectId);
}

void TestInsightPanel::branchListExports()
{
    // A branch named like a formula arrives in the spreadsheet as text (issue 23, point 8).
    const QString formula = u"=HYPERLINK(\"http://evil.example/\",\"dev-bob\")"_s;
    Open o = open({}, formula);
    InsightPanel* panel = o.dock->panel();
    panel->setScope(InsightPanel::Scope::Organization);
    QTemporaryDir out;
    QString error;
    QVERIFY(panel->exportBranches(out.filePath(u"b.csv"_s), &error));
    QVERIFY(panel->exportBranches(out.filePath(u"b.json"_s), &error));
    QFile csv(out.filePath(u"b.csv"_s));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray written = csv.readAll();
    QCOMPARE(written.count('\n'), 20);
    QVERIFY2(written.contains(",\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"dev-bob\"\")\","), written.constData());
    QVERIFY(!written.contains(",=HYPERLINK") && !written.contains(",\"=HYPERLINK"));
    QFile json(out.filePath(u"b.json"_s));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonArray branches = QJsonDocument::fromJson(json.readAll()).object().value(u"branches"_s).toArray();
    QCOMPARE(branches.size(), 19);
    QVERIFY(std::any_of(branches.cbegin(), branches.cend(), [&](const QJsonValue& v) { return v[u"branch_name"_s].toString() == formula; }));
    QVERIFY(!panel->exportBranches(u"/nonexistent/folder/b.csv"_s, &error));
    QVERIFY(error.contains(u"could not be written"_s));
}

void TestInsightPanel::withoutHistoryOnThePlanTheCountersStandIn()
{
    Open o = open(u"free_v3"_s);
    InsightPanel* panel = o.dock->panel();
    panel->setScope(InsightPanel::Scope::Organization);
    panel->showChart(InsightPanel::History);
    QTRY_VERIFY_WITH_TIMEOUT(panel->chartView(InsightPanel::History)->chart()->title().contains(u"No history"_s), 10000);
    QVERIFY(!panel->chartView(InsightPanel::History)->chart()->series().isEmpty()); // compute time per branch
    bool explained = false; // and the panel says why
    for (const QLabel* label : panel->findChildren<QLabel*>())
        explained = explained || (label->isVisible() && label->text().contains(u"No consumption history on this plan"_s));
    QVERIFY(explained);
}

CANOPY_TEST_MAIN(TestInsightPanel)
#include "tst_insightpanel.moc"
