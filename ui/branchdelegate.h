// SPDX-License-Identifier: MIT
#pragma once

#include <models/branchfacts.h>

#include <QSet>
#include <QStyledItemDelegate>

namespace Ui {

/// Paints the name column: a branch's dot in its tier colour where its connector ends, its name
/// (bold for the default branch) and its badges as tinted pills; a project's icon, name and
/// branch count. Hovering a badge shows the facts behind it.
class BranchDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /// The search text: where a name contains it (in any case), that part is highlighted.
    void setHighlight(const QString& text) { m_highlight = text; }
    const QString& highlight() const { return m_highlight; }
    /// The highlight's colour: a marker yellow, readable on light and dark bases.
    static QColor highlightColor();
    /// The outline of rows the tour points at: the marker's colour, darker and opaque.
    static QColor markColor();
    /// Rows (project or branch ids) outlined for the guided tour.
    void setMarkedIds(const QSet<QString>& ids) { m_marked = ids; }
    const QSet<QString>& markedIds() const { return m_marked; }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                   const QModelIndex& index) override;

private:
    struct Layout
    {
        QRect dot;
        QRect name;
        QList<std::pair<QRect, Models::Badge>> badges;
    };
    Layout layout(const QStyleOptionViewItem& option, const QModelIndex& index) const;
    void paintHighlight(QPainter* painter, const QRect& nameRect, const QFont& font, const QString& shown) const;

    void paintMark(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const;

    QString m_highlight;
    QSet<QString> m_marked;
};

} // namespace Ui
