// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QMainWindow;
class QTreeWidget;

namespace Ui {

/// Help ▸ Keyboard Shortcuts: every menu action that has a shortcut, by menu, and the keys the
/// tree and the search box understand. Read from the window's menus, so it never goes stale.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QMainWindow* window);
    QTreeWidget* list() const { return m_list; }

private:
    QTreeWidget* m_list;
};

/// Opens the dialog (window-modal, deleted on close).
void showShortcuts(QMainWindow* window);

} // namespace Ui
