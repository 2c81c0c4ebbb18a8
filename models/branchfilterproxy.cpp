// SPDX-License-Identifier: MIT
#include "branchfilterproxy.h"

#include "projecttreemodel.h"

using namespace Qt::StringLiterals;

namespace Models {

BranchFilterProxy::BranchFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ProjectTreeModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

bool BranchFilterProxy::isFiltering() const
{
    return m_filter != Filter();
}

void BranchFilterProxy::setFilter(const Filter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_text = QStringMatcher(filter.text, Qt::CaseInsensitive);
    m_now = QDateTime::currentDateTimeUtc();
    judge();
    invalidateRowsFilter();
}

void BranchFilterProxy::setSourceModel(QAbstractItemModel* model)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    // Connected before the base class connects: the next pass is queued before rows are judged.
    if (model) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &BranchFilterProxy::sourceChanged);
        connect(model, &QAbstractItemModel::rowsMoved, this, &BranchFilterProxy::sourceChanged);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &BranchFilterProxy::sourceChanged);
        connect(model, &QAbstractItemModel::dataChanged, this, &BranchFilterProxy::sourceChanged);
        connect(model, &QAbstractItemModel::modelReset, this, &BranchFilterProxy::sourceChanged);
    }
    QSortFilterProxyModel::setSourceModel(model);
    judge();
}

void BranchFilterProxy::sourceChanged()
{
    if (!isFiltering() || m_rejudgeQueued)
        return;
    m_rejudgeQueued = true;
    // One pass for a whole merge, however many signals it sends; ancestors of new matches
    // appear then.
    QMetaObject::invokeMethod(this, [this] {
        m_rejudgeQueued = false;
        if (!isFiltering())
            return;
        m_now = QDateTime::currentDateTimeUtc();
        judge();
        invalidateRowsFilter();
    }, Qt::QueuedConnection);
}

void BranchFilterProxy::judge()
{
    m_visible.clear();
    const auto* model = qobject_cast<const ProjectTreeModel*>(sourceModel());
    if (model && isFiltering()) // the model searches the text itself, all names at once
        m_visible = model->matchingWithAncestors(
            m_filter.text, [this](const Neon::Branch& b, const BranchActivity& a) { return matchesBesidesText(b, a); });
}

bool BranchFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!isFiltering())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_visible.contains(index.internalPointer()))
        return true;
    if (!m_rejudgeQueued)
        return false;
    const auto* branch = static_cast<const Neon::Branch*>(index.data(ProjectTreeModel::BranchPointerRole).value<const void*>());
    return branch && matches(*branch, index.data(ProjectTreeModel::ActivityRole).value<BranchActivity>());
}

bool BranchFilterProxy::matches(const Neon::Branch& b, const BranchActivity& activity) const
{
    if (!m_filter.text.isEmpty() && m_text.indexIn(b.name) < 0 && m_text.indexIn(b.id) < 0)
        return false;
    return matchesBesidesText(b, activity);
}

bool BranchFilterProxy::matchesBesidesText(const Neon::Branch& b, const BranchActivity& activity) const
{
    const Filter& f = m_filter;
    if (!f.tiers.isEmpty() && !f.tiers.contains(tierOf(b)))
        return false;
    if (f.staleDays > 0 && idleDays(b, activity, m_now) < f.staleDays)
        return false;
    if (f.activeCompute && activity.compute != ComputeState::Active)
        return false;
    if (f.expiringWithinDays > 0 && (!b.expiresAt.isValid() || m_now.daysTo(b.expiresAt) > f.expiringWithinDays))
        return false;
    return true;
}

} // namespace Models
