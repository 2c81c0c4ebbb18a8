// SPDX-License-Identifier: MIT
#include "createbranchdialog.h"

#include "propertydialogs.h"

#include <models/branchrules.h>
#include <models/formatting.h>
#include <neon/codec.h>

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
namespace Rules = Models::BranchRules;

namespace Ui {

namespace {
enum Expiry { Never, OneHour, OneDay, SevenDays, Custom };
}

CreateBranchDialog::CreateBranchDialog(const Neon::Project& project, const QList<Neon::Branch>& branches,
                                       const QString& parentId, QWidget* parent)
    : QDialog(parent)
    , m_project(project)
    , m_branches(branches)
    , m_parent(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_head(new QRadioButton(tr("From the &head (now)"), this))
    , m_atTime(new QRadioButton(tr("A &time:"), this))
    , m_atLsn(new QRadioButton(tr("An &LSN:"), this))
    , m_time(new QDateTimeEdit(this))
    , m_lsn(new QLineEdit(this))
    , m_data(new QRadioButton(tr("Schema and &data"), this))
    , m_schemaOnly(new QRadioButton(tr("&Schema only"), this))
    , m_schemaOnlyNote(new QLabel(this))
    , m_compute(new QCheckBox(tr("Add a read-write &compute"), this))
    , m_minCu(new QDoubleSpinBox(this))
    , m_maxCu(new QDoubleSpinBox(this))
    , m_expiration(new QComboBox(this))
    , m_expiresAt(new QDateTimeEdit(this))
    , m_protected(new QCheckBox(tr("&Protected"), this))
    , m_problem(makeProblemLabel(this))
    , m_request(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Branch in %1").arg(Models::Formatting::printable(project.name)));
    auto* form = new QFormLayout;
    addParentAndNameRows(form, branches, parentId);
    const QDateTime now = QDateTime::currentDateTime();
    addStartRows(form, project, now);
    addContentsRows(form);
    addComputeRow(form);
    addExpiryRows(form, now);

    m_request->setReadOnly(true);
    m_request->setAccessibleName(tr("The request Canopy will send"));
    m_request->setMinimumHeight(110);
    m_request->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    // The problem line keeps its room (two lines) whether it speaks or not.
    m_problem->setMinimumHeight(m_problem->fontMetrics().lineSpacing() * 2 + 4);
    m_problem->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_problem);
    layout->addWidget(new QLabel(tr("Request (POST /projects/%1/branches):").arg(project.id), this));
    layout->addWidget(m_request, 1);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create Branch"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connectInputs();
    update();
    m_name->setFocus();
    resize(580, 600);
}

void CreateBranchDialog::addParentAndNameRows(QFormLayout* form, const QList<Neon::Branch>& branches, const QString& parentId)
{
    for (const Neon::Branch& b : branches)
        m_parent->addItem(Models::Formatting::printable(b.name), b.id);
    m_parent->setCurrentIndex(std::max(0, m_parent->findData(parentId)));
    m_parent->setAccessibleName(tr("Parent branch"));
    form->addRow(tr("P&arent:"), m_parent);
    m_name->setAccessibleName(tr("Branch name"));
    m_name->setPlaceholderText(tr("e.g. dev-alex or feature/checkout"));
    form->addRow(tr("&Name:"), m_name);
}

void CreateBranchDialog::addStartRows(QFormLayout* form, const Neon::Project& project, const QDateTime& now)
{
    auto* when = new QVBoxLayout;
    when->addWidget(m_head);
    auto* timeRow = new QHBoxLayout;
    timeRow->addWidget(m_atTime);
    timeRow->addWidget(m_time, 1);
    when->addLayout(timeRow);
    auto* lsnRow = new QHBoxLayout;
    lsnRow->addWidget(m_atLsn);
    lsnRow->addWidget(m_lsn, 1);
    when->addLayout(lsnRow);
    // Each choice is a group of its own (radio buttons of one parent would all exclude each other).
    auto* start = new QButtonGroup(this);
    for (QRadioButton* b : {m_head, m_atTime, m_atLsn})
        start->addButton(b);
    m_head->setChecked(true);
    // Neon keeps history for the project's restore window only.
    const qint64 window = project.historyRetentionSeconds.value_or(86400);
    m_time->setDateTimeRange(now.addSecs(-window), now);
    m_time->setDateTime(now.addSecs(-3600));
    m_time->setDisplayFormat(u"yyyy-MM-dd HH:mm:ss"_s);
    m_time->setAccessibleName(tr("Branch from this time"));
    m_time->setToolTip(tr("Within the project's history window (%n hour(s))", nullptr, int(window / 3600)));
    m_lsn->setPlaceholderText(u"0/1F2A3B8"_s);
    m_lsn->setAccessibleName(tr("Branch from this LSN"));
    form->addRow(tr("From:"), when);
}

void CreateBranchDialog::addContentsRows(QFormLayout* form)
{
    auto* kind = new QVBoxLayout;
    kind->addWidget(m_data);
    kind->addWidget(m_schemaOnly);
    m_schemaOnlyNote->setWordWrap(true);
    m_schemaOnlyNote->setText(tr("A schema-only branch copies the structure, not the rows. It becomes a root branch "
                                 "(no parent: it cannot be reset from one), counts against the project's root-branch "
                                 "allowance, and needs a read-write compute."));
    kind->addWidget(m_schemaOnlyNote);
    auto* contents = new QButtonGroup(this);
    contents->addButton(m_data);
    contents->addButton(m_schemaOnly);
    m_data->setChecked(true);
    form->addRow(tr("Contents:"), kind);
}

void CreateBranchDialog::addComputeRow(QFormLayout* form)
{
    auto* compute = new QHBoxLayout;
    compute->addWidget(m_compute);
    for (QDoubleSpinBox* s : {m_minCu, m_maxCu}) {
        s->setRange(0.25, 16);
        s->setSingleStep(0.25);
        s->setDecimals(2);
        s->setSuffix(tr(" CU"));
    }
    m_minCu->setValue(0.25);
    m_maxCu->setValue(1);
    m_minCu->setAccessibleName(tr("Minimum compute size"));
    m_maxCu->setAccessibleName(tr("Maximum compute size"));
    compute->addWidget(new QLabel(tr("from"), this));
    compute->addWidget(m_minCu);
    compute->addWidget(new QLabel(tr("to"), this));
    compute->addWidget(m_maxCu);
    m_compute->setChecked(true);
    form->addRow(tr("Compute:"), compute);
}

void CreateBranchDialog::addExpiryRows(QFormLayout* form, const QDateTime& now)
{
    m_expiration->addItem(tr("Never"), Never);
    m_expiration->addItem(tr("In 1 hour"), OneHour);
    m_expiration->addItem(tr("In 1 day"), OneDay);
    m_expiration->addItem(tr("In 7 days"), SevenDays);
    m_expiration->addItem(tr("At…"), Custom);
    m_expiration->setAccessibleName(tr("Expiration"));
    m_expiresAt->setDateTime(now.addDays(14));
    m_expiresAt->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_expiresAt->setAccessibleName(tr("Expiration time"));
    auto* expiry = new QHBoxLayout;
    expiry->addWidget(m_expiration);
    expiry->addWidget(m_expiresAt, 1);
    auto* expiresLabel = new QLabel(tr("&Expires:"), this);
    expiresLabel->setBuddy(m_expiration);
    form->addRow(expiresLabel, expiry);
    form->addRow(QString(), m_protected);
}

void CreateBranchDialog::connectInputs()
{
    // Any input can change which fields apply, the problem shown and the request.
    for (QLineEdit* e : {m_name, m_lsn})
        connect(e, &QLineEdit::textChanged, this, &CreateBranchDialog::update);
    for (QAbstractButton* b : std::initializer_list<QAbstractButton*>{m_head, m_atTime, m_atLsn, m_data, m_schemaOnly, m_compute, m_protected})
        connect(b, &QAbstractButton::toggled, this, &CreateBranchDialog::update);
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString& text) {
        m_nameTouched = m_nameTouched || !text.isEmpty(); // "needs a name" waits until a name was typed and cleared
        update();
    });
    connect(m_parent, &QComboBox::currentIndexChanged, this, &CreateBranchDialog::update);
    connect(m_expiration, &QComboBox::currentIndexChanged, this, &CreateBranchDialog::update);
    connect(m_time, &QDateTimeEdit::dateTimeChanged, this, &CreateBranchDialog::update);
    connect(m_expiresAt, &QDateTimeEdit::dateTimeChanged, this, &CreateBranchDialog::update);
    for (QDoubleSpinBox* s : {m_minCu, m_maxCu})
        connect(s, &QDoubleSpinBox::valueChanged, this, &CreateBranchDialog::update);
}

Neon::BranchCreateOptions CreateBranchDialog::options() const
{
    Neon::BranchCreateOptions o;
    o.parentId = m_parent->currentData().toString();
    o.name = m_name->text();
    if (m_atTime->isChecked())
        o.parentTimestamp = m_time->dateTime().toUTC();
    if (m_atLsn->isChecked())
        o.parentLsn = m_lsn->text().trimmed();
    if (m_schemaOnly->isChecked())
        o.initSource = u"schema-only"_s;
    if (m_protected->isChecked())
        o.isProtected = true;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (m_expiration->currentData().toInt()) {
    case OneHour: o.expiresAt = now.addSecs(3600); break;
    case OneDay: o.expiresAt = now.addDays(1); break;
    case SevenDays: o.expiresAt = now.addDays(7); break;
    case Custom: o.expiresAt = m_expiresAt->dateTime().toUTC(); break;
    default: break;
    }
    if (m_compute->isChecked() || m_schemaOnly->isChecked()) {
        Neon::EndpointOptions e;
        e.autoscalingLimitMinCu = m_minCu->value();
        e.autoscalingLimitMaxCu = m_maxCu->value();
        o.endpoints = {e};
    } else {
        o.sendEndpoints = false;
    }
    return o;
}

QString CreateBranchDialog::problem() const
{
    return m_problem->text();
}

void CreateBranchDialog::update()
{
    m_time->setEnabled(m_atTime->isChecked());
    m_lsn->setEnabled(m_atLsn->isChecked());
    m_schemaOnlyNote->setEnabled(m_schemaOnly->isChecked()); // always there: the layout does not jump
    if (m_schemaOnly->isChecked() && !m_compute->isChecked())
        m_compute->setChecked(true); // schema-only needs a read-write compute
    m_compute->setEnabled(!m_schemaOnly->isChecked());
    m_minCu->setEnabled(m_compute->isChecked());
    m_maxCu->setEnabled(m_compute->isChecked());
    m_expiresAt->setEnabled(m_expiration->currentData().toInt() == Custom);
    m_protected->setEnabled(m_expiration->currentData().toInt() == Never);
    if (!m_protected->isEnabled())
        m_protected->setChecked(false);

    QStringList taken;
    for (const Neon::Branch& b : std::as_const(m_branches))
        taken.append(b.name);
    const Neon::BranchCreateOptions o = options();
    QString problem = Models::BranchRules::nameProblem(o.name, taken);
    const auto parent = std::find_if(m_branches.cbegin(), m_branches.cend(), [&](const Neon::Branch& b) { return b.id == o.parentId; });
    if (problem.isEmpty() && parent != m_branches.cend())
        problem = Models::BranchRules::createFromProblem(*parent);
    if (problem.isEmpty() && m_atLsn->isChecked()
        && !QRegularExpression(u"^[0-9A-Fa-f]{1,8}/[0-9A-Fa-f]{1,8}$"_s).match(o.parentLsn).hasMatch())
        problem = tr("An LSN looks like 0/1F2A3B8 (two hexadecimal numbers).");
    if (problem.isEmpty() && m_minCu->value() > m_maxCu->value())
        problem = tr("The compute's minimum size is above its maximum.");
    if (problem.isEmpty() && m_maxCu->value() - m_minCu->value() > 8)
        problem = tr("Neon allows at most 8 CU between a compute's minimum and maximum size.");
    if (problem.isEmpty() && o.expiresAt.isValid()) {
        Neon::Branch fresh;
        fresh.name = o.name;
        problem = Models::BranchRules::expirationProblem(fresh, 0, o.expiresAt, QDateTime::currentDateTimeUtc());
    }
    // An empty name is no mistake before anything was typed: Create stays off, nothing is said.
    m_problem->setText(o.name.isEmpty() && !m_nameTouched ? QString() : problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    m_request->setPlainText(QString::fromUtf8(QJsonDocument(Neon::Json::writeCreateRequest(o)).toJson(QJsonDocument::Indented)));
}

} // namespace Ui
