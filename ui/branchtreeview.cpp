// SPDX-License-Identifier: MIT
#include "branchtreeview.h"

#include "theme.h"

#include <models/projecttreemodel.h>

#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>

using Models::ProjectTreeModel;

namespace Ui {

namespace {
bool isBranch(const QModelIndex& index)
{
    return index.data(ProjectTreeModel::KindRole).value<ProjectTreeModel::Kind>() == ProjectTreeModel::Kind::Branch;
}

bool hasNextSibling(const QModelIndex& index)
{
    return index.sibling(index.row() + 1, 0).isValid();
}

QColor laneColor(const QModelIndex& parent, const QPalette& palette)
{
    if (!isBranch(parent)) {
        QColor c = palette.color(QPalette::Text);
        c.setAlphaF(0.35f);
        return c;
    }
    return tierColor(parent.data(ProjectTreeModel::TierRole).value<Models::Tier>(), palette);
}
} // namespace

BranchTreeView::BranchTreeView(QWidget* parent)
    : QTreeView(parent)
{
    setIndentation(18);
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
    setAlternatingRowColors(false);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setMouseTracking(true); // badge tooltips follow the pointer
}

void BranchTreeView::drawBranches(QPainter* painter, const QRect& rect, const QModelIndex& index) const
{
    if (!isBranch(index)) {
        QTreeView::drawBranches(painter, rect, index); // projects keep the platform's arrow
        return;
    }
    // The ancestors, from the project down to this row.
    QList<QModelIndex> chain;
    for (QModelIndex i = index; i.isValid(); i = i.parent())
        chain.prepend(i.sibling(i.row(), 0));
    const int depth = int(chain.size()) - 1; // the project is depth 0
    const int step = indentation();
    const int left = rect.right() + 1 - step * (depth + 1);
    const int midY = rect.center().y();
    const QPalette& pal = palette();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    auto laneX = [&](int slot) { return left + slot * step + step / 2; };
    // Lanes of the ancestors that continue below this row.
    for (int slot = 0; slot < depth - 1; ++slot) {
        if (hasNextSibling(chain.at(slot + 1))) {
            painter->setPen(QPen(laneColor(chain.at(slot), pal), 1.6));
            painter->drawLine(QPointF(laneX(slot), rect.top()), QPointF(laneX(slot), rect.bottom() + 1));
        }
    }
    // The connector from the parent's lane to this row.
    const int parentSlot = depth - 1;
    const QColor lane = laneColor(chain.at(parentSlot), pal);
    painter->setPen(QPen(lane, 1.6));
    const qreal px = laneX(parentSlot);
    painter->drawLine(QPointF(px, rect.top()), QPointF(px, hasNextSibling(index) ? rect.bottom() + 1 : midY - 4));
    QPainterPath curve(QPointF(px, midY - 4));
    curve.quadTo(QPointF(px, midY), QPointF(px + 4, midY));
    painter->drawPath(curve);
    painter->drawLine(QPointF(px + 4, midY), QPointF(rect.right() + 1, midY));
    // This row's own slot: the start of its children's lane, with the expand box.
    const QColor own = tierColor(index.data(ProjectTreeModel::TierRole).value<Models::Tier>(), pal);
    if (model()->hasChildren(index)) {
        const qreal cx = laneX(depth);
        const bool open = isExpanded(index);
        if (open) {
            painter->setPen(QPen(own, 1.6));
            painter->drawLine(QPointF(cx, midY), QPointF(cx, rect.bottom() + 1));
        }
        const QRectF box(cx - 5, midY - 5, 10, 10);
        painter->setPen(QPen(own, 1.2));
        painter->setBrush(pal.color(QPalette::Base));
        painter->drawRoundedRect(box, 2.5, 2.5);
        painter->setPen(QPen(pal.color(QPalette::Text), 1.2));
        painter->drawLine(QPointF(cx - 2.5, midY), QPointF(cx + 2.5, midY));
        if (!open)
            painter->drawLine(QPointF(cx, midY - 2.5), QPointF(cx, midY + 2.5));
    }
    painter->restore();
}

void BranchTreeView::keyPressEvent(QKeyEvent* event)
{
    // '*' opens a whole subtree and '/' closes it, as in file managers; the rest is QTreeView's.
    const QModelIndex current = currentIndex();
    if (current.isValid() && event->key() == Qt::Key_Asterisk) {
        expandRecursively(current.sibling(current.row(), 0));
        return;
    }
    if (current.isValid() && event->key() == Qt::Key_Slash) {
        collapse(current.sibling(current.row(), 0));
        return;
    }
    QTreeView::keyPressEvent(event);
}

QStringList BranchTreeView::expandedIds() const
{
    QStringList out;
    std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
        for (int r = 0; r < model()->rowCount(parent); ++r) {
            const QModelIndex i = model()->index(r, 0, parent);
            if (isExpanded(i)) {
                out.append(i.data(ProjectTreeModel::IdRole).toString());
                walk(i);
            }
        }
    };
    if (model())
        walk(rootIndex());
    return out;
}

void BranchTreeView::expandIds(const QStringList& ids)
{
    if (!model() || ids.isEmpty())
        return;
    const QSet<QString> wanted(ids.cbegin(), ids.cend());
    std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
        for (int r = 0; r < model()->rowCount(parent); ++r) {
            const QModelIndex i = model()->index(r, 0, parent);
            if (wanted.contains(i.data(ProjectTreeModel::IdRole).toString())) {
                expand(i);
                walk(i);
            }
        }
    };
    walk(rootIndex());
}

} // namespace Ui

namespace Ui {

void BranchTreeView::paintEvent(QPaintEvent* event)
{
    QTreeView::paintEvent(event);
    if (!hasFocus())
        return;
    QPainter painter(viewport());
    QColor ring = palette().color(QPalette::Highlight);
    painter.setPen(QPen(ring, 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(viewport()->rect()).adjusted(1, 1, -1, -1));
}

void BranchTreeView::focusInEvent(QFocusEvent* event)
{
    QTreeView::focusInEvent(event);
    viewport()->update();
}

void BranchTreeView::focusOutEvent(QFocusEvent* event)
{
    QTreeView::focusOutEvent(event);
    viewport()->update();
}

} // namespace Ui
