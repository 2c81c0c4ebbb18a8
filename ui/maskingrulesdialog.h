// SPDX-License-Identifier: MIT
#pragma once

#include <neon/client.h>

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTreeWidget;
class QTreeWidgetItem;

namespace Models {
class MaskPreviewModel;
}

namespace Pg {
class SampleReader;
}

namespace Ui {


/// The masking rules of a branch: databases → tables → columns (from the branch's schema as
/// JSON), each with its type, rule, PII suggestion and warnings; a searchable function picker;
/// import and export as a versioned JSON file; and a preview of sample rows, original and
/// masked side by side, masked in the app (nothing is written). Save sends the whole list
/// (`PATCH masking_rules`).
class MaskingRulesDialog : public QDialog
{
    Q_OBJECT
public:
    MaskingRulesDialog(Neon::Client* client, const QString& projectId, const Neon::Branch& branch, QWidget* parent = nullptr);
    ~MaskingRulesDialog() override;

    QList<Neon::MaskingRule> rules() const;
    void setRules(const QList<Neon::MaskingRule>& rules);
    /// Takes every PII suggestion that has a rule; returns how many columns got one.
    int acceptSuggestions();
    /// Columns that look like personal data and have no rule ("table.column").
    QStringList unmaskedPii() const;
    /// Previews `limit` rows of schema.table in `database`.
    void preview(const QString& database, const QString& schema, const QString& table, int limit);
    Models::MaskPreviewModel* previewModel() const { return m_previewModel; }
    QString status() const;
    QTreeWidget* tree() const { return m_tree; }

    /// Names already used in the project (a new anonymized branch must not take one).
    void setTakenNames(const QStringList& names);
    /// Creates an anonymized branch of this branch with the current rules and follows it.
    void createAnonymizedBranch(const QString& name);

    static QByteArray exportRules(const QList<Neon::MaskingRule>& rules);
    static bool importRules(const QByteArray& json, QList<Neon::MaskingRule>* rules, QString* error);

Q_SIGNALS:
    void schemaLoaded();
    void previewReady();
    void saved(bool ok);
    void anonymizedBranchFinished(bool ok, const QString& branchId, const QString& message);

private:
    void loadDatabase(const QString& database);
    void columnSelected();
    void ruleEdited(const QString& text);
    void save();
    QTreeWidgetItem* columnItem(const Neon::MaskingRule& rule) const;

    Neon::Client* m_client;
    QString m_projectId;
    Neon::Branch m_branch;
    QTreeWidget* m_tree;
    QComboBox* m_function;
    QLabel* m_status;
    QSpinBox* m_rows;
    QTableView* m_preview;
    Models::MaskPreviewModel* m_previewModel;
    Pg::SampleReader* m_reader;
    QPushButton* m_save;
    QLineEdit* m_anonName;
    QPushButton* m_createAnon;
    QStringList m_taken;
    int m_pendingDatabases = 0;
    std::vector<Neon::PendingReply> m_replies;
};

} // namespace Ui
