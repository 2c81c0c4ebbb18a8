// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace Ui {

/// Puts a secret (a connection string with its password) on the clipboard, marked so clipboard
/// managers keep it out of their history, and takes it back after a while unless the user has
/// copied something else since. Counts down in seconds for whoever shows the time left.
class SecretClipboard : public QObject
{
    Q_OBJECT
public:
    explicit SecretClipboard(QObject* parent = nullptr);

    void copy(const QString& secret);
    void setClearAfter(int ms) { m_clearAfterMs = ms; }
    int clearAfterMs() const { return m_clearAfterMs; }
    int secondsLeft() const { return m_secondsLeft; }
    /// "Copied — cleared from the clipboard in 45 s" (the seconds left, or those given).
    QString copiedText() const { return copiedText(m_secondsLeft); }
    static QString copiedText(int secondsLeft);

Q_SIGNALS:
    /// Once a second while the secret is on the clipboard.
    void tick(int secondsLeft);
    /// The time is up: `cleared` when the secret was still there and is gone now.
    void expired(bool cleared);

private:
    QString m_secret;
    QTimer m_clear;
    QTimer m_ticks;
    int m_clearAfterMs = 45000;
    int m_secondsLeft = 0;
};

} // namespace Ui
