// SPDX-License-Identifier: MIT
#pragma once

#include <neon/async.h>
#include <neon/client.h>

#include <QObject>

class QDockWidget;

namespace Ui {

class InsightPanel;
class MainWindow;

/// Puts the Insight panel in a dock of the window (View ▸ Insight, Ctrl+I) and keeps it fed:
/// the tree's selection and organization, the plan's allowances (from /users/me and the
/// organization), bar clicks back to the tree, and "load all projects" to the window.
class InsightDock : public QObject
{
    Q_OBJECT
public:
    InsightDock(MainWindow* window, Neon::Client* client);

    InsightPanel* panel() const { return m_panel; }
    QDockWidget* dock() const { return m_dock; }

private:
    void loadPlan();

    MainWindow* m_window;
    Neon::Client* m_client;
    InsightPanel* m_panel;
    QDockWidget* m_dock;
    bool m_planLoaded = false;
    bool m_sized = false;
    Neon::Pending<std::tuple<std::optional<Neon::CurrentUser>, std::optional<QList<Neon::Organization>>>> m_plan;
};

} // namespace Ui
