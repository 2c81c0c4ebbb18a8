// SPDX-License-Identifier: MIT
#include "errorbanner.h"

#include "theme.h"

#include <models/formatting.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Ui {

ErrorBanner::ErrorBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_retry(new QPushButton(icon(u"refresh"_s), tr("Retry"), this))
    , m_close(new QPushButton(icon(u"close"_s), QString(), this))
{
    setObjectName(u"errorBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    m_icon->setFixedSize(18, 18);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse); // request ids get copied into tickets
    m_text->setTextFormat(Qt::RichText);
    m_retry->setAccessibleName(tr("Retry"));
    m_retry->setAccessibleDescription(tr("Sends the failed request again"));
    m_close->setFlat(true);
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss the message"));
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry, 0, Qt::AlignTop);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT retryRequested();
    });
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    setAccessibleName(tr("Message"));
    hide();
}

void ErrorBanner::showError(const Neon::Error& error, const QString& context, bool canRetry)
{
    setLook(QColor(0xd9, 0x53, 0x4f), u"error"_s);
    QString html;
    if (!context.isEmpty())
        html += u"<b>"_s + Models::Formatting::printable(context).toHtmlEscaped() + u"</b><br>"_s;
    // Contexts quote names, and Neon's messages may too: control characters shown escaped.
    html += Models::Formatting::printable(error.toUserText()).toHtmlEscaped();
    if (!error.requestId.isEmpty())
        html += u"<br><small>"_s + tr("Request id %1 (quote it to Neon support)").arg(error.requestId) + u"</small>"_s;
    m_text->setText(html);
    m_retry->setVisible(canRetry && error.kind != Neon::Error::Kind::Cancelled);
    setAccessibleDescription(m_text->text());
    show();
}

void ErrorBanner::showNotice(const QString& text)
{
    setLook(QColor(0xe0, 0xa1, 0x1b), u"warning"_s);
    m_text->setText(Models::Formatting::printable(text).toHtmlEscaped());
    m_retry->hide();
    setAccessibleDescription(text);
    show();
}

void ErrorBanner::setLook(QColor colour, const QString& iconName)
{
    // A wash of the colour over the window's background, light enough for text in both themes.
    QPalette p = palette();
    colour.setAlphaF(isDark(p) ? 0.25f : 0.13f);
    p.setColor(QPalette::Window, colour);
    setPalette(p);
    m_icon->setPixmap(icon(iconName).pixmap(18, 18));
}

QString ErrorBanner::text() const
{
    return m_text->text();
}

} // namespace Ui
