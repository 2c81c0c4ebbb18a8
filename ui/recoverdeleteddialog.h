// SPDX-License-Identifier: MIT
#pragma once

#include <models/batchrunner.h>
#include <models/cleanupplan.h>

#include <QDialog>

#include <memory>

class QLabel;
class QListWidget;
class QPushButton;

namespace Neon {
class Client;
}

namespace Ui {

/// Brings back branches a cleanup deleted (Neon keeps them for 7 days): parents before their
/// children, one at a time per project; each row says how it went.
class RecoverDeletedDialog : public QDialog
{
    Q_OBJECT
public:
    /// `recoverableUntil`: per branch id, when Neon stops keeping it (shown as the time left).
    RecoverDeletedDialog(Neon::Client* client, QList<Models::CleanupEntry> deleted,
                         QHash<QString, QDateTime> recoverableUntil, QWidget* parent = nullptr);
    ~RecoverDeletedDialog() override;

    QListWidget* list() const { return m_list; }
    QPushButton* recoverButton() const { return m_recover; }
    void recoverChecked();

Q_SIGNALS:
    void projectsChanged(const QStringList& projectIds);
    void branchRecovered(const QString& branchId, const QDateTime& at);
    void recovered();

private:
    void showOutcome(int job);
    QString rowText(const Models::CleanupEntry& entry, const QString& state) const;
    void updateButton();

    Neon::Client* m_client;
    QList<Models::CleanupEntry> m_deleted;
    QHash<QString, QDateTime> m_until;
    QListWidget* m_list;
    QLabel* m_summary;
    QPushButton* m_recover;
    std::unique_ptr<Models::BatchRunner> m_runner;
    QList<int> m_rowOfJob;
};

} // namespace Ui
