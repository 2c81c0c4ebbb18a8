// SPDX-License-Identifier: MIT
// The cleanup dialog's work: building the plan, the confirmed deletions with progress and
// stop, the exports, recovery, and closing only once nothing is under way.
#include "cleanupdialog.h"
#include "filechooser.h"

#include "confirmation.h"
#include "recoverdeleteddialog.h"

#include <models/cleanupmodel.h>
#include <models/cleanupscan.h>

#include <QCloseEvent>
#include <QComboBox>
#include <QLabel>
#include <QProgressBar>
#include <QSaveFile>
#include <QTableView>

using namespace Qt::StringLiterals;
using Outcome = Models::CleanupReport::Outcome;

namespace Ui {

namespace {

QString projects(qsizetype n)
{
    return CleanupDialog::tr("%n project(s)", nullptr, int(n));
}

QString seconds(qint64 ms)
{
    const qint64 s = (ms + 999) / 1000;
    return s < 90 ? QObject::tr("%1 s").arg(s) : QObject::tr("%1 min").arg((s + 59) / 60);
}

} // namespace

void CleanupDialog::buildPlan()
{
    if (isBusy() || !criteria().problem().isEmpty())
        return;
    const bool onlyOne = m_scopeBox->currentIndex() == 1;
    m_scan = std::make_unique<Models::CleanupScan>(m_client, m_scope.orgId,
                                                   onlyOne ? QStringList{m_scope.projectId} : QStringList());
    connect(m_scan.get(), &Models::CleanupScan::progress, this, [this](int loaded, int total) {
        m_progress->setVisible(true);
        m_progress->setRange(0, total);
        m_progress->setValue(loaded);
        m_progress->setFormat(tr("Loading branches: %v of %m projects"));
    });
    connect(m_scan.get(), &Models::CleanupScan::finished, this, [this] {
        m_progress->setVisible(false);
        auto* scan = m_scan.release();
        scan->deleteLater(); // inside its finished()
        if (!scan->ok()) {
            setSummary(tr("No plan: %1").arg(scan->problem()), true);
            updateButtons();
            return;
        }
        m_model->setPlan(Models::planCleanup(scan->projects(), criteria(), QDateTime::currentDateTimeUtc()));
        m_planStale = false;
        m_ran = false;
        m_table->resizeColumnsToContents();
        const Models::CleanupPlan& plan = m_model->report().plan;
        setSummary(plan.deleteCount() == 0
                       ? tr("Nothing to delete: none of the %1 branches is stale by these criteria and free of guards.")
                             .arg(plan.entries.size())
                       : tr("Plan: delete %1 of %2 branches in %3 (%4). Every other branch stays; “Show kept "
                            "branches” says why.")
                             .arg(plan.deleteCount())
                             .arg(plan.entries.size())
                             .arg(projects(plan.projectsWithDeletions().size()), plan.criteria.describe()));
        updateButtons();
        Q_EMIT planReady();
    });
    setSummary(tr("Loading the branches…"));
    m_scan->start();
    updateButtons();
}

void CleanupDialog::deletePlanned()
{
    const Models::CleanupPlan& plan = m_model->report().plan;
    if (isBusy() || m_planStale || m_ran || plan.deleteCount() == 0)
        return;
    askBeforeDestroying(this, tr("Delete %n branch(es)?", nullptr, plan.deleteCount()),
                        tr("Delete %1 branches in %2? Children go before their parents, one at a time per project.\n\n"
                           "Neon keeps deleted branches recoverable for 7 days; this dialog can recover them afterwards.")
                            .arg(plan.deleteCount())
                            .arg(projects(plan.projectsWithDeletions().size())),
                        tr("Delete %n Branch(es)", nullptr, plan.deleteCount()), [this] { startRun(); });
}

void CleanupDialog::startRun()
{
    m_run = std::make_unique<Models::CleanupRun>(m_client, m_model->report().plan);
    connect(&m_run->runner(), &Models::BatchRunner::jobStarted, this, [this](int i) {
        m_model->setOutcome(m_run->runner().jobs().at(i).branchId, m_run->runner().outcomes().at(i));
        if (i == 0) // "deleting…" is wider than the plan's "delete"; several rows of a project run at once
            m_table->resizeColumnToContents(0);
    });
    connect(&m_run->runner(), &Models::BatchRunner::jobFinished, this, [this](int i) {
        m_model->setOutcome(m_run->runner().jobs().at(i).branchId, m_run->runner().outcomes().at(i));
    });
    connect(m_run.get(), &Models::CleanupRun::progress, this, &CleanupDialog::runProgress);
    connect(m_run.get(), &Models::CleanupRun::finished, this, &CleanupDialog::runEnded);
    m_ran = true;
    m_progress->setVisible(true);
    m_progress->setRange(0, m_run->runner().total());
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m"));
    setSummary(tr("Deleting %1 branches…").arg(m_run->runner().total()));
    m_run->start();
    updateButtons();
}

void CleanupDialog::runProgress()
{
    const Models::BatchRunner& r = m_run->runner();
    m_progress->setValue(r.finishedCount());
    using S = Models::BatchOutcome::Status;
    QString text = tr("%1 of %2 done: %3 deleted, %4 failed, %5 skipped.")
                       .arg(r.finishedCount())
                       .arg(r.total())
                       .arg(r.count(S::Done))
                       .arg(r.count(S::Failed))
                       .arg(r.count(S::Skipped));
    if (r.wasCancelled())
        text += u" "_s + tr("Stopping: waiting for %n deletion(s) under way.", nullptr, r.count(S::Running));
    else if (r.etaMs() >= 0)
        text += u" "_s + tr("About %1 left.").arg(seconds(r.etaMs()));
    setSummary(text);
}

void CleanupDialog::runEnded()
{
    const Models::CleanupReport report = m_run->report();
    m_model->setReport(report);
    m_progress->setVisible(false);
    QString text = tr("Deleted %1 of %2 planned branches; %3 failed, %4 skipped.")
                       .arg(report.count(Outcome::Deleted))
                       .arg(report.plan.deleteCount())
                       .arg(report.count(Outcome::Failed))
                       .arg(report.count(Outcome::Skipped));
    if (report.cancelled)
        text += u" "_s + tr("Stopped before the end.");
    if (report.count(Outcome::Failed) + report.count(Outcome::Skipped) > 0)
        text += u" "_s + tr("Each row says why.");
    if (report.count(Outcome::Deleted) > 0)
        text += u" "_s + tr("Deleted branches can be recovered for 7 days.");
    setSummary(text, report.count(Outcome::Failed) > 0);
    Q_EMIT projectsChanged(report.plan.projectsWithDeletions());
    updateButtons();
    Q_EMIT runFinished();
    if (m_closeWhenDone)
        QDialog::reject();
}

void CleanupDialog::cancelRun()
{
    if (m_run && m_run->runner().isRunning()) {
        m_run->cancel();
        runProgress();
    }
    updateButtons();
}

bool CleanupDialog::isBusy() const
{
    return m_scan || (m_run && m_run->runner().isRunning());
}

void CleanupDialog::exportTo(bool report)
{
    const QString what = report ? tr("Export Cleanup Report") : tr("Export Cleanup Plan");
    // No nested event loop: the run goes on while the file is chosen, and the report is read
    // when the choice is made, so it holds everything done by then.
    chooseFileToSave(this, what, report ? u"cleanup-report.csv"_s : u"cleanup-plan.csv"_s, tr("CSV (*.csv);;JSON (*.json)"),
                     [this, what, report](const FileChoice& choice) {
        const bool json = choice.path.endsWith(u".json"_s, Qt::CaseInsensitive) || choice.filter.startsWith(u"JSON"_s);
        const Models::CleanupReport& r = m_model->report();
        const QByteArray bytes = report ? (json ? Models::reportToJson(r) : Models::reportToCsv(r))
                                        : (json ? Models::planToJson(r.plan) : Models::planToCsv(r.plan));
        QSaveFile file(choice.path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            showWarning(this, what, tr("%1 could not be written: %2").arg(choice.path, file.errorString()));
    });
}

void CleanupDialog::recover()
{
    const QList<Models::CleanupEntry> deleted = m_model->report().deleted();
    if (deleted.isEmpty())
        return;
    QHash<QString, QDateTime> until;
    for (const Models::CleanupEntry& e : deleted)
        until.insert(e.branchId, m_model->report().recoverableUntil(e));
    auto* dialog = new RecoverDeletedDialog(m_client, deleted, until, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecoverDeletedDialog::projectsChanged, this, &CleanupDialog::projectsChanged);
    // The report follows: an export made afterwards says "recovered", not "deleted".
    connect(dialog, &RecoverDeletedDialog::branchRecovered, this, [this](const QString& branchId, const QDateTime& at) {
        m_model->setRecovered(branchId, at);
        updateButtons();
    });
    dialog->open();
}

void CleanupDialog::closeEvent(QCloseEvent* event)
{
    if (m_run && m_run->runner().isRunning()) {
        // Nothing is abandoned mid-way: stop scheduling, let the deletions under way finish, then close.
        m_closeWhenDone = true;
        cancelRun();
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void CleanupDialog::reject()
{
    if (m_run && m_run->runner().isRunning()) {
        m_closeWhenDone = true;
        cancelRun();
        return;
    }
    QDialog::reject();
}

} // namespace Ui
