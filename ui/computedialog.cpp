// SPDX-License-Identifier: MIT
#include "computedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Ui {

namespace {
QString cuText(double cu)
{
    return ComputeDialog::tr("%1 CU").arg(QLocale().toString(cu));
}
} // namespace

ComputeDialog::ComputeDialog(const Neon::Endpoint* existing, bool canAddReadWrite, double planMaximumCu, QWidget* parent)
    : QDialog(parent)
    , m_type(new QComboBox(this))
    , m_min(new QComboBox(this))
    , m_max(new QComboBox(this))
    , m_suspend(new QComboBox(this))
    , m_minutes(new QSpinBox(this))
    , m_cost(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_planMaximum(planMaximumCu)
{
    setWindowTitle(existing ? tr("Edit Compute %1").arg(existing->id) : tr("Add Compute"));
    auto* form = new QFormLayout;
    if (canAddReadWrite || (existing && existing->isReadWrite()))
        m_type->addItem(tr("Read-write (the branch's primary compute)"), QStringLiteral("read_write"));
    if (!existing || !existing->isReadWrite())
        m_type->addItem(tr("Read replica (read-only)"), QStringLiteral("read_only"));
    m_type->setEnabled(!existing && m_type->count() > 1);
    if (existing)
        m_type->setCurrentIndex(std::max(0, m_type->findData(existing->type)));
    form->addRow(tr("&Type:"), m_type);
    for (double cu : Neon::computeUnitSteps()) {
        if (planMaximumCu > 0 && cu > planMaximumCu)
            break;
        m_min->addItem(cuText(cu), cu);
        m_max->addItem(cuText(cu), cu);
    }
    m_min->setCurrentIndex(std::max(0, m_min->findData(existing ? existing->autoscalingLimitMinCu : 0.25)));
    m_max->setCurrentIndex(std::max(0, m_max->findData(existing ? existing->autoscalingLimitMaxCu : 1.0)));
    form->addRow(tr("Scale down to (m&inimum):"), m_min);
    form->addRow(tr("Scale up to (m&aximum):"), m_max);
    m_suspend->addItem(tr("After 5 minutes idle (Neon's default)"), 0);
    m_suspend->addItem(tr("After a chosen time idle"), 1);
    m_suspend->addItem(tr("Never (always on)"), -1);
    m_minutes->setRange(1, 7 * 24 * 60);
    m_minutes->setSuffix(tr(" min"));
    const qint64 timeout = existing ? existing->suspendTimeoutSeconds : 0;
    m_suspend->setCurrentIndex(timeout == 0 ? 0 : timeout < 0 ? 2 : 1);
    m_minutes->setValue(timeout > 0 ? int(std::max<qint64>(1, timeout / 60)) : 15);
    form->addRow(tr("&Suspend:"), m_suspend);
    form->addRow(tr("Idle &time:"), m_minutes);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    for (QLabel* l : {m_cost, m_problem}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
        layout->addWidget(l);
    }
    m_problem->setAccessibleName(tr("What keeps OK off"));
    m_cost->setAccessibleName(tr("What it costs"));
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(existing ? tr("&Apply") : tr("&Add Compute"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QComboBox* box : {m_min, m_max, m_suspend})
        connect(box, &QComboBox::currentIndexChanged, this, &ComputeDialog::check);
    connect(m_minutes, &QSpinBox::valueChanged, this, &ComputeDialog::check);
    check();
}

qint64 ComputeDialog::suspendSeconds() const
{
    const int mode = m_suspend->currentData().toInt();
    return mode == 1 ? qint64(m_minutes->value()) * 60 : mode;
}

QString ComputeDialog::problem() const
{
    return m_problem->text();
}

void ComputeDialog::check()
{
    const double minCu = m_min->currentData().toDouble();
    const double maxCu = m_max->currentData().toDouble();
    m_minutes->setEnabled(m_suspend->currentData().toInt() == 1);
    QString problem = Neon::computeRangeProblem(minCu, maxCu, m_planMaximum);
    if (problem.isEmpty())
        problem = Neon::suspendTimeoutProblem(suspendSeconds());
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    const QString idle = suspendSeconds() < 0
        ? tr("It never suspends, so it is billed for every hour, day and night.")
        : tr("Suspended, it costs nothing; the first connection wakes it in a few hundred milliseconds.");
    m_cost->setText(tr("Neon bills compute by CU-hours: while active this compute uses %1 to %2 CU-hours an hour, "
                       "as its load needs. %3")
                        .arg(QLocale().toString(minCu), QLocale().toString(maxCu), idle));
}

Neon::EndpointCreate ComputeDialog::createRequest(const QString& branchId) const
{
    Neon::EndpointCreate c;
    c.branchId = branchId;
    c.type = m_type->currentData().toString();
    c.autoscalingLimitMinCu = m_min->currentData().toDouble();
    c.autoscalingLimitMaxCu = m_max->currentData().toDouble();
    c.suspendTimeoutSeconds = suspendSeconds();
    return c;
}

Neon::EndpointUpdate ComputeDialog::updateRequest() const
{
    Neon::EndpointUpdate u;
    u.autoscalingLimitMinCu = m_min->currentData().toDouble();
    u.autoscalingLimitMaxCu = m_max->currentData().toDouble();
    u.suspendTimeoutSeconds = suspendSeconds();
    return u;
}

} // namespace Ui
