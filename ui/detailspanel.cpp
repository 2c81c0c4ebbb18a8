// SPDX-License-Identifier: MIT
#include "detailspanel.h"

#include "restorewindowdialog.h"

#include "computessection.h"
#include "objectssection.h"
#include "secretclipboard.h"
#include "theme.h"

#include <models/branchfacts.h>
#include <models/formatting.h>
#include <models/insightseries.h>
#include <models/operationnames.h>
#include <models/projectfacts.h>

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QAbstractTextDocumentLayout>
#include <QTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Ui {

namespace {
QString when(const QDateTime& t)
{
    return Models::Formatting::localShort(t);
}

QString bytesText(const std::optional<qint64>& bytes)
{
    return bytes ? Models::Formatting::bytes(*bytes) : QStringLiteral("—");
}
} // namespace

DetailsPanel::DetailsPanel(Neon::Client* client, SecretClipboard* clipboard, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_title(new QLabel(this))
    , m_clipboard(clipboard)
    , m_body(new QWidget(this))
    , m_projectBody(new QWidget(this))
    , m_projectForm(new QFormLayout(m_projectBody))
    , m_copyNote(new QLabel(this))
    , m_badges(new QLabel(this))
    , m_form(new QFormLayout)
    , m_computes(new ComputesSection(client, this))
    , m_objects(new ObjectsSection(client, clipboard, this))
    , m_operations(new QLabel(this))
    , m_database(new QComboBox(this))
    , m_role(new QComboBox(this))
    , m_pooled(new QCheckBox(tr("Pooled"), this))
    , m_uri(new QTextEdit(this))
    , m_reveal(new QPushButton(icon(QStringLiteral("reveal")), tr("Reveal"), this))
    , m_copy(new QPushButton(icon(QStringLiteral("copy")), tr("Copy"), this))
{
    auto* outer = new QVBoxLayout(this);
    outer->addWidget(m_title);
    outer->addWidget(m_body, 1);
    outer->addWidget(m_projectBody);
    m_projectForm->setContentsMargins(0, 0, 0, 0);
    m_projectForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_projectBody->setAccessibleName(tr("Project details"));
    m_projectBody->setVisible(false);
    outer->addStretch(); // keeps the hint at the top while the body is hidden
    auto* layout = new QVBoxLayout(m_body);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title->setTextFormat(Qt::PlainText);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_badges->setWordWrap(true);
    m_operations->setTextFormat(Qt::PlainText); // lines of server text: never read as HTML
    m_operations->setWordWrap(true);
    m_operations->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_operations->setAccessibleName(tr("Recent operations"));
    m_title->setAccessibleName(tr("Selected branch"));
    m_badges->setAccessibleName(tr("Branch badges"));
    m_title->setWordWrap(true);
    layout->addWidget(m_badges);
    layout->addLayout(m_form);
    layout->addWidget(new QLabel(tr("<b>Computes</b>"), this));
    layout->addWidget(m_computes);
    layout->addWidget(new QLabel(tr("<b>Databases and roles</b>"), this));
    layout->addWidget(m_objects);
    layout->addWidget(new QLabel(tr("<b>Connection string</b>"), this));
    addConnectionRows(layout);
    layout->addWidget(new QLabel(tr("<b>Recent operations</b>"), this));
    layout->addWidget(m_operations);
    layout->addStretch(1);

    // A new or reset role, a new database, a started compute: the connection string follows.
    connect(m_objects, &ObjectsSection::changed, this, &DetailsPanel::loadConnectionChoices);
    connect(m_computes, &ComputesSection::changed, this, &DetailsPanel::fetchUri);
    connect(m_computes, &ComputesSection::changed, this, &DetailsPanel::showOperations);
    connect(m_database, &QComboBox::currentTextChanged, this, &DetailsPanel::fetchUri);
    connect(m_role, &QComboBox::currentTextChanged, this, &DetailsPanel::fetchUri);
    connect(m_pooled, &QCheckBox::toggled, this, &DetailsPanel::fetchUri);
    connect(m_reveal, &QPushButton::toggled, this, &DetailsPanel::showUri);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (!m_fullUri.isEmpty())
            m_clipboard->copy(m_fullUri);
    });
    // The note follows the shared clipboard, whichever control copied.
    connect(m_clipboard, &SecretClipboard::tick, this, [this] { m_copyNote->setText(m_clipboard->copiedText()); });
    connect(m_clipboard, &SecretClipboard::expired, this, [this](bool cleared) {
        m_copyNote->setText(cleared ? tr("Cleared from the clipboard.") : QString());
    });
    showNothing(tr("Select a branch to see its details."));
}

void DetailsPanel::addConnectionRows(QVBoxLayout* layout)
{
    auto* choose = new QHBoxLayout;
    for (QComboBox* box : {m_database, m_role}) { // may be narrower than their longest name
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
    }
    choose->addWidget(m_database, 1);
    choose->addWidget(m_role, 1);
    choose->addWidget(m_pooled);
    layout->addLayout(choose);
    // The whole string, password revealed included, wrapped over a few lines and selectable.
    m_uri->setReadOnly(true);
    m_uri->setAcceptRichText(false);
    m_uri->setAccessibleName(tr("Connection string"));
    m_uri->setWordWrapMode(QTextOption::WrapAnywhere);
    m_uri->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_uri->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_uri->setTabChangesFocus(true);
    // As tall as the wrapped string needs at the panel's width, so it never scrolls out of view.
    connect(m_uri->document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, m_uri, [this](const QSizeF& size) {
        m_uri->setFixedHeight(int(std::ceil(size.height())) + 2 * m_uri->frameWidth());
    });
    m_reveal->setCheckable(true);
    m_reveal->setToolTip(tr("Show the password in the connection string"));
    m_copy->setToolTip(tr("Copy the connection string, password included; the clipboard is cleared after a while"));
    m_copyNote->setAccessibleName(tr("Clipboard"));
    layout->addWidget(m_uri);
    auto* uriButtons = new QHBoxLayout;
    uriButtons->addWidget(m_reveal);
    uriButtons->addWidget(m_copy);
    uriButtons->addWidget(m_copyNote, 1);
    layout->addLayout(uriButtons);
    m_database->setAccessibleName(tr("Database"));
    m_role->setAccessibleName(tr("Role"));
    m_pooled->setToolTip(tr("Connect through Neon's connection pooler (PgBouncer)"));
    m_pooled->setAccessibleDescription(m_pooled->toolTip());
    m_reveal->setAccessibleDescription(m_reveal->toolTip());
    m_copy->setAccessibleDescription(m_copy->toolTip());
}

DetailsPanel::~DetailsPanel() = default;

void DetailsPanel::showNothing(const QString& hint)
{
    m_branch = {};
    m_title->setText(hint);
    m_body->setVisible(hint.isEmpty());
    m_projectBody->setVisible(false);
    while (m_projectForm->rowCount() > 0)
        m_projectForm->removeRow(0);
    m_rootAllowance = nullptr;
    m_restoreWindow = nullptr;
    m_restoreWindowButton = nullptr;
    m_badges->clear();
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_computes->clear();
    m_objects->clear();
    m_operations->clear();
    m_database->clear();
    m_role->clear();
    m_uri->clear();
    m_fullUri.clear();
    for (QWidget* w : std::initializer_list<QWidget*>{m_database, m_role, m_pooled, m_uri, m_reveal, m_copy})
        w->setEnabled(false);
}

QString DetailsPanel::title() const
{
    return m_title->text();
}

void DetailsPanel::showBranch(const QString& projectId, const Neon::Branch& b, const QString& parentName,
                              const Models::BranchActivity& activity)
{
    showNothing({});
    m_projectId = projectId;
    m_branch = b;
    m_title->setText(Models::Formatting::printable(b.name));
    QStringList badges{tr("%1 tier").arg(Models::tierName(Models::tierOf(b)))};
    for (const Models::Badge& badge : Models::badgesOf(b, activity, false, QDateTime::currentDateTimeUtc()))
        badges.append(badge.kind == Models::Badge::Expiring || badge.kind == Models::Badge::Stale ? badge.toolTip.trimmed()
                                                                                                   : badge.label);
    m_badges->setText(badges.join(QStringLiteral(" · ")));
    const QList<std::pair<QString, QString>> rows{
        {tr("ID"), b.id},
        {tr("State"), b.pendingState.isEmpty() ? b.currentState : tr("%1 → %2").arg(b.currentState, b.pendingState)},
        {tr("Parent"), b.parentId.isEmpty() ? tr("none (root)") : parentName.isEmpty() ? b.parentId : tr("%1 (%2)").arg(parentName, b.parentId)},
        {tr("Created"), tr("%1 by %2").arg(when(b.createdAt), b.createdByName.isEmpty() ? tr("unknown") : b.createdByName)},
        {tr("Last reset"), when(b.lastResetAt)},
        {tr("Logical size"), bytesText(b.logicalSize)},
        {tr("Compute this period"), tr("%1 h active, %2 h CPU").arg(b.activeTimeSeconds / 3600.0, 0, 'f', 1).arg(b.computeTimeSeconds / 3600.0, 0, 'f', 1)},
        {tr("Written this period"), bytesText(b.writtenDataBytes)},
    };
    for (const auto& [label, value] : rows)
        addRow(m_form, label, value); // wrapped: a narrow panel grows taller, never wider
    m_operations->setText(tr("Loading…"));
    showOperations();
    m_computes->showBranch(projectId, b);
    m_objects->showBranch(projectId, b);
    loadConnectionChoices();
}

void DetailsPanel::loadConnectionChoices()
{
    const QString database = m_database->currentText(), role = m_role->currentText();
    m_databasesReply = m_client->branchDatabases(m_projectId, m_branch.id);
    connect(m_databasesReply.get(), &Neon::Reply::finished, this, [this, database, r = m_databasesReply.get()] {
        if (!r->ok())
            return;
        const QSignalBlocker quiet(m_database);
        m_database->clear();
        for (const Neon::Database& d : r->value())
            m_database->addItem(d.name);
        m_database->setCurrentIndex(std::max(0, m_database->findText(database)));
        m_database->setEnabled(m_database->count() > 0);
        fetchUri();
    });
    m_rolesReply = m_client->branchRoles(m_projectId, m_branch.id);
    connect(m_rolesReply.get(), &Neon::Reply::finished, this, [this, role, r = m_rolesReply.get()] {
        if (!r->ok())
            return;
        const QSignalBlocker quiet(m_role);
        m_role->clear();
        for (const Neon::Role& x : r->value())
            m_role->addItem(x.name);
        m_role->setCurrentIndex(std::max(0, m_role->findText(role)));
        m_role->setEnabled(m_role->count() > 0);
        m_pooled->setEnabled(true);
        fetchUri();
    });
}

void DetailsPanel::fetchUri()
{
    if (m_branch.id.isEmpty() || m_database->currentText().isEmpty() || m_role->currentText().isEmpty())
        return;
    m_uriReply = m_client->connectionUri(
        m_projectId, {m_branch.id, {}, m_database->currentText(), m_role->currentText(), m_pooled->isChecked()});
    connect(m_uriReply.get(), &Neon::Reply::finished, this, [this, r = m_uriReply.get()] {
        m_fullUri = r->ok() ? r->value().uri : QString();
        m_uri->setEnabled(true);
        m_reveal->setEnabled(r->ok());
        m_copy->setEnabled(r->ok());
        if (!r->ok())
            return m_uri->setPlainText(r->error().toUserText());
        showUri();
    });
}

void DetailsPanel::showUri()
{
    if (m_fullUri.isEmpty())
        return;
    QUrl url(m_fullUri);
    if (!m_reveal->isChecked() && !url.password().isEmpty())
        url.setPassword(QStringLiteral("••••••••"));
    m_uri->setPlainText(url.toString(QUrl::PrettyDecoded));
}

QList<QWidget*> DetailsPanel::focusChain() const
{
    return {m_database, m_role, m_pooled, m_uri, m_reveal, m_copy};
}

QString DetailsPanel::copyNote() const
{
    return m_copyNote->text();
}

void DetailsPanel::addRow(QFormLayout* form, const QString& label, const QString& value)
{
    // Names come from the server: plain text, control characters shown escaped.
    auto* v = new QLabel(Models::Formatting::printable(value), this);
    v->setTextFormat(Qt::PlainText);
    v->setWordWrap(true);
    v->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(label, v);
}

void DetailsPanel::showOperations()
{
    // Operations come per project, newest first; this branch's are picked from the latest page.
    m_operationsReply = m_client->operations(m_projectId, 100);
    connect(m_operationsReply.get(), &Neon::Reply::finished, this, [this, r = m_operationsReply.get()] {
        if (!r->ok())
            return m_operations->setText(r->error().toUserText());
        QStringList lines;
        for (const Neon::Operation& op : r->value().operations) {
            if (op.branchId != m_branch.id)
                continue;
            QString line = tr("%1 · %2 · %3").arg(Models::operationTitle(op, m_branch), Models::operationStatusTitle(op.status),
                                                  when(op.createdAt));
            if (op.totalDurationMs > 0)
                line += tr(" · %1 s").arg(double(op.totalDurationMs) / 1000.0, 0, 'f', 1);
            if (!op.error.isEmpty())
                line += tr(" · %1").arg(op.error);
            lines.append(Models::Formatting::printable(line)); // one line per operation, whatever its error says
            if (lines.size() == 6)
                break;
        }
        m_operations->setText(lines.isEmpty() ? tr("None in the project's recent history.") : lines.join(QLatin1Char('\n')));
    });
}

} // namespace Ui
