// SPDX-License-Identifier: MIT
// Private to ProjectTreeModel's sources: one node of the tree and the order siblings keep.
#pragma once

#include "projecttreemodel.h"

#include <memory>
#include <vector>

namespace Models {

struct ProjectTreeModel::Node
{
    // The fields a walk over every branch reads (the filter's, the charts') come first and sit
    // together: such walks are bound by cache misses, one node after another.
    Node* parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    /// Where this node sits in parent->children. Kept by whoever changes that vector (see
    /// ProjectTreeModel::renumber), so index() and parent() need no search among siblings.
    int row = 0;
    Kind kind = Kind::Branch;
    bool orphan = false;
    bool loaded = false; ///< projects: branches were set at least once
    bool requested = false; ///< projects: branchesRequested was emitted
    Neon::Branch branch;
    BranchActivity activity;
    QString id;
    QString projectId;
    std::unique_ptr<Neon::Project> project; ///< project nodes only (branch nodes are the many)

    const QString& name() const { return kind == Kind::Project ? project->name : branch.name; }
    int depth() const
    {
        int d = 0;
        for (const Node* p = parent; p; p = p->parent)
            ++d;
        return d;
    }

    /// Siblings sort by name in any case, then by id (unique): a total order.
    static bool before(const QString& nameA, const QString& idA, const QString& nameB, const QString& idB)
    {
        const int c = QString::compare(nameA, nameB, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : idA < idB;
    }
    static bool sortsBefore(const Node* a, const Node* b) { return before(a->name(), a->id, b->name(), b->id); }

    /// Every node below this one, parents before their children, siblings in row order. A
    /// template rather than a recursive std::function: the Insight charts walk every branch on
    /// each rebuild.
    template <typename Visit>
    void forEachBelow(const Visit& visit) const
    {
        for (const auto& c : children) {
            visit(*c);
            c->forEachBelow(visit);
        }
    }
};

/// Each loaded project's branch names and ids, lower case, in one block of text: a filter's
/// search runs through contiguous memory instead of visiting every node and both its strings
/// (that walk is bound by cache misses). Rebuilt with the project's branches on each merge that
/// adds, removes or renames one; refreshes that only change figures leave it alone.
struct ProjectTreeModel::SearchIndex
{
    static constexpr char16_t separator = u'\n'; ///< ends a name and an id: no hit spans two

    struct Block
    {
        QString text; ///< per indexed branch: name, separator, id, separator
        std::vector<qsizetype> ends; ///< where each branch's part of `text` ends, ascending
        std::vector<const Node*> nodes; ///< the branch of each part
        std::vector<const Node*> unindexed; ///< branches with a name or id beyond ASCII
    };
    QHash<QString, Block> projects; ///< by project id
};

} // namespace Models
