// SPDX-License-Identifier: MIT
#pragma once

#include <neon/client.h>

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTabWidget;

namespace Ui {

/// The schema difference between any two branches of a project (by default a branch and its
/// parent), per database: unified and side-by-side, highlighted, copied or saved as `.diff`
/// (or a branch's schema as `.sql`). Reads through the client; never blocks.
class SchemaDiffDialog : public QDialog
{
    Q_OBJECT
public:
    SchemaDiffDialog(Neon::Client* client, const QString& projectId, const QList<Neon::Branch>& branches,
                     const QString& branchId, QWidget* parent = nullptr);

    QComboBox* branchBox() const { return m_branch; }
    QComboBox* baseBox() const { return m_base; }
    QComboBox* databaseBox() const { return m_database; }
    QString unifiedText() const;
    QString leftText() const;
    QString rightText() const;
    /// Writes the diff (`.diff`) or the branch's schema (`.sql`); false with a reason.
    void saveTo(const QString& path, std::function<void(bool ok, const QString& problem)> done);

    /// Splits a unified diff into two aligned columns (old, new); removed/added runs are paired.
    static std::pair<QString, QString> sideBySide(const QString& unifiedDiff);
    /// The diff as people read it: the `--- a/…` and `+++ b/…` headers name the two branches
    /// (`--- main/neondb`), and a hunk whose header names no statement gets the table its lines
    /// create or alter.
    static QString labelled(const QString& unifiedDiff, const QString& baseName, const QString& branchName);

Q_SIGNALS:
    void compared();

private:
    void loadDatabases();
    void compare();

    Neon::Client* m_client;
    QString m_projectId;
    QComboBox* m_branch;
    QComboBox* m_base;
    QComboBox* m_database;
    QLabel* m_status;
    QTabWidget* m_tabs;
    QPlainTextEdit* m_unified;
    QPlainTextEdit* m_left;
    QPlainTextEdit* m_right;
    QLabel* m_leftLabel = nullptr; ///< which branch the side shows
    QLabel* m_rightLabel = nullptr;
    QString m_diff;
    Neon::Pending<QList<Neon::Database>> m_databasesReply;
    Neon::Pending<Neon::SchemaDiff> m_diffReply;
    Neon::Pending<Neon::BranchSchema> m_schemaReply;
};

} // namespace Ui
