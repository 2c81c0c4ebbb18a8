// SPDX-License-Identifier: MIT
#include "filterbar.h"

#include "theme.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QResizeEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QToolButton>

using namespace Qt::StringLiterals;
using Models::Tier;

namespace Ui {

FilterBar::FilterBar(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_chipRow(new QWidget(this))
    , m_grid(new QGridLayout(this))
{
    // The search box and the chips share a row when there is room, else the chips go below.
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(8);
    m_grid->setVerticalSpacing(4);
    auto* layout = new QHBoxLayout(m_chipRow);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_search->setPlaceholderText(tr("Search branches by name or id (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(icon(u"search"_s), QLineEdit::LeadingPosition);
    m_search->setAccessibleName(tr("Search branches"));
    m_search->setAccessibleDescription(tr("Shows the branches whose name or id contains the text, with their parents"));
    m_search->setMinimumWidth(220);
    connect(m_search, &QLineEdit::textChanged, this, &FilterBar::changed);
    connect(m_search, &QLineEdit::returnPressed, this, &FilterBar::searchAccepted);
    m_search->installEventFilter(this);

    auto* label = new QLabel(tr("Show:"), m_chipRow);
    layout->addWidget(label);
    const Tier tiers[] = {Tier::Production, Tier::Base, Tier::Dev, Tier::Preview, Tier::Qa, Tier::Backup};
    for (Tier t : tiers) {
        QToolButton* b = chip(Models::tierName(t),
                              tr("Only %1 branches (names matching %2), with their parents")
                                  .arg(Models::tierName(t), Models::TierRules::current().patterns(t)),
                              tierColor(t, palette()));
        // The legend: each tier chip carries the dot its branches have in the tree.
        QPixmap dot(12, 12);
        dot.fill(Qt::transparent);
        {
            QPainter p(&dot);
            p.setRenderHint(QPainter::Antialiasing, true);
            p.setPen(Qt::NoPen);
            p.setBrush(tierColor(t, palette()));
            p.drawEllipse(QRectF(1, 1, 10, 10));
        }
        b->setIcon(QIcon(dot));
        b->setIconSize(QSize(10, 10));
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_tiers.emplace(t, b);
        layout->addWidget(b);
    }
    layout->addSpacing(6);
    m_stale = chip(tr("stale %1 d+").arg(staleDays), tr("Only branches without activity for %1 days or more").arg(staleDays),
                   QColor(0xd1, 0x3b, 0x2e));
    m_expiring = chip(tr("expiring ≤ %1 d").arg(expiringDays), tr("Only branches that expire within %1 days").arg(expiringDays),
                      QColor(0xd9, 0x8a, 0x06));
    m_active = chip(tr("compute on"), tr("Only branches with a running compute"), QColor(0x16, 0xa3, 0x4a));
    layout->addWidget(m_stale);
    layout->addWidget(m_expiring);
    layout->addWidget(m_active);
    m_clear = new QToolButton(m_chipRow);
    m_clear->setIcon(icon(u"close"_s));
    m_clear->setToolTip(tr("Clear the search and every filter"));
    m_clear->setAccessibleName(tr("Clear filters"));
    m_clear->setAutoRaise(true);
    m_clear->setEnabled(false);
    connect(m_clear, &QToolButton::clicked, this, [this] { setFilter({}); });
    layout->addWidget(m_clear);
    layout->addStretch(1);
    label->setBuddy(m_tiers.begin()->second);
    arrange(true);
}

void FilterBar::arrange(bool oneRow)
{
    if (m_oneRow == oneRow && m_grid->count() > 0)
        return;
    m_oneRow = oneRow;
    m_grid->removeWidget(m_search);
    m_grid->removeWidget(m_chipRow);
    m_grid->addWidget(m_search, 0, 0, 1, oneRow ? 1 : 2);
    m_grid->addWidget(m_chipRow, oneRow ? 0 : 1, oneRow ? 1 : 0, 1, oneRow ? 1 : 2);
    m_grid->setColumnStretch(0, oneRow ? 2 : 1);
    m_grid->setColumnStretch(1, oneRow ? 0 : 1);
}

void FilterBar::resizeEvent(QResizeEvent* event)
{
    // Chips that do not fit beside the search box go below it: nothing overlaps, nothing is cut.
    arrange(event->size().width() >= m_search->minimumWidth() + m_grid->horizontalSpacing() + m_chipRow->sizeHint().width());
    QWidget::resizeEvent(event);
}

QSize FilterBar::minimumSizeHint() const
{
    // Narrow windows get two rows: the width it needs is the wider of the two.
    const QSize chips = m_chipRow->minimumSizeHint();
    return {std::max(m_search->minimumWidth(), chips.width()), QWidget::minimumSizeHint().height()};
}

QToolButton* FilterBar::chip(const QString& text, const QString& toolTip, const QColor& colour)
{
    auto* b = new QToolButton(m_chipRow);
    b->setText(text);
    b->setCheckable(true);
    b->setAutoRaise(false);
    b->setToolTip(toolTip);
    b->setAccessibleName(tr("Filter: %1").arg(text));
    b->setAccessibleDescription(toolTip);
    b->setFocusPolicy(Qt::StrongFocus);
    // Chips: rounded, tinted in their colour when on.
    QColor wash = colour;
    wash.setAlphaF(0.22f);
    b->setStyleSheet(u"QToolButton { border: 1px solid palette(mid); border-radius: 10px; padding: 2px 9px; }"
                     "QToolButton:checked { border-color: %1; background: %2; }"
                     "QToolButton:focus { border-color: palette(highlight); }"_s.arg(colour.name(QColor::HexRgb),
                                                                                   wash.name(QColor::HexArgb)));
    connect(b, &QToolButton::toggled, this, &FilterBar::changed);
    return b;
}

Models::BranchFilterProxy::Filter FilterBar::filter() const
{
    Models::BranchFilterProxy::Filter f;
    f.text = m_search->text().trimmed();
    for (const auto& [tier, button] : m_tiers) {
        if (button->isChecked())
            f.tiers.insert(tier);
    }
    f.staleDays = m_stale->isChecked() ? staleDays : 0;
    f.expiringWithinDays = m_expiring->isChecked() ? expiringDays : 0;
    f.activeCompute = m_active->isChecked();
    return f;
}

void FilterBar::setFilter(const Models::BranchFilterProxy::Filter& f)
{
    m_updating = true;
    m_search->setText(f.text);
    for (const auto& [tier, button] : m_tiers)
        button->setChecked(f.tiers.contains(tier));
    m_stale->setChecked(f.staleDays > 0);
    m_expiring->setChecked(f.expiringWithinDays > 0);
    m_active->setChecked(f.activeCompute);
    m_updating = false;
    changed();
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool FilterBar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down && key->modifiers() == Qt::NoModifier) {
            Q_EMIT searchAccepted();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QList<QWidget*> FilterBar::chips() const
{
    QList<QWidget*> out;
    for (const auto& [tier, button] : m_tiers)
        out.append(button);
    out << m_stale << m_expiring << m_active << m_clear;
    return out;
}

void FilterBar::changed()
{
    if (m_updating)
        return;
    const auto f = filter();
    m_clear->setEnabled(f != Models::BranchFilterProxy::Filter());
    Q_EMIT filterChanged(f);
}

} // namespace Ui
