// SPDX-License-Identifier: MIT
// Refreshes merge into the tree: projects and branches are inserted, moved and removed for
// exactly what changed, and dataChanged covers only the changed columns.
#include "projecttreemodel.h"

#include "projecttreemodel_node.h"

#include <QVarLengthArray>

#include <algorithm>

namespace Models {

namespace {
bool sameRecovery(const std::optional<Neon::BranchRecovery>& a, const std::optional<Neon::BranchRecovery>& b)
{
    if (!a || !b)
        return a.has_value() == b.has_value();
    return a->deletedAt == b->deletedAt && a->recoverableUntil == b->recoverableUntil
           && a->deletionMethod == b->deletionMethod;
}

// Every field, so an unchanged branch (most of them, on a refresh) is not copied: assigning
// some thirty implicitly shared members costs more than comparing them.
static_assert(sizeof(void*) != 8 || sizeof(Neon::Branch) == 552,
              "Neon::Branch changed: compare the new field in sameBranch() below, then update this size");
bool sameBranch(const Neon::Branch& a, const Neon::Branch& b)
{
    return a.id == b.id && a.name == b.name && a.currentState == b.currentState && a.pendingState == b.pendingState
           && a.logicalSize == b.logicalSize && a.computeTimeSeconds == b.computeTimeSeconds
           && a.activeTimeSeconds == b.activeTimeSeconds && a.cpuUsedSec == b.cpuUsedSec
           && a.writtenDataBytes == b.writtenDataBytes && a.dataTransferBytes == b.dataTransferBytes
           && a.isDefault == b.isDefault && a.isProtected == b.isProtected && a.primary == b.primary
           && a.hasCreatedBy == b.hasCreatedBy && a.ttlIntervalSeconds == b.ttlIntervalSeconds
           && a.projectId == b.projectId && a.parentId == b.parentId && a.parentLsn == b.parentLsn
           && a.parentTimestamp == b.parentTimestamp && a.stateChangedAt == b.stateChangedAt
           && a.creationSource == b.creationSource && a.createdAt == b.createdAt && a.updatedAt == b.updatedAt
           && a.expiresAt == b.expiresAt && a.lastResetAt == b.lastResetAt && a.createdByName == b.createdByName
           && a.createdByImage == b.createdByImage && a.initSource == b.initSource
           && a.restoreStatus == b.restoreStatus && a.restoredFrom == b.restoredFrom && a.restoredAs == b.restoredAs
           && a.restrictedActions == b.restrictedActions && sameRecovery(a.recovery, b.recovery)
           && a.annotation == b.annotation;
}
} // namespace

/// One setBranches call's branches with their parents resolved (by position in the list).
struct ProjectTreeModel::BranchPlan
{
    struct Entry
    {
        const Neon::Branch* branch = nullptr;
        qsizetype parent = -1; ///< the parent's position in `entries`; -1: a root of the project
        bool orphan = false; ///< names a parent that is not in the list
        int depth = 0;
    };
    QList<Entry> entries; ///< in the caller's order
    QHash<QString, qsizetype> position; ///< branch id → position in `entries`

    explicit BranchPlan(const QList<Neon::Branch>& branches)
    {
        entries.resize(branches.size());
        position.reserve(branches.size());
        for (qsizetype i = 0; i < branches.size(); ++i) {
            entries[i].branch = &branches.at(i);
            position.insert(branches.at(i).id, i);
        }
        for (Entry& e : entries) {
            if (e.branch->parentId.isEmpty())
                continue;
            e.parent = position.value(e.branch->parentId, -1);
            e.orphan = e.parent < 0;
        }
        computeDepths();
    }

    bool contains(const QString& id) const { return position.contains(id); }

    /// Shallowest first (parents before their children), otherwise in the caller's order.
    QList<const Entry*> byDepth() const
    {
        QList<const Entry*> out;
        out.reserve(entries.size());
        for (const Entry& e : entries)
            out.append(&e);
        std::stable_sort(out.begin(), out.end(), [](const Entry* a, const Entry* b) { return a->depth < b->depth; });
        return out;
    }

private:
    void computeDepths()
    {
        // Walks up from each branch to the first one of known depth; no recursion, so long
        // chains cannot exhaust the stack. A parent cycle (never sent by Neon) is cut: the
        // last branch the walk reached before meeting itself becomes a root.
        QList<int> state(entries.size(), 0); // 0 unknown, 1 on the current walk, 2 known
        QVarLengthArray<qsizetype, 64> walk;
        for (qsizetype start = 0; start < entries.size(); ++start) {
            walk.clear();
            qsizetype i = start;
            while (i >= 0 && state[i] == 0) {
                state[i] = 1;
                walk.append(i);
                i = entries[i].parent;
            }
            if (i >= 0 && state[i] == 1) // back at a branch of this walk: a cycle
                entries[walk.back()].parent = -1;
            int d = i >= 0 && state[i] == 2 ? entries[i].depth : -1;
            for (qsizetype k = walk.size(); k-- > 0;) {
                Entry& e = entries[walk[k]];
                e.depth = e.parent < 0 ? 0 : d + 1;
                d = e.depth;
                state[walk[k]] = 2;
            }
        }
    }
};

std::unique_ptr<ProjectTreeModel::Node> ProjectTreeModel::newProjectNode(const Neon::Project& p)
{
    auto node = std::make_unique<Node>();
    node->kind = Kind::Project;
    node->id = p.id;
    node->projectId = p.id;
    node->project = std::make_unique<Neon::Project>(p);
    return node;
}

void ProjectTreeModel::setProjects(const QList<Neon::Project>& projects)
{
    if (m_projects.isEmpty() && !projects.isEmpty()) { // the first list: one insertion
        std::vector<std::unique_ptr<Node>> nodes;
        nodes.reserve(size_t(projects.size()));
        for (const Neon::Project& p : projects) {
            auto node = newProjectNode(p);
            node->parent = m_root.get();
            m_projects.insert(p.id, node.get());
            nodes.push_back(std::move(node));
        }
        beginInsertRows({}, 0, int(nodes.size()) - 1);
        m_root->children = std::move(nodes);
        sortChildren(m_root.get());
        endInsertRows();
        return;
    }
    QSet<QString> wanted;
    wanted.reserve(projects.size());
    for (const Neon::Project& p : projects)
        wanted.insert(p.id);
    const QList<Node*> existing = m_projects.values();
    for (Node* n : existing) {
        if (!wanted.contains(n->id))
            removeNode(n);
    }
    for (const Neon::Project& p : projects) {
        if (Node* n = m_projects.value(p.id)) {
            mergeProject(n, p);
            continue;
        }
        auto node = newProjectNode(p);
        m_projects.insert(p.id, node.get());
        insertNode(m_root.get(), std::move(node));
    }
}

void ProjectTreeModel::mergeProject(Node* n, const Neon::Project& p)
{
    const Neon::Project old = *n->project;
    *n->project = p;
    if (old.name != p.name)
        moveNode(n, m_root.get());
    if (old.name != p.name || old.regionId != p.regionId || old.pgVersion != p.pgVersion)
        Q_EMIT dataChanged(indexOf(n, NameColumn), indexOf(n, NameColumn));
    if (old.createdAt != p.createdAt || old.syntheticStorageSize != p.syntheticStorageSize)
        Q_EMIT dataChanged(indexOf(n, CreatedColumn), indexOf(n, SizeColumn));
}

void ProjectTreeModel::setBranches(const QString& projectId, const QList<Neon::Branch>& branches,
                                   const QHash<QString, BranchActivity>& lastActive)
{
    Node* project = m_projects.value(projectId);
    if (!project)
        return;
    project->loaded = true;
    QHash<QString, Node*>& index = m_branches[projectId];
    if (updateInPlace(index, branches, lastActive))
        return;
    const BranchPlan plan(branches);
    if (index.isEmpty() && !branches.isEmpty())
        buildBranches(project, plan, index, lastActive);
    else
        mergeBranches(project, plan, index, lastActive);
    reindex(project); // names or ids came, went or changed
}

std::unique_ptr<ProjectTreeModel::Node> ProjectTreeModel::newBranchNode(const QString& projectId, const Neon::Branch& b,
                                                                        const BranchActivity& activity, bool orphan,
                                                                        QHash<QString, Node*>& index)
{
    auto node = std::make_unique<Node>();
    node->kind = Kind::Branch;
    node->id = b.id;
    node->projectId = projectId;
    node->branch = b;
    node->activity = activity;
    node->orphan = orphan;
    index.insert(b.id, node.get());
    return node;
}

void ProjectTreeModel::buildBranches(Node* project, const BranchPlan& plan, QHash<QString, Node*>& index,
                                     const QHash<QString, BranchActivity>& activity)
{
    // A project seen for the first time is built off-model, each sibling list sorted once,
    // and inserted in one go.
    index.reserve(plan.entries.size());
    std::vector<Node*> nodes(size_t(plan.entries.size()), nullptr);
    std::vector<std::unique_ptr<Node>> owned;
    owned.reserve(nodes.size());
    for (qsizetype i = 0; i < plan.entries.size(); ++i) {
        const BranchPlan::Entry& e = plan.entries.at(i);
        owned.push_back(newBranchNode(project->id, *e.branch, activity.value(e.branch->id), e.orphan, index));
        nodes[size_t(i)] = owned.back().get();
    }
    Node staging; // holds the roots until the rows are announced
    for (qsizetype i = 0; i < plan.entries.size(); ++i) {
        const qsizetype parent = plan.entries.at(i).parent;
        Node* to = parent < 0 ? &staging : nodes[size_t(parent)];
        owned[size_t(i)]->parent = to;
        to->children.push_back(std::move(owned[size_t(i)]));
    }
    for (Node* n : nodes)
        sortChildren(n);
    sortChildren(&staging);
    m_branchCount += int(plan.entries.size());
    beginInsertRows(indexOf(project), 0, int(staging.children.size()) - 1);
    for (auto& root : staging.children) {
        root->parent = project;
        project->children.push_back(std::move(root));
    }
    renumber(project, 0, int(project->children.size()) - 1);
    endInsertRows();
}

void ProjectTreeModel::mergeBranches(Node* project, const BranchPlan& plan, QHash<QString, Node*>& index,
                                     const QHash<QString, BranchActivity>& activity)
{
    const QList<const BranchPlan::Entry*> ordered = plan.byDepth();
    const auto parentOf = [&](const BranchPlan::Entry* e) {
        Node* p = e->parent < 0 ? nullptr : index.value(plan.entries.at(e->parent).branch->id);
        return p ? p : project;
    };
    // 1. New branches, parents before children.
    for (const BranchPlan::Entry* e : ordered) {
        if (index.contains(e->branch->id))
            continue;
        ++m_branchCount;
        insertNode(parentOf(e), newBranchNode(project->id, *e->branch, activity.value(e->branch->id), e->orphan, index));
    }
    // 2. Existing branches: new values; moves to a new parent (shallowest first) or to a new
    //    place among siblings after a rename.
    for (const BranchPlan::Entry* e : ordered)
        update(index.value(e->branch->id), *e->branch, activity.value(e->branch->id), e->orphan, parentOf(e));
    // 3. Gone branches, deepest first (their surviving children moved away above).
    QList<Node*> gone;
    for (Node* n : std::as_const(index)) {
        if (!plan.contains(n->id))
            gone.append(n);
    }
    std::sort(gone.begin(), gone.end(), [](const Node* a, const Node* b) { return a->depth() > b->depth(); });
    for (Node* n : std::as_const(gone)) {
        // A gone branch may still hold gone children: those went first (deeper).
        removeNode(n);
    }
}

void ProjectTreeModel::update(Node* n, const Neon::Branch& b, const BranchActivity& active, bool orphan, Node* parent)
{
    const Neon::Branch& old = n->branch;
    const bool renamed = old.name != b.name;
    const bool moved = parent && (parent != n->parent || renamed);
    if (!moved && n->orphan == orphan && n->activity == active && sameBranch(old, b))
        return; // the common case on a refresh: nothing to copy, nothing to announce
    // Which columns change, compared before anything is copied.
    int first = ColumnCount, last = -1;
    auto mark = [&](int column, bool changed) {
        if (changed) {
            first = std::min(first, column);
            last = std::max(last, column);
        }
    };
    mark(NameColumn, renamed || old.isDefault != b.isDefault || old.isProtected != b.isProtected
                         || n->orphan != orphan || old.initSource != b.initSource
                         || old.restrictedActions != b.restrictedActions || old.expiresAt != b.expiresAt
                         || n->activity != active || old.lastResetAt != b.lastResetAt);
    mark(StateColumn, old.currentState != b.currentState || old.pendingState != b.pendingState);
    mark(LastActiveColumn, n->activity.lastActive != active.lastActive || old.updatedAt != b.updatedAt);
    mark(CreatedColumn, old.createdAt != b.createdAt);
    mark(SizeColumn, old.logicalSize != b.logicalSize);
    mark(ComputeColumn, old.computeTimeSeconds != b.computeTimeSeconds);
    mark(ExpiresColumn, old.expiresAt != b.expiresAt);
    n->branch = b; // every field: the details panel reads more than the columns show
    n->activity = active;
    n->orphan = orphan;
    if (moved)
        moveNode(n, parent);
    if (last >= 0)
        Q_EMIT dataChanged(indexOf(n, first), indexOf(n, last));
}

bool ProjectTreeModel::updateInPlace(QHash<QString, Node*>& index, const QList<Neon::Branch>& branches,
                                     const QHash<QString, BranchActivity>& lastActive)
{
    // The common refresh: the same branches under the same parents with the same names.
    if (index.size() != branches.size())
        return false;
    QVarLengthArray<Node*, 64> nodes;
    nodes.reserve(branches.size());
    for (const Neon::Branch& b : branches) {
        Node* n = index.value(b.id);
        if (!n || n->branch.parentId != b.parentId || n->branch.name != b.name)
            return false;
        nodes.append(n);
    }
    const BranchActivity none;
    for (qsizetype i = 0; i < branches.size(); ++i) {
        const Neon::Branch& b = branches.at(i);
        const auto found = lastActive.isEmpty() ? lastActive.cend() : lastActive.constFind(b.id);
        update(nodes[i], b, found == lastActive.cend() ? none : *found, nodes[i]->orphan, nullptr);
    }
    return true;
}

} // namespace Models
