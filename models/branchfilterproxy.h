// SPDX-License-Identifier: MIT
#pragma once

#include "branchfacts.h"

#include <neon/branch.h>

#include <QSet>
#include <QStringMatcher>
#include <QSortFilterProxyModel>

namespace Models {

/// Filters a ProjectTreeModel while keeping the ancestors of every match visible, and sorts on
/// the model's SortRole. Each filter change judges all branches in one pass over the model and
/// marks the matches with their ancestors; rows are then looked up, not judged again.
class BranchFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    struct Filter
    {
        QString text; ///< part of a branch's name or id, any case
        QSet<Tier> tiers; ///< empty: every tier
        int staleDays = 0; ///< > 0: only branches without activity for this many days
        int expiringWithinDays = 0; ///< > 0: only branches that expire within this many days
        bool activeCompute = false; ///< only branches with a running compute
        bool operator==(const Filter&) const = default;
    };

    explicit BranchFilterProxy(QObject* parent = nullptr);
    void setSourceModel(QAbstractItemModel* model) override;
    void setFilter(const Filter& filter);
    const Filter& filter() const { return m_filter; }
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool matches(const Neon::Branch& b, const BranchActivity& activity) const;
    bool matchesBesidesText(const Neon::Branch& b, const BranchActivity& activity) const;
    void judge();
    /// The model changed while filtering: new rows are judged alone until the next pass.
    void sourceChanged();

    Filter m_filter;
    QDateTime m_now; ///< fixed per filtering pass
    QStringMatcher m_text; ///< the search text, any case: built once per filter, not per branch
    QSet<const void*> m_visible; ///< model nodes (internalPointer) shown while filtering
    bool m_rejudgeQueued = false;
};

} // namespace Models
