// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QWidget>

#include <vector>

class QLabel;
class QProgressBar;

namespace Neon {
class Reply;
}

namespace Ui {

/// The status bar's account of running work: a busy bar and "Loading branches of shop… (+2)"
/// while replies are in flight, the full list in the tooltip. Any reply can be tracked with a
/// description; it leaves the list when it finishes or is dropped.
class ActivityIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit ActivityIndicator(QWidget* parent = nullptr);

    void track(Neon::Reply* reply, const QString& description);
    int running() const;
    QString text() const;

private:
    void prune();
    void update();

    struct Entry
    {
        QPointer<Neon::Reply> reply;
        QString description;
        QString progress;
    };
    std::vector<Entry> m_running;
    QProgressBar* m_bar;
    QLabel* m_label;
};

} // namespace Ui
