// SPDX-License-Identifier: MIT
#pragma once

#include <neon/client.h>
#include <pg/queryrunner.h>

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace Ui {

/// Preview before restoring (Neon's Time Travel): for a chosen moment Canopy makes a short-lived
/// child of the branch at that moment (expiring within the hour, named preview-… so the cleanup
/// knows it, deleted when the preview closes) and shows "now" beside "then": the schema diff
/// (highlighted), every table's row count with the difference, and a SQL pane that runs the same
/// read-only query on both (rows capped, cancellable). From it: restore the branch to that moment
/// (with or without a backup) or create a branch from it. Never blocks; the child is deleted by
/// whoever opened the dialog (discardRequested and the close).
class PointPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { Close, Restore, CreateBranch };
    PointPreviewDialog(Neon::Client* client, const QString& projectId, const Neon::Branch& branch,
                       const QList<Neon::Branch>& projectBranches, const QDateTime& moment, QWidget* parent = nullptr);
    ~PointPreviewDialog() override;

    /// "preview-dev-alice-at-20261203-081500": the cleanup's preview-* pattern, the moment in UTC.
    static QString previewName(const QString& branchName, const QDateTime& moment);
    /// Creates the child at the moment in the editor (the previous one is handed for deletion).
    void showMoment();

    Choice choice() const { return m_choice; }
    QDateTime moment() const { return m_shownMoment; }
    QString previewBranchId() const { return m_previewId; }
    /// A creation still under way when the dialog closes: its branch is deleted once it exists.
    Neon::Pending<Neon::CreatedBranch> takeCreation();
    Neon::BranchRestore restoreRequest() const;
    Neon::BranchCreateOptions createRequest() const;

    QDateTimeEdit* momentEdit() const { return m_momentEdit; }
    QPushButton* showButton() const { return m_show; }
    QLabel* statusLabel() const { return m_status; }
    QComboBox* databaseBox() const { return m_database; }
    QPlainTextEdit* schemaView() const { return m_schema; }
    QTableWidget* countsTable() const { return m_counts; }
    QPlainTextEdit* queryEdit() const { return m_query; }
    QPushButton* runButton() const { return m_run; }
    QPushButton* cancelQueryButton() const { return m_cancelQuery; }
    QTableWidget* nowTable() const { return m_nowRows; }
    QTableWidget* thenTable() const { return m_thenRows; }
    QLineEdit* backupNameEdit() const { return m_backupName; }
    QPushButton* restoreButton() const { return m_restore; }
    QPushButton* createButton() const { return m_create; }
    QLineEdit* newBranchNameEdit() const { return m_newName; }

Q_SIGNALS:
    /// A preview child that is no longer shown: delete it.
    void discardRequested(const QString& branchId);
    /// Both sides can be queried (the child exists, both connection strings are known).
    void ready();
    void countsShown();
    void queryAnswered();

private:
    QWidget* buildMomentRow();
    QWidget* buildQueryTab();
    QWidget* buildActions();
    void created();
    void runQuery();
    void showRows(QTableWidget* table, const Pg::QueryResult& result, QLabel* note);
    void updateActions();

    Neon::Client* m_client;
    QString m_projectId;
    Neon::Branch m_branch;
    QStringList m_takenNames;
    bool m_hasOtherChildren = false;
    Choice m_choice = Choice::Close;
    QDateTime m_shownMoment;
    QString m_previewId;

    QDateTimeEdit* m_momentEdit;
    QPushButton* m_show;
    QLabel* m_status;
    QComboBox* m_database;
    QTabWidget* m_tabs;
    QPlainTextEdit* m_schema;
    QTableWidget* m_counts;
    class BranchComparison* m_comparison;
    QPlainTextEdit* m_query = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_cancelQuery = nullptr;
    QTableWidget* m_nowRows = nullptr;
    QTableWidget* m_thenRows = nullptr;
    QLabel* m_nowNote = nullptr;
    QLabel* m_thenNote = nullptr;
    QLineEdit* m_backupName = nullptr;
    QLineEdit* m_newName = nullptr;
    QPushButton* m_restore = nullptr;
    QPushButton* m_create = nullptr;
    QLabel* m_problem = nullptr;

    Pg::QueryRunner m_nowQuery;
    Pg::QueryRunner m_thenQuery;
    int m_queriesPending = 0;
    Neon::Pending<Neon::CreatedBranch> m_creation;
};

} // namespace Ui
