// SPDX-License-Identifier: MIT
#include "activityindicator.h"

#include <neon/reply.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

using namespace Qt::StringLiterals;

namespace Ui {

ActivityIndicator::ActivityIndicator(QWidget* parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_label(new QLabel(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_bar->setRange(0, 0); // busy
    m_bar->setMaximumSize(80, 12);
    m_bar->setTextVisible(false);
    m_bar->setAccessibleName(tr("Work in progress"));
    layout->addWidget(m_bar);
    layout->addWidget(m_label);
    m_label->setAccessibleName(tr("Running operations"));
    update();
}

void ActivityIndicator::track(Neon::Reply* reply, const QString& description)
{
    if (!reply || reply->isFinished())
        return;
    m_running.push_back({reply, description, {}});
    connect(reply, &Neon::Reply::finished, this, [this] { QMetaObject::invokeMethod(this, &ActivityIndicator::update, Qt::QueuedConnection); });
    connect(reply, &QObject::destroyed, this, [this] { QMetaObject::invokeMethod(this, &ActivityIndicator::update, Qt::QueuedConnection); });
    connect(reply, &Neon::Reply::progress, this, [this, reply](const QString& message) {
        for (Entry& e : m_running) {
            if (e.reply == reply)
                e.progress = message;
        }
        update();
    });
    update();
}

void ActivityIndicator::prune()
{
    std::erase_if(m_running, [](const Entry& e) { return !e.reply || e.reply->isFinished(); });
}

int ActivityIndicator::running() const
{
    return int(std::count_if(m_running.cbegin(), m_running.cend(),
                             [](const Entry& e) { return e.reply && !e.reply->isFinished(); }));
}

QString ActivityIndicator::text() const
{
    return m_label->text();
}

void ActivityIndicator::update()
{
    prune();
    setVisible(!m_running.empty());
    if (m_running.empty()) {
        m_label->clear();
        setToolTip({});
        return;
    }
    const Entry& first = m_running.front();
    QString text = first.progress.isEmpty() ? first.description : first.progress;
    if (m_running.size() > 1)
        text += tr(" (+%n more)", nullptr, int(m_running.size()) - 1);
    m_label->setText(text);
    QStringList all;
    for (const Entry& e : m_running)
        all.append(e.progress.isEmpty() ? e.description : e.description + u": "_s + e.progress);
    setToolTip(all.join(QLatin1Char('\n')));
    setAccessibleDescription(toolTip());
}

} // namespace Ui
