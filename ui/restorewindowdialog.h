// SPDX-License-Identifier: MIT
#pragma once

#include <neon/project.h>

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace Ui {

/// The project's restore window (how far back point-in-time branching, restores and previews
/// reach): a number of hours or days within the plan's range, with what it means for the bill.
/// Checked before anything is sent.
class RestoreWindowDialog : public QDialog
{
    Q_OBJECT
public:
    RestoreWindowDialog(const Neon::Project& project, const QString& plan, QWidget* parent = nullptr);

    qint64 seconds() const;
    QString problem() const;
    QSpinBox* amountBox() const { return m_amount; }
    QComboBox* unitBox() const { return m_unit; }
    QLabel* costLabel() const { return m_cost; }
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    void update();

    QString m_plan;
    QSpinBox* m_amount;
    QComboBox* m_unit;
    QLabel* m_range;
    QLabel* m_cost;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace Ui
