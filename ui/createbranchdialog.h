// SPDX-License-Identifier: MIT
#pragma once

#include <neon/branch.h>
#include <neon/project.h>
#include <neon/responses.h>

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace Ui {

/// Create a branch: parent, point in time (head, timestamp within the project's history
/// window, LSN), data or schema-only, compute, expiration, protection; the name is checked as
/// it is typed and the request to be sent is shown.
class CreateBranchDialog : public QDialog
{
    Q_OBJECT
public:
    CreateBranchDialog(const Neon::Project& project, const QList<Neon::Branch>& branches, const QString& parentId,
                       QWidget* parent = nullptr);

    Neon::BranchCreateOptions options() const;
    /// Why OK is disabled (empty when it is enabled).
    QString problem() const;

    QLineEdit* nameEdit() const { return m_name; }
    QRadioButton* schemaOnlyButton() const { return m_schemaOnly; }
    QComboBox* expirationBox() const { return m_expiration; }

private:
    void addParentAndNameRows(QFormLayout* form, const QList<Neon::Branch>& branches, const QString& parentId);
    void addStartRows(QFormLayout* form, const Neon::Project& project, const QDateTime& now);
    void addContentsRows(QFormLayout* form);
    void addComputeRow(QFormLayout* form);
    void addExpiryRows(QFormLayout* form, const QDateTime& now);
    void connectInputs();
    void update();

    Neon::Project m_project;
    QList<Neon::Branch> m_branches;
    QComboBox* m_parent;
    QLineEdit* m_name;
    QRadioButton* m_head;
    QRadioButton* m_atTime;
    QRadioButton* m_atLsn;
    QDateTimeEdit* m_time;
    QLineEdit* m_lsn;
    QRadioButton* m_data;
    QRadioButton* m_schemaOnly;
    QLabel* m_schemaOnlyNote;
    QCheckBox* m_compute;
    QDoubleSpinBox* m_minCu;
    QDoubleSpinBox* m_maxCu;
    QComboBox* m_expiration;
    QDateTimeEdit* m_expiresAt;
    QCheckBox* m_protected;
    QLabel* m_problem;
    QPlainTextEdit* m_request;
    QDialogButtonBox* m_buttons;
    bool m_nameTouched = false;
};

} // namespace Ui
