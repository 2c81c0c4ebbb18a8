// SPDX-License-Identifier: MIT
#include "computessection.h"

#include "computedialog.h"
#include "confirmation.h"

#include <models/formatting.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Ui {

namespace {
QString idleTime(qint64 seconds)
{
    if (seconds % 3600 == 0)
        return ComputesSection::tr("%1 h").arg(seconds / 3600);
    return ComputesSection::tr("%1 min").arg(seconds / 60);
}
} // namespace

ComputesSection::ComputesSection(Neon::Client* client, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_rows(new QVBoxLayout)
    , m_status(new QLabel(this))
    , m_add(new QPushButton(tr("Add Compute…"), this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rows);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_add);
    bottom->addStretch(1);
    layout->addLayout(bottom);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAccessibleName(tr("Compute status"));
    layout->addWidget(m_status);
    m_add->setObjectName(QStringLiteral("compute-add"));
    setAccessibleName(tr("Computes"));
    connect(m_add, &QPushButton::clicked, this, &ComputesSection::add);
}

QString ComputesSection::status() const
{
    return m_status->text();
}

void ComputesSection::clear()
{
    m_branch = {};
    m_computes.clear();
    m_reply.reset();
    m_action.reset();
    m_status->clear();
    rebuild();
}

void ComputesSection::showBranch(const QString& projectId, const Neon::Branch& branch)
{
    clear();
    m_projectId = projectId;
    m_branch = branch;
    m_status->setText(tr("Loading…"));
    if (!m_planKnown && !m_user) { // the plan's largest compute, once
        m_user = m_client->currentUser();
        connect(m_user.get(), &Neon::Reply::finished, this, [this, r = m_user.get()] {
            m_planKnown = r->ok();
            m_planMaximum = r->ok() ? r->value().maxAutoscalingLimit : 0;
        });
    }
    load();
}

void ComputesSection::load()
{
    m_reply = m_client->branchEndpoints(m_projectId, m_branch.id);
    connect(m_reply.get(), &Neon::Reply::finished, this, [this, r = m_reply.get()] {
        if (!r->ok()) {
            m_status->setText(r->error().toUserText());
            return;
        }
        m_computes = r->value();
        rebuild();
        // What the last action did stays; only the loading note goes.
        if (m_computes.isEmpty() && !m_action)
            m_status->setText(tr("No compute: add one to connect."));
        else if (m_status->text() == tr("Loading…"))
            m_status->clear();
    });
}

QPushButton* ComputesSection::makeButton(const QString& text, const QString& name, bool enabled, std::function<void()> onClick)
{
    auto* b = new QPushButton(text, this);
    b->setObjectName(name);
    b->setEnabled(enabled && !m_action);
    b->setAutoDefault(false);
    connect(b, &QPushButton::clicked, this, std::move(onClick));
    return b;
}

void ComputesSection::rebuild()
{
    while (QLayoutItem* item = m_rows->takeAt(0)) {
        if (QLayout* row = item->layout()) {
            while (QLayoutItem* inner = row->takeAt(0)) {
                delete inner->widget();
                delete inner;
            }
        }
        delete item->widget();
        delete item;
    }
    for (const Neon::Endpoint& e : std::as_const(m_computes))
        addRow(e);
    const bool hasWriter = std::any_of(m_computes.cbegin(), m_computes.cend(), [](const Neon::Endpoint& e) { return e.isReadWrite(); });
    m_add->setEnabled(!m_branch.id.isEmpty() && !m_action && m_reply && m_reply->isFinished());
    m_add->setText(hasWriter ? tr("Add Read Replica…") : tr("Add Compute…"));
    m_add->setVisible(!m_branch.id.isEmpty());
}

void ComputesSection::addRow(const Neon::Endpoint& e)
{
    const bool active = e.currentState == QLatin1String("active");
    const bool idle = e.currentState == QLatin1String("idle");
    const QString suspend = e.suspendTimeoutSeconds < 0 ? tr("never suspends")
        : e.suspendTimeoutSeconds == 0                   ? tr("suspends after 5 min idle")
                                                         : tr("suspends after %1 idle").arg(idleTime(e.suspendTimeoutSeconds));
    const QString state = e.pendingState.isEmpty() ? e.currentState : tr("%1 → %2").arg(e.currentState, e.pendingState);
    auto* line = new QLabel(Models::Formatting::printable(
                                tr("%1 · %2 · %3 · %4–%5 CU, %6 · last active %7")
                                    .arg(e.id, e.isReadWrite() ? tr("read-write") : tr("read replica"), state,
                                         QLocale().toString(e.autoscalingLimitMinCu), QLocale().toString(e.autoscalingLimitMaxCu),
                                         suspend, Models::Formatting::localShort(e.lastActive))),
                            this);
    line->setWordWrap(true);
    line->setTextFormat(Qt::PlainText);
    line->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rows->addWidget(line);
    auto* buttons = new QHBoxLayout;
    const QString id = e.id;
    buttons->addWidget(makeButton(tr("Start"), u"compute-start-"_s + id, idle && e.pendingState.isEmpty(), [this, id] {
        run(tr("Starting %1…").arg(id), tr("%1 started.").arg(id),
            m_client->endpointAction(m_projectId, id, Neon::Client::EndpointAction::Start));
    }));
    buttons->addWidget(makeButton(tr("Suspend"), u"compute-suspend-"_s + id, active && e.pendingState.isEmpty(), [this, id] {
        run(tr("Suspending %1: its sessions end…").arg(id), tr("%1 suspended; the next connection wakes it.").arg(id),
            m_client->endpointAction(m_projectId, id, Neon::Client::EndpointAction::Suspend));
    }));
    buttons->addWidget(makeButton(tr("Restart"), u"compute-restart-"_s + id, active && e.pendingState.isEmpty(), [this, id] {
        run(tr("Restarting %1…").arg(id), tr("%1 restarted.").arg(id),
            m_client->endpointAction(m_projectId, id, Neon::Client::EndpointAction::Restart));
    }));
    buttons->addWidget(makeButton(tr("Edit…"), u"compute-edit-"_s + id, true, [this, e] { edit(e); }));
    buttons->addWidget(makeButton(tr("Delete…"), u"compute-delete-"_s + id, true, [this, e] { remove(e); }));
    buttons->addStretch(1);
    m_rows->addLayout(buttons);
}

QPushButton* ComputesSection::button(const QString& endpointId, const QString& action) const
{
    if (action == QLatin1String("add"))
        return m_add;
    return findChild<QPushButton*>(u"compute-"_s + action + QLatin1Char('-') + endpointId);
}

void ComputesSection::run(const QString& doing, const QString& done, Neon::Pending<Neon::EndpointOperations> pending)
{
    m_action = std::move(pending);
    m_status->setText(doing);
    rebuild(); // every button off while it runs
    connect(m_action.get(), &Neon::Reply::finished, this, [this, done, r = m_action.get()] {
        m_status->setText(r->ok() ? done : r->error().toUserText());
        m_action.reset();
        load();
        if (r->ok())
            Q_EMIT changed();
    });
}

void ComputesSection::edit(const Neon::Endpoint& e)
{
    auto* dialog = new ComputeDialog(&e, false, m_planMaximum, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id = e.id] {
        run(tr("Applying the new settings to %1…").arg(id), tr("%1 now runs with the new settings.").arg(id),
            m_client->updateEndpoint(m_projectId, id, dialog->updateRequest()));
    });
    dialog->open();
}

void ComputesSection::add()
{
    const bool hasWriter = std::any_of(m_computes.cbegin(), m_computes.cend(), [](const Neon::Endpoint& e) { return e.isReadWrite(); });
    auto* dialog = new ComputeDialog(nullptr, !hasWriter, m_planMaximum, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        run(tr("Adding a compute to %1…").arg(m_branch.name), tr("The compute was added and started."),
            m_client->createEndpoint(m_projectId, dialog->createRequest(m_branch.id)));
    });
    dialog->open();
}

void ComputesSection::remove(const Neon::Endpoint& e)
{
    const QString text = e.isReadWrite()
        ? tr("Delete the read-write compute %1 of %2? Every connection through it ends and its connection strings stop "
             "working until a new compute is added. The branch and its data stay.")
              .arg(e.id, m_branch.name)
        : tr("Delete the read replica %1 of %2? Connections through it end; the branch and its data stay.").arg(e.id, m_branch.name);
    askBeforeDestroying(this, tr("Delete Compute"), text, tr("Delete Compute"), [this, id = e.id] {
        run(tr("Deleting %1…").arg(id), tr("%1 was deleted.").arg(id), m_client->deleteEndpoint(m_projectId, id));
    });
}

} // namespace Ui
