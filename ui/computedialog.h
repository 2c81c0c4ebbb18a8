// SPDX-License-Identifier: MIT
#pragma once

#include <neon/compute.h>
#include <neon/computes.h>

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;
class QDialogButtonBox;

namespace Ui {

/// Adds a compute to a branch or edits one: the autoscaling range in Neon's steps up to the
/// plan's maximum, the suspend timeout (default, never, or a time in Neon's range), and a sentence
/// on what it costs. OK stays off while the choice breaks a rule, with the rule shown.
class ComputeDialog : public QDialog
{
    Q_OBJECT
public:
    /// `existing` null: a new compute; `canAddReadWrite`: the branch has no read-write compute yet.
    ComputeDialog(const Neon::Endpoint* existing, bool canAddReadWrite, double planMaximumCu, QWidget* parent = nullptr);

    Neon::EndpointCreate createRequest(const QString& branchId) const;
    Neon::EndpointUpdate updateRequest() const;
    QString problem() const; ///< what keeps OK off, or empty
    QComboBox* minimum() const { return m_min; }
    QComboBox* maximum() const { return m_max; }
    QComboBox* suspend() const { return m_suspend; }
    QSpinBox* suspendMinutes() const { return m_minutes; }
    QComboBox* type() const { return m_type; }

private:
    qint64 suspendSeconds() const;
    void check();

    QComboBox* m_type;
    QComboBox* m_min;
    QComboBox* m_max;
    QComboBox* m_suspend;
    QSpinBox* m_minutes;
    QLabel* m_cost;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    double m_planMaximum;
};

} // namespace Ui
