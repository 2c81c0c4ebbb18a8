// SPDX-License-Identifier: MIT
// The point-in-time preview from the Branch menu and the restore dialog: the dialog shows the
// moment; its short-lived child is deleted here, where it outlives the dialog, whatever the
// user chose; a restore or a new branch from the moment follows the deletion.
#include "branchactions.h"

#include "mainwindow.h"
#include "pointpreviewdialog.h"

#include <models/formatting.h>
#include <models/projecttreemodel.h>

using namespace Qt::StringLiterals;

namespace Ui {

void BranchActions::preview()
{
    previewAt({});
}

void BranchActions::previewAt(const QDateTime& moment)
{
    const Neon::Branch* b = m_window->currentBranch();
    const QString projectId = m_window->currentProjectId();
    if (!b)
        return;
    auto* dialog = new PointPreviewDialog(m_client, projectId, *b, m_window->model()->branchesOf(projectId), moment, m_window);
    connect(dialog, &PointPreviewDialog::discardRequested, this,
            [this, projectId](const QString& id) { discardPreview(projectId, id); });
    connect(dialog, &QDialog::finished, this, [this, dialog, projectId, id = b->id, name = b->name] {
        previewClosed(dialog, projectId, id, name);
    });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

void BranchActions::discardPreview(const QString& projectId, const QString& branchId)
{
    // Deleted outright (not recoverable): a preview is nobody's data.
    Neon::Pending<Neon::BranchOperations> gone = m_client->deleteBranch(projectId, branchId, true);
    Neon::Result<Neon::BranchOperations>* reply = gone.get();
    connect(reply, &Neon::Reply::finished, this, [this, reply] {
        if (!reply->ok())
            m_window->reportError(reply->error(), tr("The preview branch could not be deleted (it expires within the hour)."));
        forget(reply);
    });
    m_running.push_back(std::move(gone));
}

void BranchActions::previewClosed(PointPreviewDialog* dialog, const QString& projectId, const QString& branchId,
                                  const QString& branchName)
{
    // A creation still under way: its branch goes as soon as it exists.
    if (Neon::Pending<Neon::CreatedBranch> creating = dialog->takeCreation()) {
        Neon::Result<Neon::CreatedBranch>* reply = creating.get();
        connect(reply, &Neon::Reply::finished, this, [this, reply, projectId] {
            if (reply->ok())
                discardPreview(projectId, reply->value().branch.id);
            forget(reply);
        });
        m_running.push_back(std::move(creating));
    }
    const QString previewId = dialog->previewBranchId();
    const PointPreviewDialog::Choice choice = dialog->choice();
    const Neon::BranchRestore restore = dialog->restoreRequest();
    const Neon::BranchCreateOptions create = dialog->createRequest();
    const QString when = QLocale().toString(dialog->moment().toLocalTime(), QLocale::ShortFormat);
    auto next = [this, choice, restore, create, projectId, branchId, branchName, when] {
        if (choice == PointPreviewDialog::Choice::Restore)
            run(m_client->restoreBranch(projectId, branchId, restore), tr("Restoring %1 to %2").arg(branchName, when), projectId,
                branchId);
        else if (choice == PointPreviewDialog::Choice::CreateBranch)
            run(m_client->createBranch(projectId, create), tr("Creating %1 from %2 at %3").arg(create.name, branchName, when),
                projectId, {});
        else
            m_window->reloadBranches(projectId);
    };
    if (previewId.isEmpty())
        return next();
    // The preview is the branch's child: it goes first, so a restore does not move it under the backup.
    Neon::Pending<Neon::BranchOperations> gone = m_client->deleteBranch(projectId, previewId, true);
    Neon::Result<Neon::BranchOperations>* reply = gone.get();
    connect(reply, &Neon::Reply::finished, this, [this, reply, next] {
        if (!reply->ok())
            m_window->reportError(reply->error(), tr("The preview branch could not be deleted (it expires within the hour)."));
        next();
        forget(reply);
    });
    m_running.push_back(std::move(gone));
}

} // namespace Ui
