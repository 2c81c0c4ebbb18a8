// SPDX-License-Identifier: MIT
#pragma once

#include <neon/client.h>

#include <QDialog>

#include <functional>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QSplitter;
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
    QLineEdit* anonymizedNameEdit() const { return m_anonName; }
    /// Why the anonymized branch's name cannot be used, shown under it (empty when it can).
    QString anonymizedNameProblem() const;
    /// The full suggestion and warnings of the selected column.
    QString columnDetails() const;
    /// The rule picker's entries in their order (fitting the selected column's type first).
    QStringList functionChoices() const;
    /// Whether the rules differ from the ones last loaded or saved.
    bool hasUnsavedRules() const { return rules() != m_savedRules; }
    /// Asks before unsaved rules are lost (Save, Discard, or Cancel: the default).
    void reject() override;

    static QByteArray exportRules(const QList<Neon::MaskingRule>& rules);
    static bool importRules(const QByteArray& json, QList<Neon::MaskingRule>* rules, QString* error);

Q_SIGNALS:
    void schemaLoaded();
    void previewReady();
    void saved(bool ok);
    void anonymizedBranchFinished(bool ok, const QString& branchId, const QString& message);

private:
    // Where the tree keeps each item's text and what it stands for.
    enum Column { NameColumn, TypeColumn, RuleColumn, NoteColumn };
    enum Data { DatabaseData = Qt::UserRole, SchemaData, TableData, ColumnData, SuggestionData };

    void setUpRuleEditors();
    QHBoxLayout* buildRuleRow();
    QSplitter* buildTreeAndPreview();
    QHBoxLayout* buildAnonymizedRow();
    void loadSchema();
    void loadDatabase(const QString& database);
    void columnSelected();
    void ruleEdited(const QString& text);
    void save();
    void exportFile();
    void importFile();
    void previewSelectedTable();
    void showSample(const QStringList& columns, const QList<QHash<QString, QVariant>>& rows, const QString& error);
    /// The connection URI of `database` with the branch's first role, for reading the sample:
    /// `done(true, uri, {})`, or `done(false, {}, why)` when there is none.
    void fetchConnectionUri(const QString& database,
                            std::function<void(bool ok, const QString& uri, const QString& problem)> done);
    QTreeWidgetItem* columnItem(const Neon::MaskingRule& rule) const;
    void checkAnonymizedName();
    QString defaultAnonymizedName() const;
    void fillFunctionChoices(const QString& sqlType);
    void previewFirstPiiTable();

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
    QLabel* m_anonProblem;
    QLabel* m_columnDetails;
    QPushButton* m_createAnon;
    QStringList m_taken;
    bool m_anonNameEdited = false; ///< the user typed a name: keep it, only check it
    QList<Neon::MaskingRule> m_savedRules; ///< as last loaded or saved
    int m_pendingDatabases = 0;
    std::vector<Neon::PendingReply> m_replies;
};

} // namespace Ui
