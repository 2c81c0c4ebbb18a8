// SPDX-License-Identifier: MIT
#pragma once

#include <QTreeView>

class QPainter;

namespace Ui {

/// The project and branch tree drawn like a branch graph: each parent's children hang on a lane
/// in the parent's tier colour, with a connector to every child; the expand box sits where the
/// lane to the children starts. Rows and badges are painted by BranchDelegate.
class BranchTreeView : public QTreeView
{
    Q_OBJECT
public:
    explicit BranchTreeView(QWidget* parent = nullptr);

    /// Ids (project or branch) of the expanded rows, and the way back: expansion survives
    /// restarts and organization switches.
    QStringList expandedIds() const;
    void expandIds(const QStringList& ids);
    /// `column` takes the width the others leave (at least `minimum`), as the view resizes.
    void setFillColumn(int column, int minimum);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void drawBranches(QPainter* painter, const QRect& rect, const QModelIndex& index) const override;
    void keyPressEvent(QKeyEvent* event) override;
    /// A focus ring in the highlight colour while the tree has the keyboard.
    void paintEvent(QPaintEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    QModelIndex findRow(const QModelIndex& parent, const QString& id) const;
    void fitFillColumn();

    int m_fillColumn = -1;
    int m_fillMinimum = 0;
    void paintDataSourceLinks(QPainter& painter);
};

} // namespace Ui
