// SPDX-License-Identifier: MIT
#pragma once

#include <neon/error.h>

#include <QFrame>

class QLabel;
class QPushButton;

namespace Ui {

/// An in-window message above the tree: what went wrong (Neon's message and request id), what
/// to do, and a Retry button. Never a modal box; the tree below stays usable.
class ErrorBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget* parent = nullptr);

    void showError(const Neon::Error& error, const QString& context = {}, bool canRetry = true);
    /// A notice that is not an error (an old snapshot shown, no key found): no retry.
    void showNotice(const QString& text);
    QString text() const;

Q_SIGNALS:
    void retryRequested();

private:
    void setLook(QColor colour, const QString& iconName);

    QLabel* m_icon;
    QLabel* m_text;
    QPushButton* m_retry;
    QPushButton* m_close;
};

} // namespace Ui
