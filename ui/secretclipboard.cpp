// SPDX-License-Identifier: MIT
#include "secretclipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace Ui {

SecretClipboard::SecretClipboard(QObject* parent)
    : QObject(parent)
{
    m_clear.setSingleShot(true);
    m_ticks.setInterval(1000);
    connect(&m_ticks, &QTimer::timeout, this, [this] {
        m_secondsLeft = std::max(0, m_secondsLeft - 1);
        Q_EMIT tick(m_secondsLeft);
    });
    connect(&m_clear, &QTimer::timeout, this, [this] {
        m_ticks.stop();
        m_secondsLeft = 0;
        QClipboard* clipboard = QGuiApplication::clipboard();
        const bool stillOurs = clipboard->text() == m_secret;
        if (stillOurs)
            clipboard->clear();
        m_secret.clear();
        Q_EMIT expired(stillOurs);
    });
}

void SecretClipboard::copy(const QString& secret)
{
    // KDE's Klipper, and other managers that honour the hint, keep the password out of their history.
    auto* data = new QMimeData;
    data->setText(secret);
    data->setData(u"x-kde-passwordManagerHint"_s, "secret");
    QGuiApplication::clipboard()->setMimeData(data);
    m_secret = secret;
    m_secondsLeft = (m_clearAfterMs + 999) / 1000;
    m_clear.start(m_clearAfterMs);
    m_ticks.start();
    Q_EMIT tick(m_secondsLeft);
}

QString SecretClipboard::copiedText(int secondsLeft)
{
    return tr("Copied — cleared from the clipboard in %n s", nullptr, secondsLeft);
}

} // namespace Ui
