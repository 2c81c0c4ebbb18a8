// SPDX-License-Identifier: MIT
#pragma once

#include <neon/branch.h>

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;

namespace Ui {

/// Delete a branch, or the branch with its whole subtree (leaves first). Says what blocks it
/// (default, protected, root, protected branches inside the subtree), lists what goes, and
/// that Neon keeps deleted branches recoverable for 7 days.
class DeleteDialog : public QDialog
{
    Q_OBJECT
public:
    /// `subtree`: the branch and its descendants, leaves first (ProjectTreeModel::subtreeLeavesFirst).
    DeleteDialog(const QList<Neon::Branch>& subtree, QWidget* parent = nullptr);

    /// What to delete, in order: the branch alone, or every branch of the subtree leaves first.
    QList<Neon::Branch> toDelete() const;
    QString blocker() const;
    QCheckBox* subtreeBox() const { return m_subtree; }

private:
    void update();

    QList<Neon::Branch> m_branches;
    QCheckBox* m_subtree;
    QListWidget* m_list;
    QLabel* m_blocker;
    QDialogButtonBox* m_buttons;
};

} // namespace Ui
