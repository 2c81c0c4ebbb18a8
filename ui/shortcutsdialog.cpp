// SPDX-License-Identifier: MIT
#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Ui {

namespace {
void addMenu(QTreeWidgetItem* group, const QMenu* menu)
{
    for (QAction* a : menu->actions()) {
        if (a->menu())
            addMenu(group, a->menu());
        else if (!a->isSeparator() && !a->shortcut().isEmpty())
            new QTreeWidgetItem(group, {QString(a->text()).remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                                        a->shortcut().toString(QKeySequence::NativeText)});
    }
}
} // namespace

ShortcutsDialog::ShortcutsDialog(QMainWindow* window)
    : QDialog(window)
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_list->setHeaderLabels({tr("Action"), tr("Keys")});
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setRootIsDecorated(false);
    for (QAction* top : window->menuBar()->actions()) {
        if (!top->menu())
            continue;
        auto* group = new QTreeWidgetItem(m_list, {QString(top->text()).remove(QLatin1Char('&'))});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        addMenu(group, top->menu());
        if (group->childCount() == 0)
            delete group;
    }
    auto* tree = new QTreeWidgetItem(m_list, {tr("In the tree and the search box")});
    QFont bold = tree->font(0);
    bold.setBold(true);
    tree->setFont(0, bold);
    const std::pair<const char*, const char*> keys[] = {
        {QT_TR_NOOP("Go to the first match of the search"), QT_TR_NOOP("Enter or Down in the search box")},
        {QT_TR_NOOP("Move between search, tree and details"), QT_TR_NOOP("Tab, Shift+Tab")},
        {QT_TR_NOOP("Open or close a row"), QT_TR_NOOP("Right, Left")},
        {QT_TR_NOOP("Open a whole subtree, close it"), QT_TR_NOOP("*, /")},
        {QT_TR_NOOP("The row's actions"), QT_TR_NOOP("Menu key, Shift+F10")},
    };
    for (const auto& [what, how] : keys)
        new QTreeWidgetItem(tree, {tr(what), tr(how)});
    m_list->expandAll();
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(560, 620);
}

void showShortcuts(QMainWindow* window)
{
    auto* dialog = new ShortcutsDialog(window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
}

} // namespace Ui
