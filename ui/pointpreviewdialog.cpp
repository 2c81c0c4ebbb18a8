// SPDX-License-Identifier: MIT
// The point-in-time preview: the moment, the short-lived child made at it, the two connection
// strings, the schema diff and the row counts. The SQL pane and the actions are in
// pointpreviewdialog_query.cpp.
#include "pointpreviewdialog.h"

#include "branchcomparison.h"
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
    , m_comparison(new BranchComparison(client, projectId, branch, m_database, m_schema, m_counts, m_status,
                                        {tr("Now"), tr("Then"), tr("Then − now")}, this))
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

    m_schema->setAccessibleName(tr("Schema differences, now against then"));
    m_counts->setAccessibleName(tr("Rows per table, now and then"));
    m_tabs->addTab(m_schema, tr("Sc&hema (now − / then +)"));
    m_tabs->addTab(m_counts, tr("Ro&w Counts"));
    m_tabs->addTab(buildQueryTab(), tr("&Query Both"));
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buildActions());

    connect(m_show, &QPushButton::clicked, this, &PointPreviewDialog::showMoment);
    connect(m_comparison, &BranchComparison::ready, this, [this] {
        updateActions();
        Q_EMIT ready();
    });
    connect(m_comparison, &BranchComparison::countsShown, this, &PointPreviewDialog::countsShown);
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
    m_comparison->clear();
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
    m_comparison->compareWith(m_previewId);
    updateActions();
}

} // namespace Ui
