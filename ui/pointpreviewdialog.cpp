// SPDX-License-Identifier: MIT
// The point-in-time preview: the moment, the short-lived child made at it, the two connection
// strings, the schema diff and the row counts. The SQL pane and the actions are in
// pointpreviewdialog_query.cpp.
#include "pointpreviewdialog.h"

#include "codehighlighting.h"
#include "propertydialogs.h"

#include <models/branchrules.h>
#include <models/formatting.h>

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Models::Formatting::printable;

namespace Ui {

PointPreviewDialog::PointPreviewDialog(Neon::Client* client, const QString& projectId, const Neon::Branch& branch,
                                       const QList<Neon::Branch>& projectBranches, const QDateTime& moment, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_projectId(projectId)
    , m_branch(branch)
    , m_momentEdit(new QDateTimeEdit(moment.isValid() ? moment.toLocalTime() : QDateTime::currentDateTime().addSecs(-600), this))
    , m_show(new QPushButton(tr("&Show This Moment"), this))
    , m_status(new QLabel(this))
    , m_database(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
    , m_schema(new QPlainTextEdit(this))
    , m_counts(new QTableWidget(0, 4, this))
{
    for (const Neon::Branch& b : projectBranches) {
        m_takenNames.append(b.name);
        m_hasOtherChildren |= b.parentId == branch.id;
    }
    setWindowTitle(tr("Preview %1 at a Moment").arg(printable(branch.name)));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildMomentRow());
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Preview status"));
    layout->addWidget(m_status);

    m_schema->setReadOnly(true);
    m_schema->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_schema->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_schema->setAccessibleName(tr("Schema differences, now against then"));
    CodeHighlighting::attach(m_schema->document(), CodeHighlighting::Language::Diff);
    m_counts->setHorizontalHeaderLabels({tr("Table"), tr("Now"), tr("Then"), tr("Then − now")});
    m_counts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_counts->verticalHeader()->hide();
    m_counts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_counts->setAccessibleName(tr("Rows per table, now and then"));
    m_tabs->addTab(m_schema, tr("Sc&hema (now − / then +)"));
    m_tabs->addTab(m_counts, tr("Ro&w Counts"));
    m_tabs->addTab(buildQueryTab(), tr("&Query Both"));
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buildActions());

    connect(m_show, &QPushButton::clicked, this, &PointPreviewDialog::showMoment);
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
    updateActions();
    resize(980, 720);
    if (moment.isValid())
        QMetaObject::invokeMethod(this, &PointPreviewDialog::showMoment, Qt::QueuedConnection);
}

PointPreviewDialog::~PointPreviewDialog() = default;

QString PointPreviewDialog::previewName(const QString& branchName, const QDateTime& moment)
{
    return u"preview-"_s + branchName + u"-at-"_s + moment.toUTC().toString(u"yyyyMMdd-HHmmss"_s);
}

QWidget* PointPreviewDialog::buildMomentRow()
{
    auto* row = new QWidget(this);
    auto* h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(tr("&Moment:"), row);
    label->setBuddy(m_momentEdit);
    m_momentEdit->setDisplayFormat(u"yyyy-MM-dd HH:mm:ss"_s);
    m_momentEdit->setCalendarPopup(true);
    m_momentEdit->setAccessibleName(tr("Moment to preview"));
    h->addWidget(label);
    h->addWidget(m_momentEdit);
    h->addWidget(m_show);
    h->addStretch(1);
    h->addWidget(new QLabel(tr("Database:"), row));
    m_database->setAccessibleName(tr("Database to preview"));
    h->addWidget(m_database);
    return row;
}

Neon::Pending<Neon::CreatedBranch> PointPreviewDialog::takeCreation()
{
    if (m_creation && !m_creation->isFinished())
        return std::move(m_creation);
    return {};
}

void PointPreviewDialog::showMoment()
{
    const QDateTime moment = m_momentEdit->dateTime().toUTC();
    if (moment > QDateTime::currentDateTimeUtc()) {
        m_status->setText(tr("That moment is in the future: choose one in the past."));
        return;
    }
    if (!m_previewId.isEmpty())
        Q_EMIT discardRequested(std::exchange(m_previewId, QString()));
    if (m_creation && !m_creation->isFinished())
        return; // one at a time: the button is off meanwhile
    m_shownMoment = moment;
    m_nowUri.clear();
    m_thenUri.clear();
    m_schema->clear();
    m_counts->setRowCount(0);
    m_status->setText(tr("Making a short-lived copy of %1 as it was at %2 (it expires within the hour and is "
                         "deleted when this preview closes)…")
                          .arg(printable(m_branch.name), QLocale().toString(moment.toLocalTime(), QLocale::LongFormat)));
    Neon::BranchCreateOptions o;
    o.parentId = m_branch.id;
    o.name = previewName(m_branch.name, moment);
    o.parentTimestamp = moment;
    o.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    o.endpoints = {Neon::EndpointOptions{}};
    m_creation = m_client->createBranch(m_projectId, o);
    connect(m_creation.get(), &Neon::Reply::finished, this, &PointPreviewDialog::created);
    updateActions();
}

void PointPreviewDialog::created()
{
    Neon::Result<Neon::CreatedBranch>* r = m_creation.get();
    if (!r->ok()) {
        m_status->setText(tr("The moment could not be previewed: %1").arg(r->error().toUserText()));
        return updateActions();
    }
    m_previewId = r->value().branch.id;
    m_status->setText(tr("Now: %1 as it is. Then: %1 at %2 (preview branch %3).")
                          .arg(printable(m_branch.name), QLocale().toString(m_shownMoment.toLocalTime(), QLocale::LongFormat),
                               printable(r->value().branch.name)));
    if (m_database->count() == 0) {
        loadDatabases();
    } else {
        loadSide(false);
        loadSide(true);
    }
    updateActions();
}

void PointPreviewDialog::loadDatabases()
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

void PointPreviewDialog::loadSide(bool then)
{
    if (m_database->count() == 0 || (then && m_previewId.isEmpty()))
        return;
    (then ? m_thenUri : m_nowUri).clear();
    Neon::ConnectionUriQuery q{then ? m_previewId : m_branch.id, {}, m_database->currentText(),
                               m_database->currentData().toString(), false};
    auto& reply = then ? m_thenUriReply : m_nowUriReply;
    reply = m_client->connectionUri(m_projectId, q);
    connect(reply.get(), &Neon::Reply::finished, this, [this, then, r = reply.get()] {
        if (!r->ok()) {
            m_status->setText(then ? tr("The preview cannot be reached: %1").arg(r->error().toUserText())
                                   : tr("%1 cannot be reached now (it needs a compute): %2")
                                         .arg(printable(m_branch.name), r->error().toUserText()));
            return;
        }
        (then ? m_thenUri : m_nowUri) = r->value().uri;
        sidesKnown();
    });
}

void PointPreviewDialog::sidesKnown()
{
    if (m_nowUri.isEmpty() || m_thenUri.isEmpty())
        return;
    loadSchema();
    m_countsPending = 2;
    m_nowCounts = m_thenCounts = Pg::QueryResult();
    m_nowCounter.countRows(m_nowUri);
    m_thenCounter.countRows(m_thenUri);
    updateActions();
    Q_EMIT ready();
}

void PointPreviewDialog::loadSchema()
{
    m_schema->setPlainText(tr("Comparing the schemas…"));
    Neon::CompareSchemaQuery q;
    q.databaseName = m_database->currentText();
    q.baseBranchId = m_branch.id; // base: now (−); compared: the preview, then (+)
    m_diff = m_client->compareSchema(m_projectId, m_previewId, q);
    connect(m_diff.get(), &Neon::Reply::finished, this, [this, r = m_diff.get()] {
        if (!r->ok())
            return m_schema->setPlainText(tr("The schemas could not be compared: %1").arg(r->error().toUserText()));
        m_schema->setPlainText(r->value().isEmpty() ? tr("(The schema was the same then: only the data differs.)")
                                                     : r->value().diff);
    });
}

void PointPreviewDialog::showCounts()
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
        // Then minus now: what a restore to the moment brings back (+) or takes away (−).
        const qint64 difference = it->second.toLongLong() - it->first.toLongLong();
        const QString diffText = it->first.isNull() ? tr("only then")
            : it->second.isNull()                  ? tr("only now")
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
