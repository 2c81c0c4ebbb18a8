// SPDX-License-Identifier: MIT
#include "deletedialog.h"

#include "propertydialogs.h"

#include <models/branchrules.h>
#include <models/formatting.h>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Ui {

DeleteDialog::DeleteDialog(const QList<Neon::Branch>& subtree, QWidget* parent)
    : QDialog(parent)
    , m_branches(subtree)
    , m_subtree(new QCheckBox(this))
    , m_list(new QListWidget(this))
    , m_blocker(makeProblemLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const Neon::Branch& branch = subtree.last();
    setWindowTitle(tr("Delete %1").arg(Models::Formatting::printable(branch.name)));
    auto* layout = new QVBoxLayout(this);
    const int descendants = int(subtree.size()) - 1;
    m_subtree->setText(tr("Also delete its %n descendant branch(es), leaves first", nullptr, descendants));
    m_subtree->setVisible(descendants > 0);
    m_subtree->setAccessibleName(tr("Delete the whole subtree"));
    layout->addWidget(new QLabel(tr("These branches and their computes will be deleted:"), this));
    m_list->setAccessibleName(tr("Branches to delete"));
    layout->addWidget(m_list, 1);
    layout->addWidget(m_subtree);
    auto* recovery = new QLabel(tr("Neon keeps deleted branches for 7 days: Branch → Recover Deleted Branch brings them "
                                   "back (with their data) until then."),
                                this);
    recovery->setWordWrap(true);
    layout->addWidget(recovery);
    m_blocker->setAccessibleName(tr("Blocker"));
    layout->addWidget(m_blocker);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Delete"));
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true); // Enter does not destroy
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_subtree, &QCheckBox::toggled, this, &DeleteDialog::update);
    update();
    resize(480, 380);
}

QList<Neon::Branch> DeleteDialog::toDelete() const
{
    return m_subtree->isChecked() ? m_branches : QList<Neon::Branch>{m_branches.last()};
}

QString DeleteDialog::blocker() const
{
    return m_blocker->text();
}

void DeleteDialog::update()
{
    const QList<Neon::Branch> doomed = toDelete();
    m_list->clear();
    for (const Neon::Branch& b : doomed)
        m_list->addItem(Models::Formatting::printable(b.name));
    const Neon::Branch& top = m_branches.last();
    QString blocker = Models::BranchRules::deleteProblem(top, int(m_branches.size()) - 1, m_subtree->isChecked());
    for (const Neon::Branch& b : doomed) {
        if (blocker.isEmpty() && b.id != top.id)
            blocker = Models::BranchRules::deleteProblem(b, 0, true);
    }
    m_blocker->setText(blocker);
    m_blocker->setVisible(!blocker.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(blocker.isEmpty());
}

} // namespace Ui
