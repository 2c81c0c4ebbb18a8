// SPDX-License-Identifier: MIT
// The Insight charts at 5,000 branches (50 projects × 100, organization scope): after a refresh
// merges new figures into the tree model, the time from the last merge until every chart is
// rebuilt and painted (top-N bars, both histograms, limits) — the panel's own coalescing delay
// included. Target: at most 100 ms. Median of 15 refreshes, offscreen.
#include "sandboxthread.h"
#include "syntheticorg.h"

#include <models/consumptionhistory.h>
#include <models/projecttreemodel.h>
#include <ui/insightpanel.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    constexpr int projects = 50, perProject = 100;
    QRandomGenerator random(5);
    const QStringList kinds{u"dev-"_s, u"preview-pr-"_s, u"qa-"_s, u"feature-"_s};
    SyntheticOrganization org(projects, perProject, random, 120,
                              [&kinds](int b) { return QString(kinds.at(b % kinds.size()) + QString::number(b)); });
    const QList<Neon::Project>& projectList = org.projects;
    QList<QList<Neon::Branch>>& branchLists = org.branches;
    for (QList<Neon::Branch>& list : branchLists) {
        for (Neon::Branch& b : list)
            b.computeTimeSeconds = random.bounded(100000);
    }
    Models::ProjectTreeModel model;
    model.setProjects(projectList);
    for (int p = 0; p < projects; ++p)
        model.setBranches(projectList.at(p).id, branchLists.at(p));

    Models::ConsumptionHistory history(nullptr);
    Ui::InsightPanel panel(&model, &history);
    panel.resize(1200, 600);
    panel.setScope(Ui::InsightPanel::Scope::Organization);
    panel.setPlan(u"scale"_s, 0);
    panel.show();
    panel.rebuildNow();
    QCoreApplication::processEvents();

    // A refresh: every project's branches arrive again with new figures.
    const auto refresh = [&] {
        for (int p = 0; p < projects; ++p) {
            for (Neon::Branch& b : branchLists[p]) {
                b.logicalSize = random.bounded(1 << 30);
                b.computeTimeSeconds = random.bounded(100000);
            }
            model.setBranches(projectList.at(p).id, branchLists.at(p));
        }
    };
    QList<double> times, work;
    for (int round = 0; round < 15; ++round) {
        refresh();
        QElapsedTimer clock;
        clock.start();
        bool done = false;
        const auto c = QObject::connect(&panel, &Ui::InsightPanel::rebuilt, &panel, [&done] { done = true; });
        while (!done)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        QObject::disconnect(c);
        QCoreApplication::processEvents(); // the charts lay out and paint
        times.append(double(clock.nsecsElapsed()) / 1e6);
        // The rebuild alone, without the coalescing delay (after another refresh: the panel
        // keeps what did not change, so the same figures again would cost next to nothing).
        refresh();
        clock.restart();
        panel.rebuildNow();
        QCoreApplication::processEvents();
        work.append(double(clock.nsecsElapsed()) / 1e6);
    }
    std::sort(work.begin(), work.end());
    std::sort(times.begin(), times.end());
    if (panel.branches().size() != projects * perProject)
        qFatal("the panel saw %d branches", int(panel.branches().size()));
    printFigure(u"charts_rebuild_5000_branches"_s, times.at(times.size() / 2), u"ms"_s, 100, "lower");
    printFigure(u"charts_rebuild_5000_branches_worst"_s, times.last(), u"ms"_s, 0, "lower");
    printFigure(u"charts_rebuild_work_5000_branches"_s, work.at(work.size() / 2), u"ms"_s, 0, "lower");
    return 0;
}
