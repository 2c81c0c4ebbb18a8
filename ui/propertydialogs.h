// SPDX-License-Identifier: MIT
#pragma once

#include <neon/branch.h>
#include <neon/client.h>

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace Ui {

/// Rename: the new name checked as it is typed (length, the project's other names).
class RenameDialog : public QDialog
{
    Q_OBJECT
public:
    RenameDialog(const Neon::Branch& branch, const QStringList& projectNames, QWidget* parent = nullptr);
    QString name() const;
    QString problem() const;
    QLineEdit* nameEdit() const { return m_name; }

private:
    void update();
    QStringList m_taken;
    QLineEdit* m_name;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

/// Set or clear a branch's expiration: presets or a time, Neon's rules checked before sending
/// (not on default, protected or parent branches; at most 30 days ahead).
class ExpirationDialog : public QDialog
{
    Q_OBJECT
public:
    ExpirationDialog(const Neon::Branch& branch, int children, QWidget* parent = nullptr);
    /// Invalid: clear the expiration.
    QDateTime expiresAt() const;
    QString problem() const;
    QComboBox* presetBox() const { return m_preset; }
    QDateTimeEdit* timeEdit() const { return m_time; }

private:
    void update();
    Neon::Branch m_branch;
    int m_children;
    QComboBox* m_preset;
    QDateTimeEdit* m_time;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

/// The project's deleted branches still within Neon's 7 days, with the time left; recovers the
/// chosen one.
class RecoverDialog : public QDialog
{
    Q_OBJECT
public:
    RecoverDialog(Neon::Client* client, const QString& projectId, QWidget* parent = nullptr);
    QString branchId() const;
    QTreeWidget* list() const { return m_list; }

private:
    QTreeWidget* m_list;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
    Neon::Pending<Neon::BranchList> m_reply;
};

/// A red sentence under a form: why OK is disabled.
QLabel* makeProblemLabel(QWidget* parent);

} // namespace Ui
