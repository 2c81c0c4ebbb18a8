// SPDX-License-Identifier: MIT
// Lookups over the tree for dialogs, the Insight charts and the filter proxy; no signals.
#include "projecttreemodel.h"

#include "projecttreemodel_node.h"

namespace Models {

QSet<const void*> ProjectTreeModel::matchingWithAncestors(
    const std::function<bool(const Neon::Branch&, const BranchActivity&)>& accept) const
{
    QSet<const void*> out;
    // Depth-first without std::function recursion: this runs over every branch on each filter.
    struct Walker
    {
        const std::function<bool(const Neon::Branch&, const BranchActivity&)>& accept;
        QSet<const void*>& out;
        bool walk(const Node* n) const
        {
            bool any = false;
            for (const auto& c : n->children) {
                const bool below = !c->children.empty() && walk(c.get());
                if (below || accept(c->branch, c->activity)) {
                    out.insert(c.get());
                    any = true;
                }
            }
            return any;
        }
    } walker{accept, out};
    for (const auto& project : m_root->children) {
        if (walker.walk(project.get()))
            out.insert(project.get());
    }
    return out;
}

QModelIndex ProjectTreeModel::projectIndex(const QString& projectId) const
{
    return indexOf(m_projects.value(projectId));
}

QModelIndex ProjectTreeModel::branchIndex(const QString& projectId, const QString& branchId) const
{
    return indexOf(m_branches.value(projectId).value(branchId));
}

const Neon::Project* ProjectTreeModel::project(const QString& projectId) const
{
    const Node* n = m_projects.value(projectId);
    return n ? n->project.get() : nullptr;
}

QList<Neon::Branch> ProjectTreeModel::branchesOf(const QString& projectId) const
{
    QList<Neon::Branch> out;
    const Node* p = m_projects.value(projectId);
    if (!p)
        return out;
    out.reserve(m_branches.value(projectId).size());
    p->forEachBelow([&out](const Node& n) { out.append(n.branch); });
    return out;
}

QStringList ProjectTreeModel::projectIds() const
{
    QStringList out;
    for (const auto& p : m_root->children)
        out.append(p->id);
    return out;
}

bool ProjectTreeModel::isLoaded(const QString& projectId) const
{
    const Node* p = m_projects.value(projectId);
    return p && p->loaded;
}

void ProjectTreeModel::forEachBranch(const QString& projectId,
                                     const std::function<void(const Neon::Branch&, const BranchActivity&)>& visit) const
{
    if (const Node* p = m_projects.value(projectId))
        p->forEachBelow([&visit](const Node& n) { visit(n.branch, n.activity); });
}

int ProjectTreeModel::childCount(const QString& projectId, const QString& branchId) const
{
    const Node* n = m_branches.value(projectId).value(branchId);
    return n ? int(n->children.size()) : 0;
}

QList<Neon::Branch> ProjectTreeModel::subtreeLeavesFirst(const QString& projectId, const QString& branchId) const
{
    QList<Neon::Branch> out;
    struct Walker
    {
        QList<Neon::Branch>& out;
        void walk(const Node* n) const
        {
            for (const auto& c : n->children)
                walk(c.get());
            out.append(n->branch); // after its children: leaves come first
        }
    };
    if (const Node* n = m_branches.value(projectId).value(branchId))
        Walker{out}.walk(n);
    return out;
}

} // namespace Models
