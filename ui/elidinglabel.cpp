// SPDX-License-Identifier: MIT
#include "elidinglabel.h"

#include <QPainter>
#include <QStyle>
#include <QStyleOption>

namespace Ui {

ElidingLabel::ElidingLabel(const QString& text, QWidget* parent)
    : QLabel(text, parent)
{
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

QSize ElidingLabel::minimumSizeHint() const
{
    const QFontMetrics m(font());
    return {std::min(m.horizontalAdvance(text()), m.horizontalAdvance(QLatin1Char('x')) * 12), QLabel::minimumSizeHint().height()};
}

QString ElidingLabel::shownText() const
{
    return fontMetrics().elidedText(text(), Qt::ElideMiddle, contentsRect().width());
}

void ElidingLabel::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QString shown = shownText();
    const QString tip = shown == text() ? m_explanation : m_explanation.isEmpty() ? text() : text() + u'\n' + m_explanation;
    if (toolTip() != tip)
        setToolTip(tip);
    style()->drawItemText(&painter, contentsRect(), int(alignment()), palette(), isEnabled(), shown, foregroundRole());
}

} // namespace Ui
