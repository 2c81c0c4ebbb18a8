// SPDX-License-Identifier: MIT
#pragma once

#include <neon/client.h>

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

/// The facts of the selected branch: its fields, computes, databases, roles, and a connection
/// string whose password shows only on request. Reads through the client; never blocks.
class DetailsPanel : public QWidget
{
    Q_OBJECT
public:
    DetailsPanel(Neon::Client* client, QWidget* parent = nullptr);
    ~DetailsPanel() override;

    void showBranch(const QString& projectId, const Neon::Branch& branch, const QString& parentName = {});
    void showNothing(const QString& hint);

private:
    void fetchUri();
    void showUri();

    Neon::Client* m_client;
    QString m_projectId;
    Neon::Branch m_branch;
    QLabel* m_title;
    QLabel* m_badges;
    QFormLayout* m_form;
    QLabel* m_computes;
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
};
