// SPDX-License-Identifier: MIT
#pragma once

#include "branchfacts.h"

#include <neon/branch.h>
#include <neon/project.h>

#include <QAbstractItemModel>
#include <QDateTime>
#include <QHash>
#include <QSet>

#include <functional>
#include <memory>
#include <vector>

namespace Models {

/// Projects and, under each, its branch hierarchy by `parent_id` (branches whose parent is gone
/// become roots marked as orphans). Refreshes merge: rows are inserted, removed and moved for
/// exactly what changed and dataChanged covers only changed columns, so selection, expansion and
/// persistent indexes survive. A project's branches load lazily (canFetchMore/fetchMore).
class ProjectTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, StateColumn, LastActiveColumn, CreatedColumn, SizeColumn, ComputeColumn, ExpiresColumn,
                  ColumnCount };
    Q_ENUM(Column)
    /// BranchPointerRole: `const Neon::Branch*` for proxies in this process (no copy); null for projects.
    /// TierRole: Models::Tier; BadgesRole: QList<Badge>; ActivityRole: BranchActivity.
    enum Role { SortRole = Qt::UserRole, KindRole, IdRole, ProjectIdRole, OrphanRole, TierRole, BadgesRole, ActivityRole,
                ObjectRole, BranchPointerRole };
    Q_ENUM(Role)
    enum class Kind { Project, Branch };
    Q_ENUM(Kind)

    explicit ProjectTreeModel(QObject* parent = nullptr);
    ~ProjectTreeModel() override;

    /// Merges the organization's projects (projects no longer listed go, with their branches).
    void setProjects(const QList<Neon::Project>& projects);
    /// Merges one project's branches; `activity` (by branch id) comes from its computes.
    void setBranches(const QString& projectId, const QList<Neon::Branch>& branches,
                     const QHash<QString, BranchActivity>& activity = {});
    /// Forgets everything (a different organization): the only reset.
    void clear();

    /// The nodes (indexes' internalPointer()) of the branches `accept` takes, with their parent
    /// branches and projects: one pass, for proxies that judge all rows at once.
    QSet<const void*> matchingWithAncestors(
        const std::function<bool(const Neon::Branch&, const BranchActivity&)>& accept) const;
    /// The same for the branches whose name or id contains `text` (in any case, as
    /// QStringMatcher compares) and that `accept` takes. Faster than judging the text in
    /// `accept`: each project's names and ids are searched as one block of text.
    QSet<const void*> matchingWithAncestors(
        const QString& text, const std::function<bool(const Neon::Branch&, const BranchActivity&)>& accept) const;
    /// The moment badges count from (expiry countdowns, staleness); now unless a test fixes it.
    void setNow(const QDateTime& now) { m_fixedNow = now; }

    QModelIndex projectIndex(const QString& projectId) const;
    QModelIndex branchIndex(const QString& projectId, const QString& branchId) const;
    int branchCount() const { return m_branchCount; }
    const Neon::Project* project(const QString& projectId) const;
    /// The project's loaded branches (tree order), for dialogs that check names and rules.
    QList<Neon::Branch> branchesOf(const QString& projectId) const;
    int childCount(const QString& projectId, const QString& branchId) const;
    /// The projects in row order, and whether a project's branches have arrived.
    QStringList projectIds() const;
    bool isLoaded(const QString& projectId) const;
    /// Every loaded branch of a project with its computes' activity, parents before children; no copies.
    void forEachBranch(const QString& projectId,
                       const std::function<void(const Neon::Branch&, const BranchActivity&)>& visit) const;
    /// The branch and everything under it, deepest first: the order a subtree can be deleted in.
    QList<Neon::Branch> subtreeLeavesFirst(const QString& projectId, const QString& branchId) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    /// A view expanded a project whose branches were never loaded: the owner fetches them.
    void branchesRequested(const QString& projectId);

private:
    // The sources split by concern: projecttreemodel.cpp (the tree's structure and the item-model
    // overrides), projecttreemodel_merge.cpp (setProjects/setBranches), projecttreemodel_data.cpp
    // (what a row shows), projecttreemodel_queries.cpp (lookups for dialogs, charts and proxies),
    // projecttreemodel_search.cpp (the text search behind the filter).
    struct Node;
    struct BranchPlan;
    struct SearchIndex;
    Node* nodeOf(const QModelIndex& index) const;
    QModelIndex indexOf(const Node* node, int column = 0) const;
    static int sortedRow(const Node* parent, const Node* node);
    static void renumber(Node* parent, int from, int to);
    static void sortChildren(Node* parent);
    void insertNode(Node* parent, std::unique_ptr<Node> node);
    void moveNode(Node* node, Node* newParent);
    void removeNode(Node* node);
    void forget(Node* node);
    static std::unique_ptr<Node> newProjectNode(const Neon::Project& p);
    void mergeProject(Node* n, const Neon::Project& p);
    std::unique_ptr<Node> newBranchNode(const QString& projectId, const Neon::Branch& b, const BranchActivity& activity,
                                        bool orphan, QHash<QString, Node*>& index);
    void buildBranches(Node* project, const BranchPlan& plan, QHash<QString, Node*>& index,
                       const QHash<QString, BranchActivity>& activity);
    void mergeBranches(Node* project, const BranchPlan& plan, QHash<QString, Node*>& index,
                       const QHash<QString, BranchActivity>& activity);
    void update(Node* n, const Neon::Branch& b, const BranchActivity& active, bool orphan, Node* parent);
    bool updateInPlace(QHash<QString, Node*>& index, const QList<Neon::Branch>& branches,
                       const QHash<QString, BranchActivity>& activity);
    void reindex(const Node* project);
    void markWithAncestors(const Node* node, QSet<const void*>& out) const;
    QVariant branchData(const Node& n, int column, int role) const;
    QVariant projectData(const Node& n, int column, int role) const;
    QDateTime now() const;
    QString ago(const QDateTime& t) const;

    std::unique_ptr<Node> m_root;
    QHash<QString, Node*> m_projects;
    QHash<QString, QHash<QString, Node*>> m_branches; // project id → branch id → node
    std::unique_ptr<SearchIndex> m_search; // per project: its branches' names and ids in one block
    int m_branchCount = 0;
    QDateTime m_fixedNow;
};

} // namespace Models
