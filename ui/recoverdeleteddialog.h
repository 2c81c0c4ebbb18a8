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
    RecoverDeletedDialog(Neon::Client* client, QList<Models::CleanupEntry> deleted, QWidget* parent = nullptr);
    ~RecoverDeletedDialog() override;

    QListWidget* list() const { return m_list; }
    QPushButton* recoverButton() const { return m_recover; }
    void recoverChecked();

Q_SIGNALS:
    void projectsChanged(const QStringList& projectIds);
    void recovered();

private:
    void showOutcome(int job);

    Neon::Client* m_client;
    QList<Models::CleanupEntry> m_deleted;
    QListWidget* m_list;
    QLabel* m_summary;
    QPushButton* m_recover;
    std::unique_ptr<Models::BatchRunner> m_runner;
    QList<int> m_rowOfJob;
};

} // namespace Ui
