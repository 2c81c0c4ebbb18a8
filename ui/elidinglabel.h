// SPDX-License-Identifier: MIT
#pragma once

#include <QLabel>

namespace Ui {

/// A one-line plain-text label that gives up width when its place is narrow: the text is
/// elided in the middle (host names and counts keep both ends) and shown whole in its tooltip.
/// For the status bar, whose fixed items must not push a window wider than the screen.
class ElidingLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidingLabel(const QString& text = {}, QWidget* parent = nullptr);

    QSize minimumSizeHint() const override;
    /// What the tooltip says beside the whole text (when elided).
    void setExplanation(const QString& text) { m_explanation = text; }
    /// What is painted now (elided or whole), for tests.
    QString shownText() const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_explanation;
};

} // namespace Ui
