// SPDX-License-Identifier: MIT
#include "branchfilterproxy.h"

#include "projecttreemodel.h"

using namespace Qt::StringLiterals;

namespace Models {

Tier tierOf(const Neon::Branch& b)
{
    const QString n = b.name.toLower();
    if (n.contains("_old_"_L1) || n.endsWith("_old"_L1) || n.contains("backup"_L1))
        return Tier::Backup;
    if (b.isDefault || n == "main"_L1 || n == "production"_L1 || n == "prod"_L1)
        return Tier::Production;
    if (n == "main-dev"_L1 || n == "main-anon"_L1 || n.endsWith("-base"_L1) || n.contains("template"_L1))
        return Tier::Base;
    if (n.startsWith("preview"_L1) || n.startsWith("pr-"_L1))
        return Tier::Preview;
    if (n.startsWith("qa-"_L1) || n.startsWith("qa/"_L1) || n.startsWith("test-"_L1))
        return Tier::Qa;
    if (n.startsWith("dev-"_L1) || n.startsWith("dev/"_L1) || n.startsWith("feature"_L1))
        return Tier::Dev;
    return Tier::Other;
}

QString tierName(Tier tier)
{
    switch (tier) {
    case Tier::Production: return QObject::tr("production");
    case Tier::Base: return QObject::tr("base");
    case Tier::Dev: return QObject::tr("dev");
    case Tier::Preview: return QObject::tr("preview");
    case Tier::Qa: return QObject::tr("QA");
    case Tier::Backup: return QObject::tr("backup");
    case Tier::Other: return QObject::tr("other");
    }
    return {};
}

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
    m_now = QDateTime::currentDateTimeUtc();
    judge();
    invalidateRowsFilter();
}

void BranchFilterProxy::judge()
{
    m_visible.clear();
    const auto* model = qobject_cast<const ProjectTreeModel*>(sourceModel());
    if (model && isFiltering())
        m_visible = model->matchingWithAncestors(
            [this](const Neon::Branch& b, const QDateTime& active) { return matches(b, active); });
}

bool BranchFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!isFiltering())
        return true;
    return m_visible.contains(sourceModel()->index(sourceRow, 0, sourceParent).internalPointer());
}

bool BranchFilterProxy::matches(const Neon::Branch& b, const QDateTime& lastActive) const
{
    const Filter& f = m_filter;
    if (!f.text.isEmpty() && !b.name.contains(f.text, Qt::CaseInsensitive) && !b.id.contains(f.text, Qt::CaseInsensitive))
        return false;
    if (!f.tiers.isEmpty() && !f.tiers.contains(tierOf(b)))
        return false;
    if (f.staleDays > 0) {
        // The later of the branch's own update and its compute's last activity.
        const QDateTime last = std::max(lastActive, b.updatedAt);
        if (last.isValid() && last.daysTo(m_now) < f.staleDays)
            return false;
    }
    if (f.expiringWithinDays > 0 && (!b.expiresAt.isValid() || m_now.daysTo(b.expiresAt) > f.expiringWithinDays))
        return false;
    return true;
}

} // namespace Models
