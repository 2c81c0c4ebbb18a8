// SPDX-License-Identifier: MIT
#pragma once

#include <models/workflowtour.h>

#include <QHash>
#include <QObject>
#include <QPointer>

class QAction;
class QFrame;
class QLabel;
class QCommandLinkButton;
class QPushButton;

namespace Ui {

class MainWindow;

/// Help ▸ Neon Branching Workflows: a guided tour in a panel beside the details. Each step tells one
/// of the workflows on the demo's projects, marks the rows it talks about, and offers the action
/// that reproduces it ("Reset dev-bob from main-dev"), which opens that action's own dialog.
class WorkflowTour : public QObject
{
    Q_OBJECT
public:
    explicit WorkflowTour(MainWindow* window);

    /// The window's action behind a step's "Try it" (set by the composition root).
    void setAction(Models::TourStep::Action kind, QAction* action);
    void start();
    void stop();
    void showStep(int step);
    int step() const { return m_step; }
    int stepCount() const { return int(m_steps.size()); }
    QFrame* panel() const { return m_panel; }
    QCommandLinkButton* tryButton() const { return m_try; }
    bool isRunning() const { return m_running; }
    QAction* menuAction() const { return m_open; }
    /// The ids (project or branch) the current step marks in the tree.
    QSet<QString> markedIds() const;

private:
    void tryIt();

    MainWindow* m_window;
    QList<Models::TourStep> m_steps;
    QHash<Models::TourStep::Action, QPointer<QAction>> m_actions;
    QFrame* m_panel;
    QLabel* m_counter;
    QLabel* m_title;
    QLabel* m_text;
    QCommandLinkButton* m_try;
    QPushButton* m_back;
    QPushButton* m_next;
    QAction* m_open;
    int m_step = 0;
    bool m_running = false;
};

} // namespace Ui
