// SPDX-License-Identifier: MIT
// The details of a project row: its layout, base and root branches against the plan, and the
// restore window, which can be changed from here.
#include "detailspanel.h"

#include "restorewindowdialog.h"

#include "computessection.h"
#include "objectssection.h"
#include "secretclipboard.h"
#include "theme.h"

#include <models/branchfacts.h>
#include <models/formatting.h>
#include <models/insightseries.h>
#include <models/operationnames.h>
#include <models/projectfacts.h>

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QAbstractTextDocumentLayout>
#include <QTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Ui {

void DetailsPanel::showProject(const Neon::Project& p, const QList<Neon::Branch>& branches, bool loaded)
{
    showNothing({});
    m_body->setVisible(false);
    m_projectBody->setVisible(true);
    m_projectId = p.id;
    m_title->setText(Models::Formatting::printable(p.name));
    if (!loaded) {
        addRow(m_projectForm, tr("Branches"), tr("Expand the project to load its branches."));
        return;
    }
    const Models::ProjectFacts f = Models::projectFacts(branches);
    m_rootCount = int(f.rootBranches.size());
    addRow(m_projectForm, tr("Layout"), Models::layoutDescription(f));
    addRow(m_projectForm, tr("Default branch"), f.defaultBranch.isEmpty() ? tr("none") : f.defaultBranch);
    addRow(m_projectForm, tr("Base branch"), f.baseBranches.isEmpty() ? tr("none: environments derive from %1").arg(f.defaultBranch)
                                                                       : f.baseBranches.join(u", "_s));
    addRow(m_projectForm, tr("Root branches"), QString());
    m_rootAllowance = qobject_cast<QLabel*>(m_projectForm->itemAt(m_projectForm->rowCount() - 1, QFormLayout::FieldRole)->widget());
    m_rootAllowance->setText(Models::Formatting::printable(f.rootBranches.join(u", "_s)));
    showRootAllowance();
    addRow(m_projectForm, tr("Branches"), tr("%1 in all, %n dev/preview/QA environment(s)", nullptr, f.environmentCount).arg(f.branchCount));
    const QString window = Models::restoreWindowText(p);
    addRow(m_projectForm, tr("Restore window"), window.isEmpty() ? tr("not reported") : tr("%1 of history: branch or restore from any moment in it").arg(window));
    m_restoreWindow = qobject_cast<QLabel*>(m_projectForm->itemAt(m_projectForm->rowCount() - 1, QFormLayout::FieldRole)->widget());
    m_restoreWindowButton = new QPushButton(tr("Change Restore &Window…"), this);
    m_restoreWindowButton->setToolTip(tr("How far back branches, restores and previews can reach, within your plan"));
    connect(m_restoreWindowButton, &QPushButton::clicked, this, [this, p] { changeRestoreWindow(p); });
    m_projectForm->addRow(QString(), m_restoreWindowButton);
    addRow(m_projectForm, tr("Region"), p.regionId);
    addRow(m_projectForm, tr("Postgres"), p.pgVersion > 0 ? QString::number(p.pgVersion) : tr("unknown"));
    addRow(m_projectForm, tr("ID"), p.id);
    if (m_rootLimit < 0 && !m_userReply) {
        // The allowance depends on the plan, which /users/me tells; asked once.
        m_userReply = m_client->currentUser();
        connect(m_userReply.get(), &Neon::Reply::finished, this, [this, r = m_userReply.get()] {
            if (r->ok()) {
                m_rootLimit = Models::planLimits(r->value().plan, r->value().branchesLimit).rootBranches;
                m_plan = r->value().plan;
            }
            showRootAllowance();
        });
    }
}

void DetailsPanel::showRootAllowance()
{
    if (!m_rootAllowance)
        return;
    const QString names = m_rootAllowance->text().section(u" — "_s, -1);
    m_rootAllowance->setText(m_rootLimit > 0 ? tr("%1 of %2 allowed on this plan — %3").arg(m_rootCount).arg(m_rootLimit).arg(names)
                                             : tr("%n root branch(es) — %1", nullptr, m_rootCount).arg(names));
}

void DetailsPanel::changeRestoreWindow(const Neon::Project& project)
{
    auto* dialog = new RestoreWindowDialog(project, m_plan, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog, project] {
        Neon::ProjectUpdate update;
        update.historyRetentionSeconds = dialog->seconds();
        m_restoreWindow->setText(tr("Changing…"));
        m_projectReply = m_client->updateProject(project.id, update, m_plan);
        connect(m_projectReply.get(), &Neon::Reply::finished, this, [this, r = m_projectReply.get(), id = project.id] {
            if (id != m_projectId || !m_restoreWindow)
                return;
            if (!r->ok())
                return m_restoreWindow->setText(tr("Not changed: %1").arg(r->error().toUserText()));
            m_restoreWindow->setText(tr("%1 of history: branch or restore from any moment in it")
                                         .arg(Models::restoreWindowText(r->value().project)));
            Q_EMIT projectChanged(r->value().project);
        });
    });
    dialog->open();
}

QStringList DetailsPanel::projectRows() const
{
    QStringList out;
    for (int row = 0; row < m_projectForm->rowCount(); ++row) {
        const QLayoutItem* labelItem = m_projectForm->itemAt(row, QFormLayout::LabelRole);
        const QLayoutItem* valueItem = m_projectForm->itemAt(row, QFormLayout::FieldRole);
        auto* label = labelItem ? qobject_cast<QLabel*>(labelItem->widget()) : nullptr;
        auto* value = valueItem ? qobject_cast<QLabel*>(valueItem->widget()) : nullptr;
        if (!value)
            continue; // a button row
        out.append((label ? label->text() : QString()) + u": "_s + (value ? value->text() : QString()));
    }
    return out;
}

} // namespace Ui
