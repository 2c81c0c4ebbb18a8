// SPDX-License-Identifier: MIT
#pragma once

#include <neon/client.h>
#include <pg/queryrunner.h>

#include <QObject>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace Ui {

/// A branch as it is ("now") beside another branch that holds other data of it ("then": a
/// point-in-time preview child, or a restore from a snapshot waiting to be finalized): for the
/// database chosen in `database`, both connection strings, the schema diff (now −, then +) in
/// `schema`, and every table's exact row count with the difference in `counts`. Never blocks;
/// problems go to `status`. The widgets are the dialog's; this fills them.
class BranchComparison : public QObject
{
    Q_OBJECT
public:
    struct Labels
    {
        QString now; ///< "Now": the counts' column of the branch as it is
        QString then; ///< "Then"
        QString difference; ///< "Then − now"
    };
    BranchComparison(Neon::Client* client, const QString& projectId, const Neon::Branch& branch, QComboBox* database,
                     QPlainTextEdit* schema, QTableWidget* counts, QLabel* status, const Labels& labels, QObject* parent);

    /// Compares with `otherBranchId` (empty: nothing shown); the databases are listed the first time.
    void compareWith(const QString& otherBranchId);
    void clear();
    const QString& otherBranchId() const { return m_otherId; }
    const QString& nowUri() const { return m_nowUri; }
    const QString& thenUri() const { return m_thenUri; }
    bool bothKnown() const { return !m_nowUri.isEmpty() && !m_thenUri.isEmpty(); }

Q_SIGNALS:
    /// Both sides can be queried (both connection strings are known).
    void ready();
    void countsShown();

private:
    void loadDatabases();
    void loadSide(bool then);
    void sidesKnown();
    void loadSchema();
    void showCounts();

    Neon::Client* m_client;
    QString m_projectId;
    Neon::Branch m_branch;
    QComboBox* m_database;
    QPlainTextEdit* m_schema;
    QTableWidget* m_counts;
    QLabel* m_status;
    Labels m_labels;
    QString m_otherId;
    QString m_nowUri;
    QString m_thenUri;
    Pg::QueryRunner m_nowCounter;
    Pg::QueryRunner m_thenCounter;
    Pg::QueryResult m_nowCounts;
    Pg::QueryResult m_thenCounts;
    int m_countsPending = 0;
    Neon::Pending<QList<Neon::Database>> m_databases;
    Neon::Pending<Neon::ConnectionUri> m_nowUriReply;
    Neon::Pending<Neon::ConnectionUri> m_thenUriReply;
    Neon::Pending<Neon::SchemaDiff> m_diff;
};

} // namespace Ui
