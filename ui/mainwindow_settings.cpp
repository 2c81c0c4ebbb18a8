// SPDX-License-Identifier: MIT
// What the main window remembers between runs: geometry, splitter and header, the organization,
// expanded rows, filters and auto-refresh.
#include "mainwindow.h"

#include "branchtreeview.h"
#include "filterbar.h"

#include <models/branchfilterproxy.h>

#include <QHeaderView>
#include <QSettings>
#include <QSplitter>

using namespace Qt::StringLiterals;

namespace Ui {

void MainWindow::restoreSettings()
{
    // Only what the user arranged: never a key, never account data.
    QSettings s;
    restoreGeometry(s.value(u"window/geometry"_s).toByteArray());
    restoreState(s.value(u"window/state"_s).toByteArray());
    if (!m_split->restoreState(s.value(u"window/splitter"_s).toByteArray()))
        m_split->setSizes({930, 420});
    m_tree->header()->restoreState(s.value(u"window/header"_s).toByteArray());
    m_orgId = s.value(u"account/organization"_s).toString();
    const QStringList expanded = s.value(u"tree/expanded/"_s + m_orgId).toStringList();
    m_wantedExpanded = QSet<QString>(expanded.cbegin(), expanded.cend());
    Models::BranchFilterProxy::Filter f;
    f.text = s.value(u"filter/text"_s).toString();
    for (const QVariant& t : s.value(u"filter/tiers"_s).toList())
        f.tiers.insert(Models::Tier(t.toInt()));
    f.staleDays = s.value(u"filter/stale"_s).toBool() ? FilterBar::staleDays : 0;
    f.expiringWithinDays = s.value(u"filter/expiring"_s).toBool() ? FilterBar::expiringDays : 0;
    f.activeCompute = s.value(u"filter/activeCompute"_s).toBool();
    m_filters->setFilter(f);
    setAutoRefresh(s.value(u"view/autoRefreshMinutes"_s, 0).toInt());
}

void MainWindow::saveSettings() const
{
    QSettings s;
    s.setValue(u"window/geometry"_s, saveGeometry());
    s.setValue(u"window/state"_s, saveState());
    s.setValue(u"window/splitter"_s, m_split->saveState());
    s.setValue(u"window/header"_s, m_tree->header()->saveState());
    s.setValue(u"account/organization"_s, m_orgId);
    s.setValue(u"tree/expanded/"_s + m_orgId, QStringList(m_wantedExpanded.cbegin(), m_wantedExpanded.cend()));
    const auto f = m_filters->filter();
    s.setValue(u"filter/text"_s, f.text);
    QVariantList tiers;
    for (Models::Tier t : f.tiers)
        tiers.append(int(t));
    s.setValue(u"filter/tiers"_s, tiers);
    s.setValue(u"filter/stale"_s, f.staleDays > 0);
    s.setValue(u"filter/expiring"_s, f.expiringWithinDays > 0);
    s.setValue(u"filter/activeCompute"_s, f.activeCompute);
}

} // namespace Ui
