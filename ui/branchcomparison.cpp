// SPDX-License-Identifier: MIT
#include "branchcomparison.h"

#include "codehighlighting.h"

#include <models/formatting.h>

#include <QComboBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using Models::Formatting::printable;

namespace Ui {

BranchComparison::BranchComparison(Neon::Client* client, const QString& projectId, const Neon::Branch& branch,
                                   QComboBox* database, QPlainTextEdit* schema, QTableWidget* counts, QLabel* status,
                                   const Labels& labels, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_projectId(projectId)
    , m_branch(branch)
    , m_database(database)
    , m_schema(schema)
    , m_counts(counts)
    , m_status(status)
    , m_labels(labels)
{
    m_schema->setReadOnly(true);
    m_schema->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_schema->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    CodeHighlighting::attach(m_schema->document(), CodeHighlighting::Language::Diff);
    m_counts->setColumnCount(4);
    m_counts->setHorizontalHeaderLabels({tr("Table"), labels.now, labels.then, labels.difference});
    m_counts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_counts->verticalHeader()->hide();
    m_counts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_database, &QComboBox::currentIndexChanged, this, [this] {
        loadSide(false);
        loadSide(true);
    });
    connect(&m_nowCounter, &Pg::QueryRunner::finished, this, [this](const Pg::QueryResult& r) {
        m_nowCounts = r;
        showCounts();
    });
    connect(&m_thenCounter, &Pg::QueryRunner::finished, this, [this](const Pg::QueryResult& r) {
        m_thenCounts = r;
        showCounts();
    });
}

void BranchComparison::clear()
{
    m_otherId.clear();
    m_nowUri.clear();
    m_thenUri.clear();
    m_schema->clear();
    m_counts->setRowCount(0);
}

void BranchComparison::compareWith(const QString& otherBranchId)
{
    clear();
    m_otherId = otherBranchId;
    if (m_otherId.isEmpty())
        return;
    if (m_database->count() == 0) {
        loadDatabases();
    } else {
        loadSide(false);
        loadSide(true);
    }
}

void BranchComparison::loadDatabases()
{
    m_databases = m_client->branchDatabases(m_projectId, m_branch.id);
    connect(m_databases.get(), &Neon::Reply::finished, this, [this, r = m_databases.get()] {
        if (!r->ok())
            return m_status->setText(tr("The databases could not be listed: %1").arg(r->error().toUserText()));
        const QSignalBlocker quiet(m_database);
        for (const Neon::Database& d : r->value())
            m_database->addItem(d.name, d.ownerName);
        loadSide(false);
        loadSide(true);
    });
}

void BranchComparison::loadSide(bool then)
{
    if (m_database->count() == 0 || (then && m_otherId.isEmpty()))
        return;
    (then ? m_thenUri : m_nowUri).clear();
    Neon::ConnectionUriQuery q{then ? m_otherId : m_branch.id, {}, m_database->currentText(),
                               m_database->currentData().toString(), false};
    auto& reply = then ? m_thenUriReply : m_nowUriReply;
    reply = m_client->connectionUri(m_projectId, q);
    connect(reply.get(), &Neon::Reply::finished, this, [this, then, r = reply.get()] {
        if (!r->ok()) {
            m_status->setText(then ? tr("The other side cannot be reached: %1").arg(r->error().toUserText())
                                   : tr("%1 cannot be reached now (it needs a compute): %2")
                                         .arg(printable(m_branch.name), r->error().toUserText()));
            return;
        }
        (then ? m_thenUri : m_nowUri) = r->value().uri;
        sidesKnown();
    });
}

void BranchComparison::sidesKnown()
{
    if (!bothKnown())
        return;
    loadSchema();
    m_countsPending = 2;
    m_nowCounts = m_thenCounts = Pg::QueryResult();
    m_nowCounter.countRows(m_nowUri);
    m_thenCounter.countRows(m_thenUri);
    Q_EMIT ready();
}

void BranchComparison::loadSchema()
{
    m_schema->setPlainText(tr("Comparing the schemas…"));
    Neon::CompareSchemaQuery q;
    q.databaseName = m_database->currentText();
    q.baseBranchId = m_branch.id; // base: now (−); compared: the other (+)
    m_diff = m_client->compareSchema(m_projectId, m_otherId, q);
    connect(m_diff.get(), &Neon::Reply::finished, this, [this, r = m_diff.get()] {
        if (!r->ok())
            return m_schema->setPlainText(tr("The schemas could not be compared: %1").arg(r->error().toUserText()));
        m_schema->setPlainText(r->value().isEmpty() ? tr("(The schemas are the same: only the data differs.)") : r->value().diff);
    });
}

void BranchComparison::showCounts()
{
    if (--m_countsPending > 0)
        return;
    m_counts->setRowCount(0);
    if (!m_nowCounts.error.isEmpty() || !m_thenCounts.error.isEmpty()) {
        m_status->setText(tr("Rows could not be counted: %1").arg(m_nowCounts.error.isEmpty() ? m_thenCounts.error : m_nowCounts.error));
        return;
    }
    QMap<QString, std::pair<QString, QString>> byTable; // sorted by name
    for (const QStringList& row : std::as_const(m_nowCounts.rows))
        byTable[row.value(0)].first = row.value(1);
    for (const QStringList& row : std::as_const(m_thenCounts.rows))
        byTable[row.value(0)].second = row.value(1);
    for (auto it = byTable.cbegin(); it != byTable.cend(); ++it) {
        const int r = m_counts->rowCount();
        m_counts->insertRow(r);
        const QString now = it->first.isNull() ? tr("(no table)") : it->first;
        const QString then = it->second.isNull() ? tr("(no table)") : it->second;
        // Then minus now: what replacing the branch with the other side brings back (+) or takes away (−).
        const qint64 difference = it->second.toLongLong() - it->first.toLongLong();
        const QString diffText = it->first.isNull() ? tr("only %1").arg(m_labels.then.toLower())
            : it->second.isNull()                  ? tr("only %1").arg(m_labels.now.toLower())
            : difference == 0                      ? tr("same")
                                                   : (difference > 0 ? u"+"_s : u"−"_s) + QString::number(std::abs(difference));
        const bool differs = diffText != tr("same");
        const QStringList cells{it.key(), now, then, diffText};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            QFont font = item->font();
            font.setBold(differs);
            item->setFont(font);
            m_counts->setItem(r, c, item);
        }
    }
    Q_EMIT countsShown();
}

} // namespace Ui
