// SPDX-License-Identifier: MIT
// What a row shows: the columns, sort keys, tooltips and roles of projects and branches.
#include "projecttreemodel.h"
#include "formatting.h"

#include "projecttreemodel_node.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Models {

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
        case NameColumn: return role == SortRole ? p.name : Formatting::printable(p.name);
        case CreatedColumn:
            return role == SortRole ? QVariant(p.createdAt) : QVariant(QLocale().toString(p.createdAt.toLocalTime().date(), QLocale::ShortFormat));
        default: return {}; // a project's storage is shared by its branches: no single size to show
        }
    }
    if (role == Qt::AccessibleTextRole && column == NameColumn)
        return tr("Project %1").arg(Formatting::printable(p.name));
    if (role == Qt::ToolTipRole && column == NameColumn)
        return tr("Project %1 (%2), %3, Postgres %4")
            .arg(Formatting::printable(p.name), p.id, p.regionId, QString::number(p.pgVersion));
    return {};
}

QVariant ProjectTreeModel::branchData(const Node& n, int column, int role) const
{
    const Neon::Branch& b = n.branch;
    if (role == Qt::DisplayRole) {
        switch (column) {
        case NameColumn: return Formatting::printable(b.name); // shown; SortRole and searches keep the name as it is
        case StateColumn: return b.pendingState.isEmpty() ? b.currentState : tr("%1 → %2").arg(b.currentState, b.pendingState);
        case LastActiveColumn: return ago(n.activity.lastActive);
        case CreatedColumn: return QLocale().toString(b.createdAt.toLocalTime().date(), QLocale::ShortFormat);
        case SizeColumn: return b.logicalSize ? Formatting::bytes(*b.logicalSize) : QString();
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
            QStringList lines{tr("<b>%1</b> (%2), %3 tier").arg(Formatting::printable(b.name).toHtmlEscaped(), b.id, tierName(tierOf(b)))};
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
