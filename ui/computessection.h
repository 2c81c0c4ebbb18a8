// SPDX-License-Identifier: MIT
#pragma once

#include <neon/client.h>

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace Ui {

/// The computes of the selected branch, each with Start, Suspend, Restart, Edit and Delete as
/// Neon allows them in its state, and "Add Compute" (read-write when the branch has none, else a
/// read replica). Every action runs through the client and its operations; the line under the
/// list says what is happening and what happened, errors included.
class ComputesSection : public QWidget
{
    Q_OBJECT
public:
    explicit ComputesSection(Neon::Client* client, QWidget* parent = nullptr);

    void showBranch(const QString& projectId, const Neon::Branch& branch);
    void clear();
    const QList<Neon::Endpoint>& computes() const { return m_computes; }
    QString status() const;
    /// A compute's button by action ("start", "suspend", "restart", "edit", "delete"), or the Add button for "add".
    QPushButton* button(const QString& endpointId, const QString& action) const;

Q_SIGNALS:
    void changed(); ///< a compute changed on the server (the branch's facts may have too)

private:
    void load();
    void rebuild();
    void addRow(const Neon::Endpoint& e);
    void run(const QString& doing, const QString& done, Neon::Pending<Neon::EndpointOperations> pending);
    void edit(const Neon::Endpoint& e);
    void add();
    void remove(const Neon::Endpoint& e);
    QPushButton* makeButton(const QString& text, const QString& name, bool enabled, std::function<void()> onClick);

    Neon::Client* m_client;
    QString m_projectId;
    Neon::Branch m_branch;
    QList<Neon::Endpoint> m_computes;
    QVBoxLayout* m_rows;
    QLabel* m_status;
    QPushButton* m_add;
    double m_planMaximum = 0;
    bool m_planKnown = false;
    Neon::Pending<QList<Neon::Endpoint>> m_reply;
    Neon::Pending<Neon::EndpointOperations> m_action;
    Neon::Pending<Neon::CurrentUser> m_user;
};

} // namespace Ui
