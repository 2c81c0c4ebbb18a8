// SPDX-License-Identifier: MIT
// The rules in the masking dialog's tree: reading and setting them, PII suggestions, editing a
// column's rule, and the versioned rules file.
#include "maskingrulesdialog.h"
#include "filechooser.h"

#include <models/masking.h>
#include <models/maskingrulesfile.h>
#include <neon/codec.h>

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSaveFile>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace Ui {

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
    if (column)
        fillFunctionChoices(item->text(TypeColumn));
    m_function->setEditText(column ? item->text(RuleColumn) : QString());
    // The suggestion in full (the column only has room for its start).
    const QString note = column ? item->toolTip(NoteColumn) : QString();
    m_columnDetails->setText(!column ? QString()
                             : note.isEmpty()
                                 ? tr("%1 (%2): no personal data suggested.").arg(item->text(NameColumn), item->text(TypeColumn))
                                 : tr("%1 (%2): %3").arg(item->text(NameColumn), item->text(TypeColumn), note));
}

void MaskingRulesDialog::fillFunctionChoices(const QString& sqlType)
{
    // "Made-up free email: anon.dummy_free_email()": searchable by words and by name; those
    // whose values fit the column's type first.
    using Models::Masking::Masker;
    QStringList functions = Masker::supportedFunctions();
    std::stable_sort(functions.begin(), functions.end(), [&](const QString& a, const QString& b) {
        return Masker::fitsColumnType(a, sqlType) < Masker::fitsColumnType(b, sqlType);
    });
    const QString text = m_function->currentText();
    m_function->clear();
    m_function->addItem(QString());
    for (const QString& f : std::as_const(functions))
        m_function->addItem(Masker::describe(f) + u": anon.%1()"_s.arg(f));
    m_function->setEditText(text);
}

QStringList MaskingRulesDialog::functionChoices() const
{
    QStringList out;
    for (int i = 1; i < m_function->count(); ++i)
        out.append(m_function->itemText(i));
    return out;
}

QString MaskingRulesDialog::columnDetails() const
{
    return m_columnDetails->text();
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

QByteArray MaskingRulesDialog::exportRules(const QList<Neon::MaskingRule>& rules)
{
    return Models::MaskingRulesFile::write(rules);
}

bool MaskingRulesDialog::importRules(const QByteArray& json, QList<Neon::MaskingRule>* rules, QString* error)
{
    return Models::MaskingRulesFile::read(json, rules, error);
}

void MaskingRulesDialog::exportFile()
{
    chooseFileToSave(this, tr("Export Masking Rules"), m_branch.name + u"-masking.json"_s, tr("Masking rules (*.json)"),
                     [this](const FileChoice& choice) {
        QSaveFile file(choice.path);
        if (!file.open(QIODevice::WriteOnly) || file.write(exportRules(rules())) < 0 || !file.commit())
            m_status->setText(tr("Not exported: %1").arg(file.errorString()));
    });
}

void MaskingRulesDialog::importFile()
{
    chooseFileToOpen(this, tr("Import Masking Rules"), tr("Masking rules (*.json)"), [this](const FileChoice& choice) {
        QFile file(choice.path);
        QList<Neon::MaskingRule> imported;
        QString error;
        if (!file.open(QIODevice::ReadOnly) || !importRules(file.readAll(), &imported, &error))
            return m_status->setText(tr("Not imported: %1").arg(error.isEmpty() ? file.errorString() : error));
        setRules(imported);
    });
}

} // namespace Ui
