// SPDX-License-Identifier: MIT
#include "recoverdeleteddialog.h"

#include <models/formatting.h>
#include <neon/client.h>

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Ui {

namespace {
/// "6 days 23 h left", "5 h left", "under an hour left".
QString timeLeft(const QDateTime& until)
{
    if (!until.isValid())
        return {};
    const qint64 seconds = QDateTime::currentDateTimeUtc().secsTo(until);
    if (seconds <= 0)
        return RecoverDeletedDialog::tr("no longer recoverable");
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    if (days > 0)
        return RecoverDeletedDialog::tr("%1 d %2 h left").arg(days).arg(hours);
    return hours > 0 ? RecoverDeletedDialog::tr("%1 h left").arg(hours) : RecoverDeletedDialog::tr("under an hour left");
}
} // namespace

RecoverDeletedDialog::RecoverDeletedDialog(Neon::Client* client, QList<Models::CleanupEntry> deleted,
                                           QHash<QString, QDateTime> recoverableUntil, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_deleted(std::move(deleted))
    , m_until(std::move(recoverableUntil))
{
    setWindowTitle(tr("Recover Deleted Branches"));
    resize(560, 420);
    auto* intro = new QLabel(tr("These branches were deleted by the cleanup. Neon keeps them recoverable for 7 days; a "
                                "child comes back after its parent."));
    intro->setWordWrap(true);
    m_list = new QListWidget;
    m_list->setAccessibleName(tr("Deleted branches"));
    for (const Models::CleanupEntry& e : std::as_const(m_deleted)) {
        auto* item = new QListWidgetItem(rowText(e, timeLeft(m_until.value(e.branchId))), m_list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked); // bringing branches back is a choice, one by one
        item->setData(Qt::UserRole, e.branchId);
        item->setToolTip(tr("Recoverable until %1").arg(Models::Formatting::localShort(m_until.value(e.branchId))));
    }
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_recover = buttons->addButton(tr("&Recover Checked"), QDialogButtonBox::ActionRole);
    m_recover->setAutoDefault(false);
    connect(m_recover, &QPushButton::clicked, this, &RecoverDeletedDialog::recoverChecked);
    connect(m_list, &QListWidget::itemChanged, this, &RecoverDeletedDialog::updateButton);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    updateButton();
}

RecoverDeletedDialog::~RecoverDeletedDialog() = default;

QString RecoverDeletedDialog::rowText(const Models::CleanupEntry& e, const QString& state) const
{
    return tr("%1 — %2: %3").arg(Models::Formatting::printable(e.projectName), Models::Formatting::printable(e.branchName), state);
}

void RecoverDeletedDialog::updateButton()
{
    int checked = 0;
    for (int row = 0; row < m_list->count(); ++row)
        checked += m_list->item(row)->checkState() == Qt::Checked ? 1 : 0;
    m_recover->setEnabled(checked > 0 && !(m_runner && m_runner->isRunning()));
    m_recover->setText(checked > 0 ? tr("&Recover Checked (%1)").arg(checked) : tr("&Recover Checked"));
    if (!m_runner)
        m_summary->setText(checked > 0 ? QString() : tr("Tick the branches to bring back."));
}
void RecoverDeletedDialog::recoverChecked()
{
    if (m_runner && m_runner->isRunning())
        return;
    QSet<QString> chosen;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            chosen.insert(m_list->item(row)->data(Qt::UserRole).toString());
    }
    QList<Models::BatchJob> jobs;
    m_rowOfJob.clear();
    for (int row = 0; row < m_deleted.size(); ++row) { // tree order: parents first
        const Models::CleanupEntry& e = m_deleted.at(row);
        if (!chosen.contains(e.branchId))
            continue;
        Models::BatchJob job;
        job.key = e.branchId;
        job.projectId = e.projectId;
        job.projectName = e.projectName;
        job.branchId = e.branchId;
        job.branchName = e.branchName;
        if (chosen.contains(e.parentId))
            job.after = {e.parentId};
        job.start = [client = m_client, projectId = e.projectId, branchId = e.branchId]() -> Neon::PendingReply {
            return client->recoverBranch(projectId, branchId);
        };
        jobs.append(std::move(job));
        m_rowOfJob.append(row);
    }
    if (jobs.isEmpty())
        return;
    m_runner = std::make_unique<Models::BatchRunner>(std::move(jobs));
    connect(m_runner.get(), &Models::BatchRunner::jobFinished, this, &RecoverDeletedDialog::showOutcome);
    connect(m_runner.get(), &Models::BatchRunner::finished, this, [this] {
        using S = Models::BatchOutcome::Status;
        m_summary->setText(tr("Recovered %1 of %2; %3 failed, %4 skipped.")
                               .arg(m_runner->count(S::Done))
                               .arg(m_runner->total())
                               .arg(m_runner->count(S::Failed))
                               .arg(m_runner->count(S::Skipped)));
        QStringList projects;
        for (const Models::BatchJob& j : m_runner->jobs()) {
            if (!projects.contains(j.projectId))
                projects.append(j.projectId);
        }
        updateButton();
        Q_EMIT projectsChanged(projects);
        Q_EMIT recovered();
    });
    m_recover->setEnabled(false);
    m_summary->setText(tr("Recovering %n branch(es)…", nullptr, m_runner->total()));
    m_runner->start();
}

void RecoverDeletedDialog::showOutcome(int job)
{
    const Models::BatchOutcome& o = m_runner->outcomes().at(job);
    QListWidgetItem* item = m_list->item(m_rowOfJob.at(job));
    const Models::CleanupEntry& e = m_deleted.at(m_rowOfJob.at(job));
    switch (o.status) {
    case Models::BatchOutcome::Status::Done:
        item->setText(rowText(e, tr("recovered")));
        item->setCheckState(Qt::Unchecked);
        item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable & ~Qt::ItemIsEnabled);
        Q_EMIT branchRecovered(e.branchId, o.finishedAt.isValid() ? o.finishedAt : QDateTime::currentDateTimeUtc());
        break;
    case Models::BatchOutcome::Status::Failed:
    case Models::BatchOutcome::Status::Skipped:
        item->setText(rowText(e, tr("not recovered: %1").arg(Models::Formatting::printable(o.message))));
        break;
    default:
        break;
    }
}

} // namespace Ui
