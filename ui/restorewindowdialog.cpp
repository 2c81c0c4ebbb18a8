// SPDX-License-Identifier: MIT
#include "restorewindowdialog.h"

#include "propertydialogs.h"

#include <models/formatting.h>
#include <models/projectfacts.h>
#include <neon/computes.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Ui {

RestoreWindowDialog::RestoreWindowDialog(const Neon::Project& project, const QString& plan, QWidget* parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_amount(new QSpinBox(this))
    , m_unit(new QComboBox(this))
    , m_range(new QLabel(this))
    , m_cost(new QLabel(this))
    , m_problem(makeProblemLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Restore Window of %1").arg(Models::Formatting::printable(project.name)));
    auto* layout = new QVBoxLayout(this);
    auto* what = new QLabel(tr("How far back branches can be made from a moment, restored to one, or previewed. "
                               "History older than the window is dropped and cannot be brought back."),
                            this);
    what->setWordWrap(true);
    layout->addWidget(what);
    m_unit->addItem(tr("hours"), 3600);
    m_unit->addItem(tr("days"), 86400);
    m_unit->setAccessibleName(tr("Unit of the restore window"));
    m_amount->setAccessibleName(tr("Length of the restore window"));
    m_amount->setRange(0, 720);
    const qint64 now = project.historyRetentionSeconds.value_or(86400);
    const bool inDays = now >= 86400 && now % 86400 == 0;
    m_unit->setCurrentIndex(inDays ? 1 : 0);
    m_amount->setValue(int(inDays ? now / 86400 : now / 3600));
    auto* row = new QHBoxLayout;
    row->addWidget(m_amount);
    row->addWidget(m_unit);
    row->addStretch(1);
    auto* form = new QFormLayout;
    form->addRow(tr("&Keep history for:"), row);
    qobject_cast<QLabel*>(form->labelForField(row))->setBuddy(m_amount);
    layout->addLayout(form);
    for (QLabel* l : {m_range, m_cost}) {
        l->setWordWrap(true);
        layout->addWidget(l);
    }
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Change"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_amount, &QSpinBox::valueChanged, this, &RestoreWindowDialog::update);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &RestoreWindowDialog::update);
    update();
    setMinimumWidth(520); // the wrapped sentences need the room
}

qint64 RestoreWindowDialog::seconds() const
{
    return qint64(m_amount->value()) * m_unit->currentData().toLongLong();
}

QString RestoreWindowDialog::problem() const
{
    return m_problem->text();
}

void RestoreWindowDialog::update()
{
    const qint64 max = Neon::maxRestoreWindowSeconds(m_plan);
    const QString shownPlan = m_plan.left(1).toUpper() + m_plan.mid(1).section(u'_', 0, 0); // "scale" → "Scale"
    const QString planName = m_plan.isEmpty() ? tr("your plan") : tr("the %1 plan").arg(shownPlan);
    m_range->setText(max < 86400 ? tr("On %1: up to %n hour(s).", nullptr, int(max / 3600)).arg(planName)
                                 : tr("On %1: up to %n day(s).", nullptr, int(max / 86400)).arg(planName));
    m_cost->setText(Models::restoreWindowCost(m_plan, seconds()));
    const QString problem = Neon::restoreWindowProblem(seconds(), m_plan);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace Ui
