// SPDX-License-Identifier: MIT
// The branch tree at scale: 100,000 branches in 2,000 projects. Time to build, time to merge a
// snapshot with 1% of the branches changed (no reset allowed), and memory per branch. Then the
// wide case: one project with 5,000 branches under one parent, built, and merged with 1% of
// them changed (renamed ones move among the siblings, deleted and created ones leave and join).
#include "sandboxthread.h"
#include "syntheticorg.h"

#include <models/branchfilterproxy.h>
#include <models/projecttreemodel.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace {
/// The wide project's figures; false when the merge went wrong.
bool wideCase()
{
    constexpr int wide = 5000;
    QRandomGenerator random(23);
    SyntheticOrganization org(1, wide + 1, random, 100, [](int b) { return u"dev-%1"_s.arg(b); }, /*flat=*/true);
    const QString projectId = org.projects.first().id;
    QList<Neon::Branch> branches = org.branches.first();
    Models::ProjectTreeModel model;
    model.setProjects(org.projects);
    QElapsedTimer clock;
    clock.start();
    model.setBranches(projectId, branches);
    const double buildMs = double(clock.nsecsElapsed()) / 1e6;

    // 1% of the branches (never main): 30 change state and size, 10 are renamed, 5 deleted, 5 created.
    QList<int> picked;
    while (picked.size() < wide / 100) {
        const int i = 1 + int(random.bounded(wide));
        if (!picked.contains(i))
            picked.append(i);
    }
    QList<int> gone;
    for (int k = 0; k < picked.size(); ++k) {
        Neon::Branch& b = branches[picked.at(k)];
        if (k < 30) {
            b.currentState = u"resetting"_s;
            b.logicalSize = b.logicalSize.value_or(0) + 1;
        } else if (k < 40) {
            b.name = u"dev-%1-renamed"_s.arg(random.bounded(wide));
        } else if (k < 45) {
            gone.append(picked.at(k));
        } else {
            Neon::Branch created = branches.first();
            created.id = u"br-new-%1"_s.arg(k);
            created.name = u"dev-%1-new"_s.arg(random.bounded(wide));
            created.parentId = branches.first().id;
            created.isDefault = false;
            branches.append(created);
        }
    }
    std::sort(gone.begin(), gone.end(), std::greater<>());
    for (int i : std::as_const(gone))
        branches.removeAt(i);
    int resets = 0;
    QObject::connect(&model, &QAbstractItemModel::modelReset, &model, [&] { ++resets; });
    clock.restart();
    model.setBranches(projectId, branches);
    const double mergeMs = double(clock.nsecsElapsed()) / 1e6;

    printFigure(u"tree_model.wide_build_5000_siblings"_s, buildMs, u"ms"_s, 50, "lower");
    printFigure(u"tree_model.wide_merge_1_percent_changed"_s, mergeMs, u"ms"_s, 10, "lower");
    const QModelIndex main = model.index(0, 0, model.projectIndex(projectId));
    if (resets || model.rowCount(main) != wide || model.branchCount() != wide + 1) {
        std::fprintf(stderr, "tree_model: the wide merge went wrong (%d resets, %d rows)\n", resets, model.rowCount(main));
        return false;
    }
    return true;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    constexpr int projects = 2000, perProject = 50;
    QRandomGenerator random(11);
    SyntheticOrganization org(projects, perProject, random, 100, [](int b) { return u"dev-%1"_s.arg(b); });
    const QList<Neon::Project>& projectList = org.projects;
    QList<QList<Neon::Branch>>& branchLists = org.branches;

    const double rssBefore = residentMegabytes();
    Models::ProjectTreeModel model;
    QElapsedTimer clock;
    clock.start();
    model.setProjects(projectList);
    for (int p = 0; p < projects; ++p)
        model.setBranches(projectList.at(p).id, branchLists.at(p));
    const double buildMs = double(clock.nsecsElapsed()) / 1e6;
    const double rss = residentMegabytes() - rssBefore;

    // 1% of the branches change state and size, spread over the projects.
    int resets = 0;
    QObject::connect(&model, &QAbstractItemModel::modelReset, &model, [&] { ++resets; });
    QSet<int> touched;
    for (int i = 0; i < projects * perProject / 100; ++i) {
        const int p = random.bounded(projects);
        Neon::Branch& b = branchLists[p][random.bounded(perProject)];
        b.currentState = u"resetting"_s;
        b.logicalSize = b.logicalSize.value_or(0) + 1;
        touched.insert(p);
    }
    clock.restart();
    for (int p : std::as_const(touched))
        model.setBranches(projectList.at(p).id, branchLists.at(p));
    const double mergeMs = double(clock.nsecsElapsed()) / 1e6;

    // Filtering: a name search over all branches, every visible row mapped.
    Models::BranchFilterProxy proxy;
    proxy.setSourceModel(&model);
    std::function<int(const QModelIndex&)> countRows = [&](const QModelIndex& parent) {
        int n = proxy.rowCount(parent);
        for (int r = 0; r < proxy.rowCount(parent); ++r)
            n += countRows(proxy.index(r, 0, parent));
        return n;
    };
    proxy.rowCount(); // a view showing the 2,000 projects collapsed
    clock.restart();
    // What that view needs to repaint: every branch judged, ancestors of matches kept, the
    // projects that keep a match known.
    proxy.setFilter({u"dev-4"_s, {}, 0, 0});
    const int visibleProjects = proxy.rowCount();
    const double filterMs = double(clock.nsecsElapsed()) / 1e6;
    clock.restart();
    const int visible = countRows({});
    const double traversalMs = double(clock.nsecsElapsed()) / 1e6;

    printFigure(u"tree_model.build_100k_branches"_s, buildMs, u"ms"_s, 300, "lower");
    printFigure(u"tree_model.merge_1_percent_changed"_s, mergeMs, u"ms"_s, 30, "lower");
    printFigure(u"tree_model.memory_per_branch"_s, rss * 1024 * 1024 / (projects * perProject), u"B"_s, 1024, "lower");
    printFigure(u"tree_model.filter_by_name"_s, filterMs, u"ms"_s, 50, "lower");
    printFigure(u"tree_model.filtered_tree_fully_expanded"_s, traversalMs, u"ms"_s, 0, "lower");
    if (visible == 0 || visibleProjects != projects) {
        std::fprintf(stderr, "tree_model: the filter matched nothing\n");
        return 1;
    }
    if (resets) {
        std::fprintf(stderr, "tree_model: the merge reset the model %d times\n", resets);
        return 1;
    }
    return wideCase() ? 0 : 1;
}
