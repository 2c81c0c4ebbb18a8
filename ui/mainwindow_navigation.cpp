// SPDX-License-Identifier: MIT
// The main window's keyboard path: Tab order, going from the search box to the first match, and
// rows marked for the guided tour.
#include "mainwindow.h"

#include "branchdelegate.h"
#include "branchtreeview.h"
#include "detailspanel.h"
#include "filterbar.h"

#include <models/branchfilterproxy.h>
#include <models/formatting.h>
#include <models/projecttreemodel.h>

#include <QLineEdit>
#include <QStackedWidget>
#include <QStatusBar>

using Models::ProjectTreeModel;
using namespace Qt::StringLiterals;

namespace Ui {

void MainWindow::setUpTabOrder()
{
    // Search → tree → details, then the chips: the path a person takes from the keyboard.
    QList<QWidget*> chain{m_filters->searchBox(), m_tree};
    chain += m_details->focusChain();
    chain += m_filters->chips();
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

void MainWindow::goToFirstMatch()
{
    const QString text = m_filters->filter().text;
    // Depth first, in the order the rows are shown: the first branch whose name or id has the text.
    std::function<QModelIndex(const QModelIndex&)> first = [&](const QModelIndex& parent) -> QModelIndex {
        for (int r = 0; r < m_proxy->rowCount(parent); ++r) {
            const QModelIndex i = m_proxy->index(r, 0, parent);
            const bool branch = i.data(ProjectTreeModel::BranchPointerRole).value<const void*>() != nullptr;
            if (branch && (text.isEmpty() || i.data(ProjectTreeModel::SortRole).toString().contains(text, Qt::CaseInsensitive)
                           || i.data(ProjectTreeModel::IdRole).toString().contains(text, Qt::CaseInsensitive)))
                return i;
            if (const QModelIndex inner = first(i); inner.isValid())
                return inner;
        }
        return {};
    };
    const QModelIndex match = first({});
    if (match.isValid()) {
        for (QModelIndex p = match.parent(); p.isValid(); p = p.parent())
            m_tree->expand(p);
        m_tree->setCurrentIndex(match);
        m_tree->scrollTo(match);
    } else if (!text.isEmpty()) {
        statusBar()->showMessage(tr("No branch matches “%1”.").arg(Models::Formatting::printable(text)), 5000);
        return;
    }
    m_tree->setFocus(Qt::TabFocusReason);
}

void MainWindow::addSidePanel(QWidget* panel)
{
    m_rightPane->addWidget(panel);
}

void MainWindow::showSidePanel(QWidget* panel, bool show)
{
    m_rightPane->setCurrentIndex(show ? m_rightPane->indexOf(panel) : 0);
}

void MainWindow::setMarkedRows(const QSet<QString>& ids)
{
    m_delegate->setMarkedIds(ids);
    m_tree->viewport()->update();
}

} // namespace Ui
