// SPDX-License-Identifier: MIT
#include "branchtreeview.h"

#include "theme.h"

#include <models/projecttreemodel.h>

#include <QHeaderView>
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
    // The menu key and Shift+F10 open the current row's actions at the row, not at the pointer.
    if (current.isValid()
        && (event->key() == Qt::Key_Menu || (event->key() == Qt::Key_F10 && event->modifiers() == Qt::ShiftModifier))) {
        const QRect row = visualRect(current.sibling(current.row(), 0));
        Q_EMIT customContextMenuRequested(QPoint(row.left() + 24, row.center().y()));
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

QModelIndex BranchTreeView::findRow(const QModelIndex& parent, const QString& id) const
{
    for (int r = 0; r < model()->rowCount(parent); ++r) {
        const QModelIndex i = model()->index(r, 0, parent);
        if (i.data(ProjectTreeModel::IdRole).toString() == id)
            return i;
        if (isExpanded(i)) {
            if (const QModelIndex inner = findRow(i, id); inner.isValid())
                return inner;
        }
    }
    return {};
}

void BranchTreeView::paintDataSourceLinks(QPainter& painter)
{
    // A base loaded with anonymized data (main-anon) is a root of its own; a dashed link from the
    // branch its rows came from says where they came from.
    for (QModelIndex i = indexAt(QPoint(1, 1)); i.isValid() && visualRect(i).top() < viewport()->height(); i = indexBelow(i)) {
        const auto* b = static_cast<const Neon::Branch*>(i.data(ProjectTreeModel::BranchPointerRole).value<const void*>());
        const Models::DataSource source = b ? Models::anonymizedFrom(*b) : Models::DataSource();
        if (source.branchId.isEmpty())
            continue;
        QModelIndex project = i;
        while (project.parent().isValid())
            project = project.parent();
        const QModelIndex from = findRow(project, source.branchId);
        if (!from.isValid())
            continue;
        const QRect to = visualRect(i.sibling(i.row(), 0));
        const QRect at = visualRect(from.sibling(from.row(), 0));
        const QPointF start(at.left() + 3, at.center().y() + 4);
        const QPointF end(to.left() + 3, to.center().y() - 4);
        const double bulge = std::min(16.0, 6.0 + std::abs(end.y() - start.y()) / 6.0);
        QPainterPath path(start);
        path.cubicTo(start + QPointF(-bulge, 4), end + QPointF(-bulge, -4), end);
        const QColor colour = tierColor(Models::Tier::Base, palette());
        painter.setPen(QPen(colour, 1.4, Qt::DashLine, Qt::RoundCap));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawPolygon(QPolygonF{end, end + QPointF(-4.5, -2.5), end + QPointF(-1.5, -5.5)}); // an arrowhead
    }
}

void BranchTreeView::setFillColumn(int column, int minimum)
{
    m_fillColumn = column;
    m_fillMinimum = minimum;
    connect(header(), &QHeaderView::sectionResized, this, [this](int logical) {
        if (logical != m_fillColumn)
            fitFillColumn();
    }, Qt::UniqueConnection);
    fitFillColumn();
}

void BranchTreeView::fitFillColumn()
{
    if (m_fillColumn < 0 || !model())
        return;
    int others = 0;
    for (int c = 0; c < header()->count(); ++c) {
        if (c != m_fillColumn && !isColumnHidden(c))
            others += header()->sectionSize(c);
    }
    const int width = std::max(m_fillMinimum, viewport()->width() - others);
    if (header()->sectionSize(m_fillColumn) != width)
        header()->resizeSection(m_fillColumn, width);
}

void BranchTreeView::resizeEvent(QResizeEvent* event)
{
    QTreeView::resizeEvent(event);
    fitFillColumn();
}

void BranchTreeView::paintEvent(QPaintEvent* event)
{
    QTreeView::paintEvent(event);
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing, true);
    paintDataSourceLinks(painter);
    if (!hasFocus())
        return;
    painter.setRenderHint(QPainter::Antialiasing, false);
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
