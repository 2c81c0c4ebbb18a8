// SPDX-License-Identifier: MIT
#include "projecttreemodel.h"

#include <QLocale>
#include <QVarLengthArray>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace Models {

struct ProjectTreeModel::Node
{
    Kind kind = Kind::Branch;
    QString id;
    QString projectId;
    std::unique_ptr<Neon::Project> project; ///< project nodes only (branch nodes are the many)
    Neon::Branch branch;
    BranchActivity activity;
    bool orphan = false;
    bool loaded = false; ///< projects: branches were set at least once
    bool requested = false; ///< projects: branchesRequested was emitted
    Node* parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    const QString& name() const { return kind == Kind::Project ? project->name : branch.name; }
    int row() const
    {
        if (!parent)
            return 0;
        const auto it = std::find_if(parent->children.cbegin(), parent->children.cend(),
                                     [this](const std::unique_ptr<Node>& c) { return c.get() == this; });
        return int(it - parent->children.cbegin());
    }
    int depth() const
    {
        int d = 0;
        for (const Node* p = parent; p; p = p->parent)
            ++d;
        return d;
    }
};

namespace {
bool before(const QString& nameA, const QString& idA, const QString& nameB, const QString& idB)
{
    const int c = QString::compare(nameA, nameB, Qt::CaseInsensitive);
    return c != 0 ? c < 0 : idA < idB;
}

QString bytes(qint64 n)
{
    return QLocale().formattedDataSize(n, 1, QLocale::DataSizeTraditionalFormat);
}
} // namespace

ProjectTreeModel::ProjectTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
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
    return createIndex(node->row(), column, const_cast<Node*>(node));
}

int ProjectTreeModel::sortedRow(const Node* parent, const Node* node)
{
    // Children stay sorted by name (then id): a binary search finds a new node's row. A node
    // already among them (renamed) may be out of place, so its row is counted.
    if (node->parent != parent) {
        const auto at = std::lower_bound(parent->children.cbegin(), parent->children.cend(), node,
                                         [](const std::unique_ptr<Node>& c, const Node* n) {
                                             return before(c->name(), c->id, n->name(), n->id);
                                         });
        return int(at - parent->children.cbegin());
    }
    int row = 0;
    for (const auto& c : parent->children) {
        if (c.get() == node)
            continue;
        if (before(c->name(), c->id, node->name(), node->id))
            ++row;
    }
    return row;
}

void ProjectTreeModel::insertNode(Node* parent, std::unique_ptr<Node> node)
{
    const int row = sortedRow(parent, node.get());
    node->parent = parent;
    beginInsertRows(indexOf(parent), row, row);
    parent->children.insert(parent->children.begin() + row, std::move(node));
    endInsertRows();
}

void ProjectTreeModel::moveNode(Node* node, Node* newParent)
{
    Node* oldParent = node->parent;
    const int from = node->row();
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
    }
}

void ProjectTreeModel::removeNode(Node* node)
{
    Node* parent = node->parent;
    const int row = node->row();
    beginRemoveRows(indexOf(parent), row, row);
    forget(node);
    parent->children.erase(parent->children.begin() + row);
    endRemoveRows();
}

void ProjectTreeModel::clear()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_projects.clear();
    m_branches.clear();
    m_branchCount = 0;
    endResetModel();
}

void ProjectTreeModel::setProjects(const QList<Neon::Project>& projects)
{
    if (m_projects.isEmpty() && !projects.isEmpty()) { // the first list: one insertion
        std::vector<std::unique_ptr<Node>> nodes;
        nodes.reserve(size_t(projects.size()));
        for (const Neon::Project& p : projects) {
            auto node = std::make_unique<Node>();
            node->kind = Kind::Project;
            node->id = p.id;
            node->projectId = p.id;
            node->project = std::make_unique<Neon::Project>(p);
            node->parent = m_root.get();
            m_projects.insert(p.id, node.get());
            nodes.push_back(std::move(node));
        }
        std::sort(nodes.begin(), nodes.end(), [](const auto& a, const auto& b) { return before(a->name(), a->id, b->name(), b->id); });
        beginInsertRows({}, 0, int(nodes.size()) - 1);
        m_root->children = std::move(nodes);
        endInsertRows();
        return;
    }
    QHash<QString, const Neon::Project*> wanted;
    for (const Neon::Project& p : projects)
        wanted.insert(p.id, &p);
    const QList<Node*> existing = m_projects.values();
    for (Node* n : existing) {
        if (!wanted.contains(n->id))
            removeNode(n);
    }
    for (const Neon::Project& p : projects) {
        if (Node* n = m_projects.value(p.id)) {
            const Neon::Project old = *n->project;
            *n->project = p;
            if (old.name != p.name)
                moveNode(n, m_root.get());
            if (old.name != p.name || old.regionId != p.regionId || old.pgVersion != p.pgVersion)
                Q_EMIT dataChanged(indexOf(n, NameColumn), indexOf(n, NameColumn));
            if (old.createdAt != p.createdAt || old.syntheticStorageSize != p.syntheticStorageSize)
                Q_EMIT dataChanged(indexOf(n, CreatedColumn), indexOf(n, SizeColumn));
            continue;
        }
        auto node = std::make_unique<Node>();
        node->kind = Kind::Project;
        node->id = p.id;
        node->projectId = p.id;
        node->project = std::make_unique<Neon::Project>(p);
        m_projects.insert(p.id, node.get());
        insertNode(m_root.get(), std::move(node));
    }
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
    QHash<QString, const Neon::Branch*> wanted;
    for (const Neon::Branch& b : branches)
        wanted.insert(b.id, &b);
    auto desiredParentId = [&](const Neon::Branch& b) {
        return !b.parentId.isEmpty() && wanted.contains(b.parentId) ? b.parentId : QString();
    };
    QHash<QString, int> depth;
    depth.reserve(branches.size());
    std::function<int(const Neon::Branch&, int)> depthOf = [&](const Neon::Branch& b, int guard) -> int {
        const auto known = depth.constFind(b.id);
        if (known != depth.cend())
            return *known;
        const QString p = desiredParentId(b);
        const int d = p.isEmpty() || guard > 1000 ? 0 : depthOf(*wanted.value(p), guard + 1) + 1;
        depth.insert(b.id, d);
        return d;
    };
    QList<std::pair<int, const Neon::Branch*>> ordered;
    ordered.reserve(branches.size());
    for (const Neon::Branch& b : branches)
        ordered.append({depthOf(b, 0), &b});
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) { return a.first < b.first; });

    auto makeNode = [&](const Neon::Branch& b) {
        auto node = std::make_unique<Node>();
        node->kind = Kind::Branch;
        node->id = b.id;
        node->projectId = projectId;
        node->branch = b;
        node->activity = lastActive.value(b.id);
        node->orphan = !b.parentId.isEmpty() && !wanted.contains(b.parentId);
        index.insert(b.id, node.get());
        return node;
    };

    // A project seen for the first time is built off-model and inserted in one go.
    if (index.isEmpty() && !branches.isEmpty()) {
        std::vector<std::unique_ptr<Node>> roots;
        for (const auto& [d, b] : std::as_const(ordered)) {
            const QString parentId = desiredParentId(*b);
            Node* parent = parentId.isEmpty() ? nullptr : index.value(parentId);
            auto node = makeNode(*b);
            auto& siblings = parent ? parent->children : roots;
            node->parent = parent;
            const auto at = std::upper_bound(siblings.begin(), siblings.end(), node, [](const auto& x, const auto& y) {
                return before(x->name(), x->id, y->name(), y->id);
            });
            siblings.insert(at, std::move(node));
        }
        m_branchCount += int(branches.size());
        beginInsertRows(indexOf(project), 0, int(roots.size()) - 1);
        for (auto& r : roots) {
            r->parent = project;
            project->children.push_back(std::move(r));
        }
        endInsertRows();
        return;
    }

    // 1. New branches, parents before children.
    for (const auto& [d, b] : std::as_const(ordered)) {
        if (index.contains(b->id))
            continue;
        const QString parentId = desiredParentId(*b);
        Node* parent = parentId.isEmpty() ? project : index.value(parentId);
        ++m_branchCount;
        insertNode(parent, makeNode(*b));
    }
    // 2. Existing branches: new values; moves to a new parent (shallowest first) or to a new
    //    place among siblings after a rename.
    for (const auto& [d, b] : std::as_const(ordered)) {
        Node* n = index.value(b->id);
        const QString parentId = desiredParentId(*b);
        Node* parent = parentId.isEmpty() ? project : index.value(parentId);
        const bool renamed = n->branch.name != b->name;
        update(n, *b, lastActive.value(b->id), !b->parentId.isEmpty() && !wanted.contains(b->parentId),
               [&] {
                   if (parent != n->parent || renamed)
                       moveNode(n, parent);
               });
    }
    // 3. Gone branches, deepest first (their surviving children moved away above).
    QList<Node*> gone;
    for (Node* n : std::as_const(index)) {
        if (!wanted.contains(n->id))
            gone.append(n);
    }
    std::sort(gone.begin(), gone.end(), [](const Node* a, const Node* b) { return a->depth() > b->depth(); });
    for (Node* n : std::as_const(gone)) {
        // A gone branch may still hold gone children: those went first (deeper).
        removeNode(n);
    }
}

void ProjectTreeModel::update(Node* n, const Neon::Branch& b, const BranchActivity& active, bool orphan,
                              const std::function<void()>& place)
{
    const Neon::Branch& old = n->branch;
    // Which columns change, compared before anything is copied.
    int first = ColumnCount, last = -1;
    auto mark = [&](int column, bool changed) {
        if (changed) {
            first = std::min(first, column);
            last = std::max(last, column);
        }
    };
    mark(NameColumn, old.name != b.name || old.isDefault != b.isDefault || old.isProtected != b.isProtected
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
    place();
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
    for (const Neon::Branch& b : branches) {
        Node* n = index.value(b.id);
        if (!n || n->branch.parentId != b.parentId || n->branch.name != b.name)
            return false;
        nodes.append(n);
    }
    for (qsizetype i = 0; i < branches.size(); ++i)
        update(nodes[i], branches.at(i), lastActive.value(branches.at(i).id), nodes[i]->orphan, [] {});
    return true;
}

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
    std::function<void(const Node*)> walk = [&](const Node* n) {
        for (const auto& c : n->children) {
            out.append(c->branch);
            walk(c.get());
        }
    };
    walk(p);
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
    const Node* p = m_projects.value(projectId);
    if (!p)
        return;
    std::function<void(const Node*)> walk = [&](const Node* n) {
        for (const auto& c : n->children) {
            visit(c->branch, c->activity);
            walk(c.get());
        }
    };
    walk(p);
}

int ProjectTreeModel::childCount(const QString& projectId, const QString& branchId) const
{
    const Node* n = m_branches.value(projectId).value(branchId);
    return n ? int(n->children.size()) : 0;
}

QList<Neon::Branch> ProjectTreeModel::subtreeLeavesFirst(const QString& projectId, const QString& branchId) const
{
    QList<Neon::Branch> out;
    std::function<void(const Node*)> walk = [&](const Node* n) {
        for (const auto& c : n->children)
            walk(c.get());
        out.append(n->branch); // after its children: leaves come first
    };
    if (const Node* n = m_branches.value(projectId).value(branchId))
        walk(n);
    return out;
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

QVariant ProjectTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case StateColumn: return tr("State");
    case LastActiveColumn: return tr("Last active");
    case CreatedColumn: return tr("Created");
    case SizeColumn: return tr("Size");
    case ComputeColumn: return tr("Compute");
    case ExpiresColumn: return tr("Expires");
    default: return {};
    }
}

QVariant ProjectTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Node* n = nodeOf(index);
    switch (role) {
    case KindRole: return QVariant::fromValue(n->kind);
    case IdRole: return n->id;
    case ProjectIdRole: return n->projectId;
    case OrphanRole: return n->orphan;
    case ObjectRole:
        return n->kind == Kind::Branch ? QVariant::fromValue(n->branch) : QVariant::fromValue(*n->project);
    case BranchPointerRole:
        return QVariant::fromValue(static_cast<const void*>(n->kind == Kind::Branch ? &n->branch : nullptr));
    default: break;
    }
    return n->kind == Kind::Branch ? branchData(*n, index.column(), role) : projectData(*n, index.column(), role);
}

QString ProjectTreeModel::ago(const QDateTime& t) const
{
    if (!t.isValid())
        return {};
    const qint64 secs = std::max<qint64>(0, t.secsTo(now()));
    if (secs < 60)
        return tr("just now");
    if (secs < 3600)
        return tr("%n min ago", nullptr, int(secs / 60));
    if (secs < 86400)
        return tr("%n h ago", nullptr, int(secs / 3600));
    return tr("%n d ago", nullptr, int(secs / 86400));
}

QDateTime ProjectTreeModel::now() const
{
    return m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTimeUtc();
}

QVariant ProjectTreeModel::projectData(const Node& n, int column, int role) const
{
    const Neon::Project& p = *n.project;
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (column) {
        case NameColumn: return p.name;
        case CreatedColumn:
            return role == SortRole ? QVariant(p.createdAt) : QVariant(QLocale().toString(p.createdAt.toLocalTime().date(), QLocale::ShortFormat));
        default: return {}; // a project's storage is shared by its branches: no single size to show
        }
    }
    if (role == Qt::AccessibleTextRole && column == NameColumn)
        return tr("Project %1").arg(p.name);
    if (role == Qt::ToolTipRole && column == NameColumn)
        return tr("Project %1 (%2), %3, Postgres %4").arg(p.name, p.id, p.regionId).arg(p.pgVersion);
    return {};
}

QVariant ProjectTreeModel::branchData(const Node& n, int column, int role) const
{
    const Neon::Branch& b = n.branch;
    if (role == Qt::DisplayRole) {
        switch (column) {
        case NameColumn: return b.name;
        case StateColumn: return b.pendingState.isEmpty() ? b.currentState : tr("%1 → %2").arg(b.currentState, b.pendingState);
        case LastActiveColumn: return ago(n.activity.lastActive);
        case CreatedColumn: return QLocale().toString(b.createdAt.toLocalTime().date(), QLocale::ShortFormat);
        case SizeColumn: return b.logicalSize ? bytes(*b.logicalSize) : QString();
        case ComputeColumn: return tr("%1 h").arg(double(b.computeTimeSeconds) / 3600.0, 0, 'f', 1);
        case ExpiresColumn:
            return b.expiresAt.isValid() ? QLocale().toString(b.expiresAt.toLocalTime(), u"d MMM, HH:mm"_s) : QString();
        default: return {};
        }
    }
    if (role == SortRole) {
        switch (column) {
        case NameColumn: return b.name;
        case StateColumn: return b.currentState;
        case LastActiveColumn: return n.activity.lastActive;
        case CreatedColumn: return b.createdAt;
        case SizeColumn: return b.logicalSize.value_or(-1);
        case ComputeColumn: return b.computeTimeSeconds;
        case ExpiresColumn: return b.expiresAt;
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && (column == SizeColumn || column == ComputeColumn))
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role == Qt::ToolTipRole && column != NameColumn) {
        // The columns show short forms; the tooltip gives the exact moment.
        const QDateTime exact = column == LastActiveColumn ? n.activity.lastActive
                                : column == CreatedColumn  ? b.createdAt
                                : column == ExpiresColumn  ? b.expiresAt
                                                           : QDateTime();
        if (exact.isValid())
            return QLocale().toString(exact.toLocalTime(), QLocale::LongFormat);
    }
    if (column == NameColumn) {
        switch (role) {
        case TierRole: return QVariant::fromValue(tierOf(b));
        case ActivityRole: return QVariant::fromValue(n.activity);
        case BadgesRole: return QVariant::fromValue(badgesOf(b, n.activity, n.orphan, now()));
        case Qt::AccessibleTextRole: return accessibleSummary(b, badgesOf(b, n.activity, n.orphan, now()));
        case Qt::ToolTipRole: {
            QStringList lines{tr("<b>%1</b> (%2), %3 tier").arg(b.name.toHtmlEscaped(), b.id, tierName(tierOf(b)))};
            for (const Badge& badge : badgesOf(b, n.activity, n.orphan, now()))
                lines.append(u"• "_s + badge.toolTip.toHtmlEscaped());
            return lines.join(u"<br>"_s);
        }
        default: break;
        }
    }
    return {};
}

} // namespace Models
