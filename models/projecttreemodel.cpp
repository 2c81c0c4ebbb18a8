// SPDX-License-Identifier: MIT
// The tree's structure: nodes, their rows, the insert/move/remove primitives the merge uses,
// and the QAbstractItemModel navigation over them.
#include "projecttreemodel.h"

#include "projecttreemodel_node.h"

#include <algorithm>

namespace Models {

ProjectTreeModel::ProjectTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
    , m_search(std::make_unique<SearchIndex>())
{
}

ProjectTreeModel::~ProjectTreeModel() = default;

ProjectTreeModel::Node* ProjectTreeModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex ProjectTreeModel::indexOf(const Node* node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, const_cast<Node*>(node));
}

void ProjectTreeModel::renumber(Node* parent, int from, int to)
{
    // Only the rows between a change and the end of the shift move: an insertion or removal
    // renumbers the siblings after it, a move among siblings the span it crosses.
    for (int row = std::max(from, 0); row <= to && row < int(parent->children.size()); ++row)
        parent->children[size_t(row)]->row = row;
}

void ProjectTreeModel::sortChildren(Node* parent)
{
    std::sort(parent->children.begin(), parent->children.end(),
              [](const std::unique_ptr<Node>& a, const std::unique_ptr<Node>& b) { return Node::sortsBefore(a.get(), b.get()); });
    renumber(parent, 0, int(parent->children.size()) - 1);
}

int ProjectTreeModel::sortedRow(const Node* parent, const Node* node)
{
    // Children stay sorted by name (then id): a binary search finds a new node's row.
    const auto less = [](const std::unique_ptr<Node>& c, const Node* n) { return Node::sortsBefore(c.get(), n); };
    const auto begin = parent->children.cbegin();
    if (node->parent != parent)
        return int(std::lower_bound(begin, parent->children.cend(), node, less) - begin);
    // A node already among them (renamed) may be out of place, but the siblings before and
    // after it are each still sorted: its row among the others is the sum of two searches.
    const auto self = begin + node->row;
    return int(std::lower_bound(begin, self, node, less) - begin)
           + int(std::lower_bound(self + 1, parent->children.cend(), node, less) - (self + 1));
}

void ProjectTreeModel::insertNode(Node* parent, std::unique_ptr<Node> node)
{
    const int row = sortedRow(parent, node.get());
    node->parent = parent;
    beginInsertRows(indexOf(parent), row, row);
    parent->children.insert(parent->children.begin() + row, std::move(node));
    renumber(parent, row, int(parent->children.size()) - 1);
    endInsertRows();
}

void ProjectTreeModel::moveNode(Node* node, Node* newParent)
{
    Node* oldParent = node->parent;
    const int from = node->row;
    const int to = sortedRow(newParent, node);
    if (oldParent == newParent && from == to)
        return;
    // Qt counts the destination in the list as it is before the move.
    const int destination = oldParent == newParent && to > from ? to + 1 : to;
    if (!beginMoveRows(indexOf(oldParent), from, from, indexOf(newParent), destination))
        return;
    std::unique_ptr<Node> owned = std::move(oldParent->children[size_t(from)]);
    oldParent->children.erase(oldParent->children.begin() + from);
    owned->parent = newParent;
    newParent->children.insert(newParent->children.begin() + to, std::move(owned));
    if (oldParent == newParent) {
        renumber(newParent, std::min(from, to), std::max(from, to));
    } else {
        renumber(oldParent, from, int(oldParent->children.size()) - 1);
        renumber(newParent, to, int(newParent->children.size()) - 1);
    }
    endMoveRows();
}

void ProjectTreeModel::forget(Node* node)
{
    for (const auto& c : node->children)
        forget(c.get());
    if (node->kind == Kind::Branch) {
        m_branches[node->projectId].remove(node->id);
        --m_branchCount;
    } else {
        m_projects.remove(node->id);
        m_branches.remove(node->id);
        m_search->projects.remove(node->id);
    }
}

void ProjectTreeModel::removeNode(Node* node)
{
    Node* parent = node->parent;
    const int row = node->row;
    beginRemoveRows(indexOf(parent), row, row);
    forget(node);
    parent->children.erase(parent->children.begin() + row);
    renumber(parent, row, int(parent->children.size()) - 1);
    endRemoveRows();
}

void ProjectTreeModel::clear()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_projects.clear();
    m_branches.clear();
    m_search->projects.clear();
    m_branchCount = 0;
    endResetModel();
}

QModelIndex ProjectTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    const Node* p = nodeOf(parent);
    if (row < 0 || column < 0 || column >= ColumnCount || row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex ProjectTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int ProjectTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int ProjectTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

bool ProjectTreeModel::hasChildren(const QModelIndex& parent) const
{
    const Node* n = nodeOf(parent);
    if (parent.column() > 0)
        return false;
    if (n->kind == Kind::Project && n != m_root.get() && !n->loaded)
        return true; // not loaded yet: the view offers to expand it
    return !n->children.empty();
}

bool ProjectTreeModel::canFetchMore(const QModelIndex& parent) const
{
    const Node* n = nodeOf(parent);
    return parent.isValid() && n->kind == Kind::Project && !n->loaded;
}

void ProjectTreeModel::fetchMore(const QModelIndex& parent)
{
    // Views (and model testers) may ask repeatedly; one request is in flight per project.
    Node* n = nodeOf(parent);
    if (canFetchMore(parent) && !std::exchange(n->requested, true))
        Q_EMIT branchesRequested(n->id);
}

} // namespace Models
