// SPDX-License-Identifier: MIT
#include "maskingrulesdialog.h"

#include "propertydialogs.h"
#include "theme.h"

#include <models/anonymizationrun.h>
#include <models/branchrules.h>
#include <models/connectionuri.h>
#include <models/masking.h>
#include <models/maskpreviewmodel.h>
#include <models/piisuggestions.h>
#include <neon/codec.h>
#include <pg/samplereader.h>

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Ui {

using Models::AnonymizationRun;
using Pg::SampleReader;

namespace {
enum Column { NameColumn, TypeColumn, RuleColumn, NoteColumn };
enum Data { DatabaseData = Qt::UserRole, SchemaData, TableData, ColumnData, SuggestionData };
constexpr auto exportFormat = "canopy-masking-rules";

/// Masked cells that changed get a green wash, cells Neon computes a grey one.
class PreviewDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        QColor wash;
        if (index.data(Models::MaskPreviewModel::ChangedRole).toBool())
            wash = QColor(0x16, 0xa3, 0x4a);
        else if (index.data(Models::MaskPreviewModel::OnNeonRole).toBool())
            wash = QColor(0x7a, 0x86, 0x93);
        if (wash.isValid()) {
            wash.setAlphaF(isDark(option->palette) ? 0.3f : 0.15f);
            option->backgroundBrush = wash;
        }
    }
};
} // namespace

MaskingRulesDialog::MaskingRulesDialog(Neon::Client* client, const QString& projectId, const Neon::Branch& branch,
                                       QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_projectId(projectId)
    , m_branch(branch)
    , m_tree(new QTreeWidget(this))
    , m_function(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_rows(new QSpinBox(this))
    , m_preview(new QTableView(this))
    , m_previewModel(new Models::MaskPreviewModel(this))
    , m_reader(new SampleReader(this))
    , m_save(nullptr)
    , m_anonName(new QLineEdit(branch.name + u"-anon"_s, this))
    , m_createAnon(new QPushButton(tr("Create &Anonymized Branch"), this))
{
    setWindowTitle(tr("Masking Rules of %1").arg(branch.name));
    m_tree->setHeaderLabels({tr("Column"), tr("Type"), tr("Rule"), tr("Suggestion")});
    m_tree->setAccessibleName(tr("Databases, tables and columns"));
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->header()->resizeSection(NameColumn, 200);
    m_tree->header()->resizeSection(TypeColumn, 110);
    m_tree->header()->resizeSection(RuleColumn, 300);
    m_function->setEditable(true);
    m_function->setInsertPolicy(QComboBox::NoInsert);
    m_function->addItem(QString());
    // "Made-up free email: anon.dummy_free_email()": searchable by words and by name.
    for (const QString& f : Models::Masking::Masker::supportedFunctions())
        m_function->addItem(Models::Masking::Masker::describe(f) + u": anon.%1()"_s.arg(f));
    m_function->completer()->setFilterMode(Qt::MatchContains);
    m_function->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_function->setAccessibleName(tr("Masking rule of the selected column"));
    m_function->setToolTip(tr("A masking function (type to search) or a literal value in quotes, e.g. 'CONFIDENTIAL'"));
    m_function->setEnabled(false);

    auto* ruleRow = new QHBoxLayout;
    ruleRow->addWidget(new QLabel(tr("&Rule:"), this));
    static_cast<QLabel*>(ruleRow->itemAt(0)->widget())->setBuddy(m_function);
    ruleRow->addWidget(m_function, 1);
    auto* accept = new QPushButton(tr("Accept &Suggestions"), this);
    accept->setToolTip(tr("Give every column that looks like personal data its suggested rule"));
    ruleRow->addWidget(accept);
    auto* import = new QPushButton(tr("&Import…"), this);
    auto* exportButton = new QPushButton(tr("E&xport…"), this);
    ruleRow->addWidget(import);
    ruleRow->addWidget(exportButton);

    auto* previewRow = new QHBoxLayout;
    auto* previewButton = new QPushButton(icon(u"reveal"_s), tr("&Preview"), this);
    previewButton->setToolTip(tr("Read sample rows of the selected table (read-only) and mask them here"));
    m_rows->setRange(1, 500);
    m_rows->setValue(20);
    m_rows->setAccessibleName(tr("Rows to preview"));
    previewRow->addWidget(previewButton);
    previewRow->addWidget(m_rows);
    previewRow->addWidget(new QLabel(tr("rows; nothing is written to any database."), this));
    previewRow->addStretch(1);
    m_preview->setModel(m_previewModel);
    m_preview->setItemDelegate(new PreviewDelegate(m_preview));
    m_preview->setAccessibleName(tr("Original and masked values"));
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_tree);
    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(previewRow);
    bottomLayout->addWidget(m_preview, 1);
    split->addWidget(bottom);

    auto* anonRow = new QHBoxLayout;
    auto* anonLabel = new QLabel(tr("New anonymized branch of %1:").arg(branch.name), this);
    anonLabel->setBuddy(m_anonName);
    m_anonName->setAccessibleName(tr("Name of the anonymized branch"));
    m_createAnon->setToolTip(tr("Neon copies %1, then masks the copy with these rules (beta). The branch cannot be "
                                "connected to while it runs.")
                                 .arg(branch.name));
    anonRow->addWidget(anonLabel);
    anonRow->addWidget(m_anonName, 1);
    anonRow->addWidget(m_createAnon);
    connect(m_createAnon, &QPushButton::clicked, this, [this] { createAnonymizedBranch(m_anonName->text()); });
    connect(m_anonName, &QLineEdit::textChanged, this, [this](const QString& name) {
        const QString problem = Models::BranchRules::nameProblem(name, m_taken);
        m_createAnon->setEnabled(problem.isEmpty());
        m_createAnon->setToolTip(problem.isEmpty() ? QString() : problem);
    });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setText(tr("Save Rules"));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Status"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(ruleRow);
    layout->addWidget(split, 1);
    layout->addLayout(anonRow);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &MaskingRulesDialog::save);
    connect(accept, &QPushButton::clicked, this, [this] {
        m_status->setText(tr("%n column(s) got the suggested rule.", nullptr, acceptSuggestions()));
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &MaskingRulesDialog::columnSelected);
    connect(m_function, &QComboBox::currentTextChanged, this, &MaskingRulesDialog::ruleEdited);
    connect(previewButton, &QPushButton::clicked, this, [this] {
        QTreeWidgetItem* item = m_tree->currentItem();
        if (item && item->parent() && item->parent()->parent())
            item = item->parent(); // a column: its table
        if (!item || !item->parent())
            return m_status->setText(tr("Select a table to preview."));
        preview(item->data(0, DatabaseData).toString(), item->data(0, SchemaData).toString(),
                item->data(0, TableData).toString(), m_rows->value());
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Masking Rules"), m_branch.name + u"-masking.json"_s,
                                                          tr("Masking rules (*.json)"));
        QSaveFile file(path);
        if (path.isEmpty())
            return;
        if (!file.open(QIODevice::WriteOnly) || file.write(exportRules(rules())) < 0 || !file.commit())
            m_status->setText(tr("Not exported: %1").arg(file.errorString()));
    });
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import Masking Rules"), {}, tr("Masking rules (*.json)"));
        QFile file(path);
        QList<Neon::MaskingRule> imported;
        QString error;
        if (path.isEmpty())
            return;
        if (!file.open(QIODevice::ReadOnly) || !importRules(file.readAll(), &imported, &error))
            return m_status->setText(tr("Not imported: %1").arg(error.isEmpty() ? file.errorString() : error));
        setRules(imported);
    });
    connect(m_reader, &SampleReader::finished, this,
            [this](const QStringList& columns, const QList<QHash<QString, QVariant>>& rows, const QString& error) {
                if (!error.isEmpty())
                    return m_status->setText(tr("The sample could not be read: %1").arg(error));
                m_previewModel->setSample(columns, rows);
                m_previewModel->setRules(rules(), 1);
                m_status->setText(tr("%1 of %2 masked cells changed; cells marked grey are computed on Neon.")
                                      .arg(m_previewModel->changedCellCount())
                                      .arg(m_previewModel->maskedCellCount()));
                Q_EMIT previewReady();
            });

    // Databases, then each one's tables as JSON, then the rules already set.
    m_status->setText(tr("Loading the schema…"));
    auto databases = m_client->branchDatabases(projectId, branch.id);
    auto* dbReply = databases.get();
    connect(dbReply, &Neon::Reply::finished, this, [this, dbReply] {
        if (!dbReply->ok())
            return m_status->setText(tr("The databases could not be listed: %1").arg(dbReply->error().toUserText()));
        m_pendingDatabases = int(dbReply->value().size());
        for (const Neon::Database& d : dbReply->value())
            loadDatabase(d.name);
    });
    m_replies.push_back(std::move(databases));
    resize(1000, 720);
}

MaskingRulesDialog::~MaskingRulesDialog() = default;

void MaskingRulesDialog::loadDatabase(const QString& database)
{
    Neon::SchemaQuery query;
    query.databaseName = database;
    query.format = u"json"_s;
    auto schema = m_client->branchSchema(m_projectId, m_branch.id, query);
    auto* reply = schema.get();
    connect(reply, &Neon::Reply::finished, this, [this, reply, database] {
        auto* dbItem = new QTreeWidgetItem(m_tree, {database});
        dbItem->setIcon(0, icon(u"project"_s));
        dbItem->setData(0, DatabaseData, database);
        if (!reply->ok()) {
            dbItem->setText(NoteColumn, reply->error().toUserText());
        } else {
            for (const Neon::SchemaTable& t : reply->value().tables) {
                auto* tableItem = new QTreeWidgetItem(dbItem, {t.schema + u"."_s + t.name});
                tableItem->setData(0, DatabaseData, database);
                tableItem->setData(0, SchemaData, t.schema);
                tableItem->setData(0, TableData, t.name);
                for (const Neon::SchemaColumn& c : t.columns) {
                    auto* item = new QTreeWidgetItem(tableItem, {c.name, c.type});
                    item->setData(0, DatabaseData, database);
                    item->setData(0, SchemaData, t.schema);
                    item->setData(0, TableData, t.name);
                    item->setData(0, ColumnData, c.name);
                    const Models::Masking::Suggestion s = Models::Masking::suggest(t, c);
                    item->setData(0, SuggestionData, s.maskingFunction);
                    QStringList note;
                    if (!s.maskingFunction.isEmpty())
                        note.append(tr("%1 Suggested: %2").arg(s.reason, s.maskingFunction));
                    if (!s.warning.isEmpty())
                        note.append(s.warning);
                    item->setText(NoteColumn, note.join(u" "_s));
                    item->setToolTip(NoteColumn, note.join(u"\n"_s));
                }
            }
            dbItem->setExpanded(true);
            if (dbItem->childCount() <= 10) { // a small schema opens fully: the columns are the point
                for (int i = 0; i < dbItem->childCount(); ++i)
                    dbItem->child(i)->setExpanded(true);
            }
        }
        if (--m_pendingDatabases > 0)
            return;
        auto existing = m_client->maskingRules(m_projectId, m_branch.id);
        auto* rulesReply = existing.get();
        connect(rulesReply, &Neon::Reply::finished, this, [this, rulesReply] {
            if (rulesReply->ok())
                setRules(rulesReply->value());
            m_status->setText(tr("Select a column to give it a rule, or accept the suggestions."));
            Q_EMIT schemaLoaded();
        });
        m_replies.push_back(std::move(existing));
    });
    m_replies.push_back(std::move(schema));
}

QTreeWidgetItem* MaskingRulesDialog::columnItem(const Neon::MaskingRule& rule) const
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        const QTreeWidgetItem* i = *it;
        if (i->data(0, ColumnData).toString() == rule.columnName && i->data(0, TableData).toString() == rule.tableName
            && i->data(0, SchemaData).toString() == rule.schemaName && i->data(0, DatabaseData).toString() == rule.databaseName)
            return *it;
    }
    return nullptr;
}

QList<Neon::MaskingRule> MaskingRulesDialog::rules() const
{
    QList<Neon::MaskingRule> out;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        const QTreeWidgetItem* i = *it;
        const QString rule = i->text(RuleColumn).trimmed();
        if (i->data(0, ColumnData).toString().isEmpty() || rule.isEmpty())
            continue;
        Neon::MaskingRule r{i->data(0, DatabaseData).toString(), i->data(0, SchemaData).toString(),
                            i->data(0, TableData).toString(), i->data(0, ColumnData).toString(), {}, {}};
        // A quoted literal or a number is a masking value; anything else a function expression.
        bool number = false;
        rule.toDouble(&number);
        if (rule.startsWith(QLatin1Char('\'')) || number || rule.compare("null"_L1, Qt::CaseInsensitive) == 0)
            r.maskingValue = rule;
        else
            r.maskingFunction = rule;
        out.append(r);
    }
    return out;
}

void MaskingRulesDialog::setRules(const QList<Neon::MaskingRule>& rules)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        (*it)->setText(RuleColumn, {});
    QStringList unknown;
    for (const Neon::MaskingRule& r : rules) {
        if (QTreeWidgetItem* item = columnItem(r))
            item->setText(RuleColumn, r.maskingFunction.isEmpty() ? r.maskingValue : r.maskingFunction);
        else
            unknown.append(r.tableName + u"."_s + r.columnName);
    }
    if (!unknown.isEmpty())
        m_status->setText(tr("Rules for columns this branch does not have were left out: %1").arg(unknown.join(u", "_s)));
    columnSelected();
}

int MaskingRulesDialog::acceptSuggestions()
{
    int n = 0;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        const QString suggestion = (*it)->data(0, SuggestionData).toString();
        if (!suggestion.isEmpty() && (*it)->text(RuleColumn).isEmpty()) {
            (*it)->setText(RuleColumn, suggestion);
            ++n;
        }
    }
    columnSelected();
    return n;
}

QStringList MaskingRulesDialog::unmaskedPii() const
{
    QStringList out;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if (!(*it)->data(0, SuggestionData).toString().isEmpty() && (*it)->text(RuleColumn).trimmed().isEmpty())
            out.append((*it)->data(0, TableData).toString() + u"."_s + (*it)->data(0, ColumnData).toString());
    }
    return out;
}

void MaskingRulesDialog::columnSelected()
{
    QTreeWidgetItem* item = m_tree->currentItem();
    const bool column = item && !item->data(0, ColumnData).toString().isEmpty();
    const QSignalBlocker block(m_function);
    m_function->setEnabled(column);
    m_function->setEditText(column ? item->text(RuleColumn) : QString());
}

void MaskingRulesDialog::ruleEdited(const QString& text)
{
    QTreeWidgetItem* item = m_tree->currentItem();
    if (!item || item->data(0, ColumnData).toString().isEmpty())
        return;
    // A function picked from the list ("words: anon.f()") gives its SQL, with the column as the
    // first argument where one belongs.
    QString rule = text;
    if (const qsizetype at = rule.indexOf(u": anon."_s); at >= 0) {
        rule = rule.mid(at + 2);
        const QSignalBlocker block(m_function);
        m_function->setEditText(rule);
    }
    const QString column = item->data(0, ColumnData).toString();
    for (const char* takesValue : {"partial(", "partial_email(", "hash(", "noise(", "dnoise(", "lower(", "upper(", "md5(",
                                   "pseudo_first_name(", "pseudo_last_name(", "pseudo_email(", "pseudo_city("}) {
        if (rule.endsWith(QLatin1String(takesValue) + u")"_s))
            rule = rule.left(rule.size() - 1) + column + u")"_s;
    }
    item->setText(RuleColumn, rule);
    Models::Masking::Expression e;
    QString problem;
    if (!rule.isEmpty() && !rule.startsWith(QLatin1Char('\'')) && !e.parse(rule, &problem))
        m_status->setText(tr("%1: %2").arg(column, problem));
}

void MaskingRulesDialog::preview(const QString& database, const QString& schema, const QString& table, int limit)
{
    m_status->setText(tr("Reading %1 rows of %2.%3…").arg(limit).arg(schema, table));
    // The branch's first role reads the sample.
    auto uri = Models::connectionUriFor(*m_client, m_projectId, m_branch.id, database);
    auto* uriReply = uri.get();
    connect(uriReply, &Neon::Reply::finished, this, [this, uriReply, schema, table, limit] {
        if (!uriReply->ok())
            return m_status->setText(uriReply->error().toUserText());
        m_reader->read(uriReply->value().uri, schema, table, limit);
    });
    m_replies.push_back(std::move(uri));
}

void MaskingRulesDialog::save()
{
    auto reply = m_client->setMaskingRules(m_projectId, m_branch.id, rules());
    auto* r = reply.get();
    m_save->setEnabled(false);
    m_status->setText(tr("Saving %n rule(s)…", nullptr, int(rules().size())));
    connect(r, &Neon::Reply::finished, this, [this, r] {
        m_save->setEnabled(true);
        QString text = r->ok() ? tr("Saved %n rule(s).", nullptr, int(r->value().size()))
                               : tr("Not saved: %1").arg(r->error().toUserText());
        if (const QStringList left = unmaskedPii(); r->ok() && !left.isEmpty())
            text += u" "_s + tr("Warning: these columns look like personal data and stay unmasked: %1").arg(left.join(u", "_s));
        m_status->setText(text);
        Q_EMIT saved(r->ok());
    });
    m_replies.push_back(std::move(reply));
}

void MaskingRulesDialog::setTakenNames(const QStringList& names)
{
    m_taken = names;
    Q_EMIT m_anonName->textChanged(m_anonName->text());
}

void MaskingRulesDialog::createAnonymizedBranch(const QString& name)
{
    if (const QString problem = Models::BranchRules::nameProblem(name, m_taken); !problem.isEmpty()) {
        m_status->setText(problem);
        return;
    }
    auto* run = new AnonymizationRun(m_client, m_projectId, this);
    m_createAnon->setEnabled(false);
    connect(run, &AnonymizationRun::progress, m_status, &QLabel::setText);
    connect(run, &AnonymizationRun::finished, this, [this, run, name](bool ok, const QString& message) {
        m_createAnon->setEnabled(true);
        m_status->setText(ok ? tr("%1 is anonymized: %2").arg(name, message) : tr("Anonymizing %1 failed: %2").arg(name, message));
        Q_EMIT anonymizedBranchFinished(ok, run->branchId(), message);
        run->deleteLater();
    });
    run->createBranch(m_branch.id, name, rules());
}

QString MaskingRulesDialog::status() const
{
    return m_status->text();
}

QByteArray MaskingRulesDialog::exportRules(const QList<Neon::MaskingRule>& rules)
{
    QJsonArray list;
    for (const Neon::MaskingRule& r : rules)
        list.append(Neon::Json::write(r));
    return QJsonDocument(QJsonObject{{"format"_L1, QLatin1String(exportFormat)}, {"version"_L1, 1}, {"masking_rules"_L1, list}})
        .toJson(QJsonDocument::Indented);
}

bool MaskingRulesDialog::importRules(const QByteArray& json, QList<Neon::MaskingRule>* rules, QString* error)
{
    QJsonParseError parseError;
    const QJsonObject o = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        *error = parseError.errorString();
        return false;
    }
    if (o.value("format"_L1).toString() != QLatin1String(exportFormat) || o.value("version"_L1).toInt() != 1) {
        *error = tr("not a Canopy masking-rules file of version 1");
        return false;
    }
    rules->clear();
    for (const QJsonValue& v : o.value("masking_rules"_L1).toArray()) {
        const QJsonObject r = v.toObject();
        Neon::MaskingRule rule{r.value("database_name"_L1).toString(), r.value("schema_name"_L1).toString(),
                               r.value("table_name"_L1).toString(),    r.value("column_name"_L1).toString(),
                               r.value("masking_function"_L1).toString(), r.value("masking_value"_L1).toString()};
        if (rule.columnName.isEmpty() || rule.tableName.isEmpty()) {
            *error = tr("a rule without a table or column");
            return false;
        }
        rules->append(rule);
    }
    return true;
}

} // namespace Ui
