// SPDX-License-Identifier: MIT
#pragma once

#include <models/branchfilterproxy.h>

#include <QWidget>

#include <map>

class QGridLayout;
class QLineEdit;
class QToolButton;

namespace Ui {

/// The search box and the filter chips (tiers, stale, expiring, running compute) above the
/// tree. Emits the whole filter on every change; the chips keep their state across restarts
/// through `filter()`/`setFilter()`.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget* parent = nullptr);

    Models::BranchFilterProxy::Filter filter() const;
    void setFilter(const Models::BranchFilterProxy::Filter& filter);
    void focusSearch();
    QLineEdit* searchBox() const { return m_search; }
    /// The chips and the clear button, in their order (the window puts them after the details).
    QList<QWidget*> chips() const;
    static constexpr int staleDays = 14;
    static constexpr int expiringDays = 3;
    /// Whether the search box and the chips share one row (wide enough) or the chips sit below.
    bool isOneRow() const { return m_oneRow; }
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void filterChanged(const Models::BranchFilterProxy::Filter& filter);
    /// Enter or Down in the search box: go to the first match.
    void searchAccepted();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QToolButton* chip(const QString& text, const QString& toolTip, const QColor& colour);
    void changed();
    void arrange(bool oneRow);

    QLineEdit* m_search;
    QWidget* m_chipRow;
    QGridLayout* m_grid;
    bool m_oneRow = true;
    std::map<Models::Tier, QToolButton*> m_tiers;
    QToolButton* m_stale;
    QToolButton* m_expiring;
    QToolButton* m_active;
    QToolButton* m_clear;
    bool m_updating = false;
};

} // namespace Ui
