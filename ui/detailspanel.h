// SPDX-License-Identifier: MIT
#pragma once

#include <models/branchfacts.h>
#include <neon/client.h>

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Ui {

/// The facts of the selected branch: its fields, computes, databases, roles, and a connection
/// string whose password shows only on request. Reads through the client; never blocks.
class DetailsPanel : public QWidget
{
    Q_OBJECT
public:
    DetailsPanel(Neon::Client* client, QWidget* parent = nullptr);
    ~DetailsPanel() override;

    void showBranch(const QString& projectId, const Neon::Branch& branch, const QString& parentName = {},
                    const Models::BranchActivity& activity = {});
    void showNothing(const QString& hint);
    /// The branch shown (empty when none): for the window's actions and for tests.
    const Neon::Branch& branch() const { return m_branch; }
    QString title() const;

private:
    void fetchUri();
    void showUri();
    void showOperations();

    Neon::Client* m_client;
    QString m_projectId;
    Neon::Branch m_branch;
    QLabel* m_title;
    QWidget* m_body; ///< everything but the title: hidden while nothing is selected
    QLabel* m_badges;
    QFormLayout* m_form;
    QLabel* m_computes;
    QLabel* m_operations;
    QComboBox* m_database;
    QComboBox* m_role;
    QCheckBox* m_pooled;
    QLineEdit* m_uri;
    QPushButton* m_reveal;
    QPushButton* m_copy;
    QString m_fullUri;
    Neon::Pending<QList<Neon::Endpoint>> m_endpointsReply;
    Neon::Pending<QList<Neon::Database>> m_databasesReply;
    Neon::Pending<QList<Neon::Role>> m_rolesReply;
    Neon::Pending<Neon::ConnectionUri> m_uriReply;
    Neon::Pending<Neon::OperationPage> m_operationsReply;
};

} // namespace Ui
