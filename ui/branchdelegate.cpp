// SPDX-License-Identifier: MIT
#include "branchdelegate.h"

#include "theme.h"

#include <models/projecttreemodel.h>

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QScopeGuard>
#include <QToolTip>

using Models::ProjectTreeModel;
using namespace Qt::StringLiterals;

namespace Ui {

namespace {
constexpr int dotSize = 9;
constexpr int gap = 6;
constexpr int pillPadding = 6;

bool isBranchRow(const QModelIndex& index)
{
    return index.data(ProjectTreeModel::KindRole).value<ProjectTreeModel::Kind>() == ProjectTreeModel::Kind::Branch;
}

QFont badgeFont(const QFont& base)
{
    QFont f = base;
    f.setPointSizeF(std::max(7.0, base.pointSizeF() * 0.85));
    return f;
}
} // namespace

BranchDelegate::Layout BranchDelegate::layout(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    Layout l;
    const QRect r = option.rect.adjusted(2, 0, -4, 0);
    const int midY = r.center().y();
    l.dot = QRect(r.left() + 1, midY - dotSize / 2, dotSize, dotSize);
    QFont nameFont = option.font;
    const auto* branch = static_cast<const Neon::Branch*>(index.data(ProjectTreeModel::BranchPointerRole).value<const void*>());
    if (branch && branch->isDefault)
        nameFont.setBold(true);
    const QFontMetrics nameMetrics(nameFont);
    const int nameLeft = l.dot.right() + gap + 1;
    const QList<Models::Badge> badges = index.data(ProjectTreeModel::BadgesRole).value<QList<Models::Badge>>();
    const QFontMetrics badgeMetrics(badgeFont(option.font));
    int badgesWidth = 0;
    QList<int> widths;
    for (const Models::Badge& b : badges) {
        widths.append(badgeMetrics.horizontalAdvance(b.label) + 2 * pillPadding);
        badgesWidth += widths.last() + 4;
    }
    // The name keeps at least 80 px; badges that do not fit are dropped from the right (their
    // facts stay in the row's tooltip and the details panel).
    const int nameWidth = std::min({nameMetrics.horizontalAdvance(index.data().toString()) + 2,
                                    std::max(80, r.right() - nameLeft - badgesWidth - gap), r.right() - nameLeft});
    l.name = QRect(nameLeft, r.top(), nameWidth, r.height());
    int x = l.name.right() + gap;
    const int pillHeight = badgeMetrics.height() + 2;
    for (qsizetype i = 0; i < badges.size(); ++i) {
        if (x + widths.at(i) > r.right())
            continue; // a smaller one further on may still fit
        l.badges.append({QRect(x, midY - pillHeight / 2, widths.at(i), pillHeight), badges.at(i)});
        x += widths.at(i) + 4;
    }
    return l;
}

QColor BranchDelegate::highlightColor()
{
    return QColor(0xff, 0xc8, 0x2e, 150);
}

QColor BranchDelegate::markColor()
{
    QColor c = highlightColor().darker(130);
    c.setAlpha(255);
    return c;
}

void BranchDelegate::paintHighlight(QPainter* painter, const QRect& nameRect, const QFont& font, const QString& shown) const
{
    if (m_highlight.isEmpty())
        return;
    const qsizetype at = shown.indexOf(m_highlight, 0, Qt::CaseInsensitive);
    if (at < 0)
        return;
    const QFontMetrics m(font);
    const int left = nameRect.left() + m.horizontalAdvance(shown.left(at));
    const int width = std::min(m.horizontalAdvance(shown.mid(at, m_highlight.size())), nameRect.right() - left);
    if (width <= 0)
        return;
    const QRectF mark(left - 1, nameRect.center().y() - m.height() / 2.0, width + 2, m.height());
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(highlightColor());
    painter->drawRoundedRect(mark, 3, 3);
    painter->restore();
}

void BranchDelegate::paintMark(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (m_marked.isEmpty() || !m_marked.contains(index.data(ProjectTreeModel::IdRole).toString()))
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(QPen(markColor(), 2.0));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5), 5, 5);
    painter->restore();
}

void BranchDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (index.column() != ProjectTreeModel::NameColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const auto mark = qScopeGuard([&] { paintMark(painter, option, index); }); // over the row, whichever kind
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    const QString text = opt.text;
    opt.text.clear();
    opt.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, selection, focus
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette& pal = opt.palette;
    const QColor textColor = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    if (!isBranchRow(index)) {
        const QRect r = opt.rect.adjusted(2, 0, -4, 0);
        const QRect iconRect(r.left(), r.center().y() - 8, 16, 16);
        icon(u"project"_s).paint(painter, iconRect);
        QFont f = opt.font;
        f.setBold(true);
        painter->setFont(f);
        painter->setPen(textColor);
        const QRect nameRect = r.adjusted(22, 0, 0, 0);
        painter->drawText(nameRect, Qt::AlignVCenter | Qt::AlignLeft,
                          QFontMetrics(f).elidedText(text, Qt::ElideRight, nameRect.width()));
        const int rows = index.model()->rowCount(index);
        if (rows > 0 && !option.rect.isEmpty()) {
            const int nameWidth = QFontMetrics(f).horizontalAdvance(text);
            QColor dim = textColor;
            dim.setAlphaF(0.6f);
            painter->setPen(dim);
            painter->setFont(opt.font);
            const QRect countRect = nameRect.adjusted(nameWidth + 8, 0, 0, 0);
            painter->drawText(countRect, Qt::AlignVCenter | Qt::AlignLeft,
                              QFontMetrics(opt.font).elidedText(tr("%n root branch(es)", nullptr, rows), Qt::ElideRight,
                                                                countRect.width()));
        }
        painter->restore();
        return;
    }

    const Layout l = layout(opt, index);
    const QColor tier = tierColor(index.data(ProjectTreeModel::TierRole).value<Models::Tier>(), pal);
    // The dot continues the connector the view drew in the indentation.
    const QColor lane = index.parent().data(ProjectTreeModel::KindRole).value<ProjectTreeModel::Kind>()
                                == ProjectTreeModel::Kind::Branch
                            ? tierColor(index.parent().data(ProjectTreeModel::TierRole).value<Models::Tier>(), pal)
                            : [&] { QColor c = pal.color(QPalette::Text); c.setAlphaF(0.35f); return c; }();
    painter->setPen(QPen(lane, 1.6));
    painter->drawLine(QPointF(opt.rect.left(), l.dot.center().y() + 0.5), QPointF(l.dot.left(), l.dot.center().y() + 0.5));
    const auto* branch = static_cast<const Neon::Branch*>(index.data(ProjectTreeModel::BranchPointerRole).value<const void*>());
    painter->setPen(QPen(tier, 1.8));
    painter->setBrush(branch && branch->isSchemaOnly() ? pal.color(QPalette::Base) : tier); // a root of its own: hollow
    painter->drawEllipse(QRectF(l.dot).adjusted(0.5, 0.5, -0.5, -0.5));

    QFont nameFont = opt.font;
    if (branch && branch->isDefault)
        nameFont.setBold(true);
    painter->setFont(nameFont);
    painter->setPen(textColor);
    const QString shownName = QFontMetrics(nameFont).elidedText(text, Qt::ElideRight, l.name.width());
    paintHighlight(painter, l.name, nameFont, shownName);
    painter->drawText(l.name, Qt::AlignVCenter | Qt::AlignLeft, shownName);

    painter->setFont(badgeFont(opt.font));
    for (const auto& [rect, badge] : l.badges) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(badgeFill(badge.kind, badge.heat, pal));
        painter->drawRoundedRect(QRectF(rect), rect.height() / 2.0, rect.height() / 2.0);
        painter->setPen(selected ? pal.color(QPalette::HighlightedText) : badgeText(badge.kind, badge.heat, pal));
        painter->drawText(rect, Qt::AlignCenter, badge.label);
    }
    painter->restore();
}

QSize BranchDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setHeight(std::max(s.height(), QFontMetrics(option.font).height() + 10));
    if (index.column() == ProjectTreeModel::NameColumn) {
        // Room for the dot, the name and a few badges; the header may still make it narrower.
        const QFontMetrics m(option.font);
        int width = dotSize + gap + m.horizontalAdvance(index.data().toString()) + 24;
        const QFontMetrics badgeMetrics(badgeFont(option.font));
        for (const Models::Badge& b : index.data(ProjectTreeModel::BadgesRole).value<QList<Models::Badge>>())
            width += badgeMetrics.horizontalAdvance(b.label) + 2 * pillPadding + 4;
        s.setWidth(std::max(s.width(), width));
    }
    return s;
}

bool BranchDelegate::helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                               const QModelIndex& index)
{
    if (event->type() == QEvent::ToolTip && index.column() == ProjectTreeModel::NameColumn && isBranchRow(index)) {
        for (const auto& [rect, badge] : layout(option, index).badges) {
            if (rect.contains(event->pos())) {
                QToolTip::showText(event->globalPos(), badge.toolTip, view, rect);
                return true;
            }
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace Ui
