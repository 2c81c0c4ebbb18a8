// SPDX-License-Identifier: MIT
// The masking dialog's preview: sample rows of a table read over a read-only connection, shown
// original and masked side by side (masked in the app; nothing is written).
#include "maskingrulesdialog.h"

#include "theme.h"

#include <models/connectionuri.h>
#include <models/maskpreviewmodel.h>
#include <pg/samplereader.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Ui {

using Pg::SampleReader;

namespace {
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

QSplitter* MaskingRulesDialog::buildTreeAndPreview()
{
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
    auto* sampleNote = new QLabel(tr("A sample, masked here to show what the rules do. The anonymized branch gets "
                                     "values of its own when it is made: the same rules, fresh draws."),
                                  this);
    sampleNote->setWordWrap(true);
    QPalette dim = sampleNote->palette();
    dim.setColor(QPalette::WindowText, dim.color(QPalette::PlaceholderText));
    sampleNote->setPalette(dim);
    m_columnDetails->setWordWrap(true);
    m_columnDetails->setTextFormat(Qt::PlainText);
    m_columnDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_columnDetails->setAccessibleName(tr("The selected column's suggestion"));
    m_preview->setModel(m_previewModel);
    m_preview->setItemDelegate(new PreviewDelegate(m_preview));
    m_preview->setAccessibleName(tr("Original and masked values"));
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_tree);
    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_columnDetails);
    bottomLayout->addLayout(previewRow);
    bottomLayout->addWidget(sampleNote);
    bottomLayout->addWidget(m_preview, 1);
    split->addWidget(bottom);
    connect(previewButton, &QPushButton::clicked, this, &MaskingRulesDialog::previewSelectedTable);
    connect(m_reader, &SampleReader::finished, this, &MaskingRulesDialog::showSample);
    return split;
}

void MaskingRulesDialog::previewSelectedTable()
{
    QTreeWidgetItem* item = m_tree->currentItem();
    if (item && item->parent() && item->parent()->parent())
        item = item->parent(); // a column: its table
    if (!item || !item->parent())
        return m_status->setText(tr("Select a table to preview."));
    preview(item->data(0, DatabaseData).toString(), item->data(0, SchemaData).toString(),
            item->data(0, TableData).toString(), m_rows->value());
}

void MaskingRulesDialog::previewFirstPiiTable()
{
    // The preview opens where the rules matter: the first table with a rule or a suggestion.
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        QTreeWidgetItem* column = *it;
        if (column->data(0, ColumnData).toString().isEmpty())
            continue;
        if (column->data(0, SuggestionData).toString().isEmpty() && column->text(RuleColumn).isEmpty())
            continue;
        m_tree->setCurrentItem(column->parent());
        m_tree->scrollToItem(column->parent());
        return previewSelectedTable();
    }
}

void MaskingRulesDialog::showSample(const QStringList& columns, const QList<QHash<QString, QVariant>>& rows, const QString& error)
{
    if (!error.isEmpty())
        return m_status->setText(tr("The sample could not be read: %1").arg(error));
    m_previewModel->setSample(columns, rows);
    m_previewModel->setRules(rules(), 1);
    m_status->setText(tr("%1 of %2 masked cells changed; cells marked grey are computed on Neon.")
                          .arg(m_previewModel->changedCellCount())
                          .arg(m_previewModel->maskedCellCount()));
    Q_EMIT previewReady();
}

void MaskingRulesDialog::preview(const QString& database, const QString& schema, const QString& table, int limit)
{
    m_status->setText(tr("Reading %1 rows of %2.%3…").arg(limit).arg(schema, table));
    fetchConnectionUri(database, [this, schema, table, limit](bool ok, const QString& uri, const QString& problem) {
        if (!ok)
            return m_status->setText(problem);
        m_reader->read(uri, schema, table, limit);
    });
}

void MaskingRulesDialog::fetchConnectionUri(const QString& database,
                                            std::function<void(bool ok, const QString& uri, const QString& problem)> done)
{
    // The branch's first role reads the sample.
    auto uri = Models::connectionUriFor(*m_client, m_projectId, m_branch.id, database);
    auto* uriReply = uri.get();
    connect(uriReply, &Neon::Reply::finished, this, [uriReply, done] {
        if (!uriReply->ok())
            return done(false, {}, uriReply->error().toUserText());
        done(true, uriReply->value().uri, {});
    });
    m_replies.push_back(std::move(uri));
}

} // namespace Ui
