// SPDX-License-Identifier: MIT
#include "workflowtour.h"

#include "branchdelegate.h"
#include "branchtreeview.h"
#include "mainwindow.h"
#include "theme.h"

#include <models/branchfilterproxy.h>
#include <models/projecttreemodel.h>

#include <QAction>
#include <QCommandLinkButton>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Models::TourStep;

namespace Ui {

WorkflowTour::WorkflowTour(MainWindow* window)
    : QObject(window)
    , m_window(window)
    , m_steps(Models::workflowTour())
    , m_panel(new QFrame)
    , m_counter(new QLabel)
    , m_title(new QLabel)
    , m_text(new QLabel)
    , m_try(new QCommandLinkButton(tr("Try it")))
    , m_back(new QPushButton(tr("&Back")))
    , m_next(new QPushButton(tr("&Next")))
{
    // In the window's splitter, beside the details: a narrow window gives the tree and the
    // details room instead of growing (a dock would add its width to the filter bar's).
    m_panel->setObjectName(u"tourPanel"_s);
    m_panel->setFrameShape(QFrame::StyledPanel);
    m_panel->setAccessibleName(tr("Neon branching workflows, a guided tour"));
    auto* layout = new QVBoxLayout(m_panel);
    auto* header = new QHBoxLayout;
    auto* heading = new QLabel(tr("Neon Branching Workflows"));
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto* close = new QToolButton;
    close->setIcon(icon(u"close"_s));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close the tour (Esc)"));
    close->setAccessibleName(tr("Close the tour"));
    header->addWidget(heading, 1);
    header->addWidget(close);
    layout->addLayout(header);
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_title->setFont(big);
    for (QLabel* l : {m_counter, m_title, m_text}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
    }
    m_title->setAccessibleName(tr("Tour step"));
    m_text->setAccessibleName(tr("What this step shows"));
    m_try->setAccessibleName(tr("Try it"));
    layout->addWidget(m_counter);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addWidget(m_try);
    layout->addStretch(1);
    auto* nav = new QHBoxLayout;
    nav->addWidget(m_back);
    nav->addStretch(1);
    nav->addWidget(m_next);
    layout->addLayout(nav);
    window->addSidePanel(m_panel);
    connect(close, &QToolButton::clicked, this, &WorkflowTour::stop);
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_panel, this, &WorkflowTour::stop, Qt::WidgetWithChildrenShortcut);
    Q_UNUSED(escape);

    m_open = new QAction(tr("Neon &Branching Workflows…"), this);
    m_open->setShortcut(QKeySequence::HelpContents);
    m_open->setStatusTip(tr("A short guided tour of the demo: the three ways teams lay out their branches"));
    if (QMenu* help = window->helpMenu())
        help->insertAction(help->actions().value(0), m_open);
    connect(m_open, &QAction::triggered, this, &WorkflowTour::start);
    connect(m_back, &QPushButton::clicked, this, [this] { showStep(m_step - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (m_step + 1 < stepCount())
            showStep(m_step + 1);
        else
            stop();
    });
    connect(m_try, &QPushButton::clicked, this, &WorkflowTour::tryIt);
    // The rows may arrive (or come back after a refresh) while a step is shown.
    connect(m_window->model(), &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_running)
            m_window->setMarkedRows(markedIds());
    });
}

void WorkflowTour::setAction(TourStep::Action kind, QAction* action)
{
    m_actions.insert(kind, action);
}

void WorkflowTour::start()
{
    m_running = true;
    m_window->showSidePanel(m_panel, true);
    showStep(0);
    m_next->setFocus();
}

void WorkflowTour::stop()
{
    m_running = false;
    m_window->showSidePanel(m_panel, false);
    m_window->setMarkedRows({});
}

QSet<QString> WorkflowTour::markedIds() const
{
    QSet<QString> ids;
    for (const QString& row : m_steps.value(m_step).rows) {
        if (const Models::TourRow r = Models::findTourRow(*m_window->model(), row); r.isValid())
            ids.insert(r.branchId.isEmpty() ? r.projectId : r.branchId);
    }
    return ids;
}

void WorkflowTour::showStep(int step)
{
    m_step = std::clamp(step, 0, stepCount() - 1);
    const TourStep& s = m_steps.at(m_step);
    m_counter->setText(tr("Step %1 of %2").arg(m_step + 1).arg(stepCount()));
    m_title->setText(s.title);
    m_text->setText(s.text);
    const Models::TourRow target = Models::findTourRow(*m_window->model(), s.actionRow);
    m_try->setDescription(s.actionLabel);
    m_try->setEnabled(target.isValid() && m_actions.value(s.action));
    m_try->setToolTip(target.isValid() ? QString() : tr("This step's rows are in the demo's organization (canopy --demo)."));
    m_back->setEnabled(m_step > 0);
    m_next->setText(m_step + 1 < stepCount() ? tr("&Next") : tr("&Finish"));
    const QSet<QString> marked = markedIds();
    m_window->setMarkedRows(marked);
    // Show where the step is: its rows opened and the first one in view.
    for (const QString& row : s.rows) {
        const Models::TourRow r = Models::findTourRow(*m_window->model(), row);
        if (!r.isValid())
            continue;
        const QModelIndex source = r.branchId.isEmpty() ? m_window->model()->projectIndex(r.projectId)
                                                        : m_window->model()->branchIndex(r.projectId, r.branchId);
        const QModelIndex shown = m_window->proxy()->mapFromSource(source);
        for (QModelIndex p = shown.parent(); p.isValid(); p = p.parent())
            m_window->tree()->expand(p);
        if (row == s.rows.first())
            m_window->tree()->scrollTo(shown, QAbstractItemView::PositionAtTop);
    }
}

void WorkflowTour::tryIt()
{
    const TourStep& s = m_steps.at(m_step);
    const Models::TourRow target = Models::findTourRow(*m_window->model(), s.actionRow);
    QAction* action = m_actions.value(s.action);
    if (!target.isValid() || !action)
        return;
    if (target.branchId.isEmpty())
        m_window->tree()->setCurrentIndex(m_window->proxy()->mapFromSource(m_window->model()->projectIndex(target.projectId)));
    else
        m_window->selectBranch(target.projectId, target.branchId);
    if (action->isEnabled())
        action->trigger();
}

} // namespace Ui
