// SPDX-License-Identifier: MIT
#include "environmentsdialog.h"

#include <models/branchfacts.h>
#include <models/formatting.h>
#include <neon/client.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace Ui {

namespace {
QSpinBox* expirySpin(int days)
{
    auto* s = new QSpinBox;
    s->setRange(0, 30);
    s->setValue(days);
    s->setSuffix(QObject::tr(" days"));
    s->setSpecialValueText(QObject::tr("never expires"));
    s->setMaximumWidth(180);
    return s;
}
} // namespace

EnvironmentsDialog::EnvironmentsDialog(Mode mode, Neon::Client* client, QString projectId, QList<Neon::Branch> branches,
                                       QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_client(client)
    , m_projectId(std::move(projectId))
    , m_branches(std::move(branches))
{
    const bool setUp = mode == Mode::SetUp;
    setWindowTitle(setUp ? tr("Set Up Environments") : tr("Add Developer"));
    resize(620, setUp ? 600 : 420);
    QString sourceName;
    for (const Neon::Branch& b : std::as_const(m_branches)) {
        if (b.isDefault) {
            m_sourceId = b.id;
            sourceName = b.name;
        }
    }
    buildBaseChoices(setUp, sourceName);
    QFormLayout* form = buildForm(setUp, sourceName);

    auto* pii = new QPushButton(tr("Production holds PII? Build an &anonymized base first…"));
    pii->setToolTip(tr("Opens the anonymization wizard: main-anon with masking rules, then branch from it here"));
    pii->setVisible(setUp);
    pii->setAutoDefault(false);
    m_preview = new QListWidget;
    m_preview->setAccessibleName(tr("Branches to create"));
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_create = buttons->addButton(tr("C&reate"), QDialogButtonBox::AcceptRole);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(pii);
    layout->addWidget(new QLabel(tr("What will be created:")));
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    // Only now, inside the dialog: set earlier, QDialog would not know it and would make the
    // first button in the focus chain (Close) the default when shown, so Enter closed the dialog.
    m_create->setDefault(true);

    connectInputs();
    connect(pii, &QPushButton::clicked, this, [this] {
        Q_EMIT anonymizedBaseRequested();
        reject();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &EnvironmentsDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refresh();
}

QFormLayout* EnvironmentsDialog::buildForm(bool setUp, const QString& sourceName)
{
    m_developers = new QLineEdit;
    m_developers->setPlaceholderText(setUp ? tr("alice, bob") : tr("alice"));
    m_devExpiry = expirySpin(0);
    m_compute = new QComboBox;
    for (const Models::ComputePreset& p : Models::computePresets())
        m_compute->addItem(p.title);
    m_ownRoles = new QCheckBox(tr("Give each developer branch its own &role (dev_<name>) instead of the base's owner"));
    m_ownRoles->setToolTip(tr("Least privilege on a shared base: each developer connects with a role of their own, "
                              "which owns nothing; its password is in the branch's details (Copy Password)."));

    auto* form = new QFormLayout;
    form->addRow(tr("From:"), new QLabel(tr("%1, the project's default branch").arg(sourceName)));
    form->addRow(tr("&Base:"), m_base);
    form->addRow(setUp ? tr("&Developers (dev-…):") : tr("&Developer (dev-…):"), m_developers);
    form->addRow(tr("Dev e&xpiry:"), m_devExpiry);
    if (setUp) {
        m_pullRequests = new QLineEdit;
        m_pullRequests->setPlaceholderText(tr("pull request numbers: 17, 31"));
        m_previewExpiry = expirySpin(7);
        m_qaTopics = new QLineEdit;
        m_qaTopics->setPlaceholderText(tr("login, billing"));
        m_qaExpiry = expirySpin(14);
        form->addRow(tr("&Previews (preview-pr-…):"), m_pullRequests);
        form->addRow(tr("Preview expir&y:"), m_previewExpiry);
        form->addRow(tr("&QA (qa-…):"), m_qaTopics);
        form->addRow(tr("QA exp&iry:"), m_qaExpiry);
    }
    form->addRow(tr("Co&mpute:"), m_compute);
    form->addRow(QString(), m_ownRoles);
    return form;
}

void EnvironmentsDialog::buildBaseChoices(bool setUp, const QString& sourceName)
{
    m_base = new QComboBox;
    m_base->setAccessibleName(tr("Base branch"));
    for (const Neon::Branch& b : std::as_const(m_branches)) {
        if (Models::tierOf(b) == Models::Tier::Base)
            m_base->addItem(tr("%1 (exists)").arg(b.name), b.name);
    }
    if (setUp && std::none_of(m_branches.cbegin(), m_branches.cend(), [](const Neon::Branch& b) { return b.name == "main-dev"_L1; }))
        m_base->addItem(tr("main-dev — create it from %1").arg(sourceName), u"main-dev"_s);
    m_base->addItem(tr("%1 itself (no base)").arg(sourceName), QString());
}

void EnvironmentsDialog::connectInputs()
{
    for (QLineEdit* e : {m_developers, m_pullRequests, m_qaTopics}) {
        if (e)
            connect(e, &QLineEdit::textChanged, this, &EnvironmentsDialog::refresh);
    }
    for (QSpinBox* s : {m_devExpiry, m_previewExpiry, m_qaExpiry}) {
        if (s)
            connect(s, &QSpinBox::valueChanged, this, &EnvironmentsDialog::refresh);
    }
    connect(m_base, &QComboBox::currentIndexChanged, this, &EnvironmentsDialog::refresh);
    connect(m_ownRoles, &QCheckBox::toggled, this, &EnvironmentsDialog::refresh);
}

EnvironmentsDialog::~EnvironmentsDialog() = default;

void EnvironmentsDialog::setBase(const QString& name)
{
    m_base->setCurrentIndex(m_base->findData(name));
}
void EnvironmentsDialog::setDevelopers(const QString& text)
{
    m_developers->setText(text);
}
void EnvironmentsDialog::setPullRequests(const QString& text)
{
    if (m_pullRequests)
        m_pullRequests->setText(text);
}
void EnvironmentsDialog::setQaTopics(const QString& text)
{
    if (m_qaTopics)
        m_qaTopics->setText(text);
}
void EnvironmentsDialog::setOwnRoles(bool on)
{
    m_ownRoles->setChecked(on);
}

void EnvironmentsDialog::setComputePreset(int index)
{
    m_compute->setCurrentIndex(index);
}

QList<Models::PlannedBranch> EnvironmentsDialog::plan() const
{
    const auto split = [](const QLineEdit* e) { return e ? e->text().split(QLatin1Char(','), Qt::SkipEmptyParts) : QStringList(); };
    Models::EnvironmentRequest r;
    r.sourceBranchId = m_sourceId;
    r.baseName = m_base->currentData().toString();
    r.developers = m_mode == Mode::AddDeveloper ? QStringList{m_developers->text()} : split(m_developers);
    r.pullRequests = split(m_pullRequests);
    r.qaTopics = split(m_qaTopics);
    r.devExpiryDays = m_devExpiry->value();
    r.previewExpiryDays = m_previewExpiry ? m_previewExpiry->value() : 0;
    r.qaExpiryDays = m_qaExpiry ? m_qaExpiry->value() : 0;
    r.ownRoles = m_ownRoles->isChecked();
    QList<Models::PlannedBranch> out = Models::planEnvironments(r, m_branches, QDateTime::currentDateTimeUtc());
    // A new base alone is no environment; it comes with the branches made from it.
    if (out.size() == 1 && out.first().kind == Models::Tier::Base && m_mode == Mode::AddDeveloper)
        out.clear();
    return out;
}

void EnvironmentsDialog::refresh()
{
    m_preview->clear();
    int creates = 0;
    for (const Models::PlannedBranch& p : plan()) {
        QString text = tr("%1 from %2").arg(p.name, p.parentName);
        if (p.expiresAt.isValid())
            text += tr(", expires %1").arg(Models::Formatting::localShort(p.expiresAt));
        if (!p.roleName.isEmpty())
            text += tr(", its own role %1").arg(p.roleName);
        if (!p.creates())
            text = tr("skipped: %1 — %2").arg(p.name, p.problem);
        auto* item = new QListWidgetItem(text, m_preview);
        if (!p.creates())
            item->setForeground(palette().brush(QPalette::PlaceholderText));
        creates += p.creates() ? 1 : 0;
    }
    const bool busy = m_runner && m_runner->isRunning();
    m_create->setEnabled(!busy && creates > 0);
    m_create->setText(creates > 0 ? tr("C&reate %n Branch(es)", nullptr, creates) : tr("C&reate"));
    if (!busy)
        m_summary->setText(creates > 0 ? QString() : tr("Name at least one environment to create."));
}

Neon::BranchCreateOptions EnvironmentsDialog::optionsFor(const Models::PlannedBranch& p, const QString& parentId) const
{
    Neon::BranchCreateOptions o;
    o.name = p.name;
    o.parentId = parentId;
    o.expiresAt = p.expiresAt;
    const Models::ComputePreset preset = Models::computePresets().at(m_compute->currentIndex());
    if (preset.hasCompute()) {
        Neon::EndpointOptions e;
        e.autoscalingLimitMinCu = preset.minCu;
        e.autoscalingLimitMaxCu = preset.maxCu;
        e.suspendTimeoutSeconds = preset.suspendAfterSeconds;
        o.endpoints = {e};
    } else {
        o.sendEndpoints = false;
    }
    return o;
}

void EnvironmentsDialog::create()
{
    const QList<Models::PlannedBranch> planned = plan();
    if (m_runner && m_runner->isRunning())
        return;
    // The base's id is known only once it exists: its job records it for the jobs after it; so
    // do the developer branches that get their own role.
    auto baseId = std::make_shared<QString>();
    auto ids = std::make_shared<QHash<QString, QString>>();
    QList<Models::BatchJob> jobs;
    QString baseKey;
    for (const Models::PlannedBranch& p : planned) {
        if (!p.creates())
            continue;
        Models::BatchJob job;
        job.key = u"new:"_s + p.name;
        job.projectId = m_projectId;
        job.branchName = p.name;
        const bool isNewBase = p.kind == Models::Tier::Base && p.parentId == m_sourceId && baseKey.isEmpty();
        if (p.parentId.isEmpty())
            job.after = {baseKey};
        job.start = [this, p, baseId]() -> Neon::PendingReply {
            return m_client->createBranch(m_projectId, optionsFor(p, p.parentId.isEmpty() ? *baseId : p.parentId));
        };
        if (isNewBase) {
            baseKey = job.key;
            job.noteOnSuccess = [baseId](const Neon::Reply& reply) {
                *baseId = static_cast<const Neon::Result<Neon::CreatedBranch>&>(reply).value().branch.id;
                return QString();
            };
        } else if (!p.roleName.isEmpty()) {
            job.noteOnSuccess = [ids, name = p.name](const Neon::Reply& reply) {
                ids->insert(name, static_cast<const Neon::Result<Neon::CreatedBranch>&>(reply).value().branch.id);
                return QString();
            };
        }
        const QString key = job.key;
        jobs.append(std::move(job));
        if (!p.roleName.isEmpty())
            jobs.append(roleJob(p, key, ids));
    }
    if (jobs.isEmpty())
        return;
    m_runner = std::make_unique<Models::BatchRunner>(std::move(jobs));
    connect(m_runner.get(), &Models::BatchRunner::jobFinished, this, [this](int i) {
        const Models::BatchOutcome& o = m_runner->outcomes().at(i);
        const Models::BatchJob& job = m_runner->jobs().at(i);
        const bool role = job.key.startsWith(u"role:"_s);
        const QString name = role ? tr("role %1 on %2").arg(job.key.section(QLatin1Char(':'), 1, 1), job.branchName) : job.branchName;
        auto* item = new QListWidgetItem(o.status == Models::BatchOutcome::Status::Done
                                             ? tr("created %1").arg(name)
                                             : tr("%1 not created: %2").arg(name, o.message),
                                         m_preview);
        m_preview->scrollToItem(item);
        m_summary->setText(tr("Creating: %1 of %2 done…").arg(m_runner->finishedCount()).arg(m_runner->total()));
    });
    connect(m_runner.get(), &Models::BatchRunner::finished, this, [this] {
        using S = Models::BatchOutcome::Status;
        const bool roles = std::any_of(m_runner->jobs().cbegin(), m_runner->jobs().cend(),
                                       [](const Models::BatchJob& j) { return j.key.startsWith(u"role:"_s); });
        m_summary->setText((roles ? tr("Created %1 of %2 branches and roles; %3 failed, %4 not started.")
                                  : tr("Created %1 of %2 branches; %3 failed, %4 not started."))
                               .arg(m_runner->count(S::Done))
                               .arg(m_runner->total())
                               .arg(m_runner->count(S::Failed))
                               .arg(m_runner->count(S::Skipped)));
        Q_EMIT projectChanged(m_projectId);
        Q_EMIT runFinished();
    });
    m_create->setEnabled(false);
    m_summary->setText(tr("Creating %n branch(es)…", nullptr, m_runner->total()));
    m_runner->start();
}

Models::BatchJob EnvironmentsDialog::roleJob(const Models::PlannedBranch& p, const QString& branchKey,
                                             std::shared_ptr<QHash<QString, QString>> ids) const
{
    Models::BatchJob job;
    job.key = u"role:"_s + p.roleName + u":"_s + p.name;
    job.projectId = m_projectId;
    job.branchName = p.name;
    job.after = {branchKey};
    job.start = [this, p, ids]() -> Neon::PendingReply {
        return m_client->createRole(m_projectId, ids->value(p.name), p.roleName);
    };
    return job;
}

QString EnvironmentsDialog::summaryText() const
{
    return m_summary->text();
}

} // namespace Ui
