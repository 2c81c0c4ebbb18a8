// SPDX-License-Identifier: MIT
#include "piiworkflowwizard.h"

#include "propertydialogs.h"

#include <models/branchrules.h>

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Ui {

namespace {
enum Page { SourcePage, ChildrenPage, ReviewPage, RunPage };

/// A page whose completeness the wizard decides.
class StepPage : public QWizardPage
{
public:
    std::function<bool()> complete = [] { return true; };
    bool isComplete() const override { return complete(); }
    void changed() { Q_EMIT completeChanged(); }
};
} // namespace

PiiWorkflowWizard::PiiWorkflowWizard(Neon::Client* client, const QString& projectId, const QList<Neon::Branch>& branches,
                                     const QString& sourceId, QWidget* parent)
    : QWizard(parent)
    , m_client(client)
    , m_projectId(projectId)
    , m_branches(branches)
    , m_source(new QComboBox(this))
    , m_name(new QLineEdit(u"main-anon"_s, this))
    , m_neon(new QRadioButton(tr("By Neon on the &server: an anonymized branch, masked there (beta)"), this))
    , m_canopy(new QRadioButton(tr("By Canopy in this &app: a schema-only branch, loaded with rows masked here"), this))
    , m_rules(new QLabel(this))
    , m_refresh(new QLabel(this))
    , m_children(new QPlainTextEdit(u"dev-alex\npreview-pr-1\nqa-smoke"_s, this))
    , m_childrenProblem(makeProblemLabel(this))
    , m_review(new QListWidget(this))
    , m_log(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Anonymized Base for Development (Workflow 2)"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);

    auto* source = new StepPage;
    source->setTitle(tr("Where the data comes from"));
    source->setSubTitle(tr("Production holds personal data: development branches start from an anonymized copy."));
    auto* form = new QFormLayout(source);
    for (const Neon::Branch& b : branches)
        m_source->addItem(b.name, b.id);
    m_source->setCurrentIndex(std::max(0, m_source->findData(sourceId)));
    m_source->setAccessibleName(tr("Source branch"));
    m_name->setAccessibleName(tr("Name of the anonymized base"));
    form->addRow(tr("&Source:"), m_source);
    form->addRow(tr("&Name:"), m_name);
    m_neon->setChecked(true);
    form->addRow(tr("Load:"), m_neon);
    form->addRow(QString(), m_canopy);
    m_rules->setWordWrap(true);
    m_refresh->setWordWrap(true);
    form->addRow(tr("Rules:"), m_rules);
    form->addRow(QString(), m_refresh);
    source->complete = [this] { return !m_maskingRules.isEmpty() && !m_name->text().trimmed().isEmpty(); };
    setPage(SourcePage, source);

    auto* children = new StepPage;
    children->setTitle(tr("Environments"));
    children->setSubTitle(tr("One branch name a line: dev-<name>, preview-pr-<n>, qa-<topic>."));
    auto* childLayout = new QVBoxLayout(children);
    m_children->setAccessibleName(tr("Branches to create from the anonymized base"));
    childLayout->addWidget(m_children);
    childLayout->addWidget(m_childrenProblem);
    children->complete = [this] { return m_childrenProblem->text().isEmpty(); };
    connect(m_children, &QPlainTextEdit::textChanged, this, [this, children] {
        QStringList taken;
        for (const Neon::Branch& b : std::as_const(m_branches))
            taken.append(b.name);
        if (existing()) // a refresh recreates the old children's names
            taken.clear();
        QString problem;
        QStringList seen;
        for (const QString& line : plan().children) {
            problem = Models::BranchRules::nameProblem(line, taken + seen);
            if (!problem.isEmpty())
                break;
            seen.append(line);
        }
        m_childrenProblem->setText(problem);
        children->changed();
    });
    setPage(ChildrenPage, children);

    auto* review = new StepPage;
    review->setTitle(tr("What will happen"));
    review->setSubTitle(tr("Nothing has been sent yet. These steps run in order; a failure stops the run and says what was done."));
    auto* reviewLayout = new QVBoxLayout(review);
    m_review->setAccessibleName(tr("Steps"));
    m_review->setWordWrap(true);
    reviewLayout->addWidget(m_review);
    setPage(ReviewPage, review);

    auto* run = new StepPage;
    run->setTitle(tr("Running"));
    auto* runLayout = new QVBoxLayout(run);
    m_log->setReadOnly(true);
    m_log->setAccessibleName(tr("Progress"));
    runLayout->addWidget(m_log);
    run->complete = [this] { return m_done; };
    run->setFinalPage(true);
    setPage(RunPage, run);

    connect(m_source, &QComboBox::currentIndexChanged, this, &PiiWorkflowWizard::loadRules);
    connect(m_name, &QLineEdit::textChanged, this, &PiiWorkflowWizard::loadRules);
    connect(m_name, &QLineEdit::textChanged, source, [source] { source->changed(); });
    connect(this, &PiiWorkflowWizard::rulesLoaded, source, [source] { source->changed(); });
    loadRules();
    resize(720, 520);
}

const Neon::Branch* PiiWorkflowWizard::existing() const
{
    const QString name = m_name->text().trimmed();
    const auto it = std::find_if(m_branches.cbegin(), m_branches.cend(), [&](const Neon::Branch& b) { return b.name == name; });
    return it == m_branches.cend() ? nullptr : &*it;
}

void PiiWorkflowWizard::loadRules()
{
    // A refresh keeps the old base's rules; a first build takes the source's saved rules.
    const Neon::Branch* old = existing();
    const QString from = old ? old->id : m_source->currentData().toString();
    m_refresh->setText(old ? tr("%1 exists: it will be rebuilt fresh, its children recreated under the new one, and "
                                "the old ones renamed …_old_… (the children expire in 7 days).")
                                 .arg(old->name)
                           : QString());
    if (old && m_children->toPlainText() == u"dev-alex\npreview-pr-1\nqa-smoke"_s) {
        QStringList names;
        for (const Neon::Branch& b : std::as_const(m_branches)) {
            if (b.parentId == old->id)
                names.append(b.name);
        }
        m_children->setPlainText(names.join(QLatin1Char('\n')));
    }
    m_maskingRules.clear();
    m_rules->setText(tr("Loading…"));
    m_rulesReply = m_client->maskingRules(m_projectId, from);
    connect(m_rulesReply.get(), &Neon::Reply::finished, this, [this, r = m_rulesReply.get(), old] {
        m_maskingRules = r->ok() ? r->value() : QList<Neon::MaskingRule>();
        m_rules->setText(!r->ok() ? r->error().toUserText()
                         : m_maskingRules.isEmpty()
                             ? tr("No masking rules yet: open Masking Rules (Ctrl+M) on %1, accept the suggestions and save.")
                                   .arg(m_source->currentText())
                             : tr("%n masking rule(s) from %1.", nullptr, int(m_maskingRules.size()))
                                   .arg(old ? old->name : m_source->currentText()));
        Q_EMIT rulesLoaded();
    });
}

QString PiiWorkflowWizard::rulesText() const
{
    return m_rules->text();
}

PiiWorkflow::Plan PiiWorkflowWizard::plan() const
{
    PiiWorkflow::Plan p;
    p.projectId = m_projectId;
    for (const Neon::Branch& b : m_branches) {
        if (b.id == m_source->currentData().toString())
            p.source = b;
    }
    p.name = m_name->text().trimmed();
    p.load = m_canopy->isChecked() ? PiiWorkflow::Load::Canopy : PiiWorkflow::Load::NeonServer;
    p.rules = m_maskingRules;
    for (const QString& line : m_children->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!line.trimmed().isEmpty())
            p.children.append(line.trimmed());
    }
    if (const Neon::Branch* old = existing()) {
        p.replaces = *old;
        for (const Neon::Branch& b : m_branches) {
            if (b.parentId == old->id)
                p.replacedChildren.append(b.name);
        }
    }
    return p;
}

PiiWorkflowWizard::~PiiWorkflowWizard()
{
    if (!m_workflow)
        return;
    if (m_started)
        m_workflow->cancel(); // before the swap: undone; after it: completed — on its own
    else
        delete m_workflow.data();
}

QString PiiWorkflowWizard::outcomeText(PiiWorkflow::Outcome outcome) const
{
    switch (outcome) {
    case PiiWorkflow::Outcome::Completed: return tr("Result: the fresh %1 is in place.").arg(m_name->text().trimmed());
    case PiiWorkflow::Outcome::RolledBack:
        return tr("Result: nothing changed; what was built was removed.");
    case PiiWorkflow::Outcome::CompletedWithProblems:
        return tr("Result: the fresh %1 is in place, but not every branch under it could be made.").arg(m_name->text().trimmed());
    case PiiWorkflow::Outcome::RollbackFailed: return tr("Result: undoing failed; see the message below for what to check.");
    }
    return {};
}

void PiiWorkflowWizard::reject()
{
    if (m_started && !m_done && m_workflow) {
        // Cancel while it runs: undo what was built (or let a started swap finish), then close.
        button(QWizard::CancelButton)->setEnabled(false);
        m_workflow->cancel();
        return;
    }
    QWizard::reject();
}

void PiiWorkflowWizard::initializePage(int id)
{
    if (id == ReviewPage) {
        if (!m_started)
            delete m_workflow.data();
        m_workflow = new PiiWorkflow(m_client, plan());
        m_review->clear();
        int n = 0;
        for (const QString& step : m_workflow->describe())
            m_review->addItem(u"%1. %2"_s.arg(++n).arg(step));
    }
    if (id == RunPage && m_workflow && !m_done) {
        connect(m_workflow, &PiiWorkflow::stepStarted, this, [this](int index, const QString& text) {
            m_log->appendPlainText(tr("Step %1: %2").arg(index + 1).arg(text));
        });
        connect(m_workflow, &PiiWorkflow::progress, m_log, &QPlainTextEdit::appendPlainText);
        connect(m_workflow, &PiiWorkflow::outcome, this, [this](PiiWorkflow::Outcome outcome) {
            m_log->appendPlainText(outcomeText(outcome));
        });
        connect(m_workflow, &PiiWorkflow::finished, this, [this](bool ok, const QString& message) {
            m_log->appendPlainText(ok ? message : tr("Stopped: %1").arg(message));
            m_done = true;
            button(QWizard::CancelButton)->setEnabled(true);
            static_cast<StepPage*>(page(RunPage))->changed();
            Q_EMIT workflowFinished(ok, message);
        });
        connect(m_workflow, &PiiWorkflow::finished, m_workflow, &QObject::deleteLater);
        m_started = true;
        m_workflow->start();
    }
    QWizard::initializePage(id);
}

} // namespace Ui
