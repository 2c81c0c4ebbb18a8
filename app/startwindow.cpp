// SPDX-License-Identifier: MIT
#include "startwindow.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

StartWindow::StartWindow(Neon::Client* client, const Neon::Credential& credential, QWidget* parent)
    : QMainWindow(parent), m_client(client), m_status(new QLabel(this)), m_projects(new QTreeWidget(this))
{
    setWindowTitle(tr("Canopy"));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    auto* heading = new QLabel(tr("<h2>Projects</h2>"), central);
    heading->setAccessibleName(tr("Projects"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_projects->setHeaderLabels({ tr("Name"), tr("Project ID"), tr("Region"), tr("Postgres"), tr("Created") });
    m_projects->setRootIsDecorated(false);
    m_projects->setSortingEnabled(true);
    m_projects->setAlternatingRowColors(true);
    m_projects->setUniformRowHeights(true);
    m_projects->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_projects->setAccessibleName(tr("Projects"));
    layout->addWidget(heading);
    layout->addWidget(m_status);
    layout->addWidget(m_projects, 1);
    setCentralWidget(central);

    auto* toolbar = addToolBar(tr("Main"));
    toolbar->setMovable(false);
    m_refresh = toolbar->addAction(tr("Refresh"), this, &StartWindow::refresh);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Reload the projects (%1)").arg(QKeySequence(QKeySequence::Refresh).toString()));
    m_refresh->setEnabled(credential.isValid());

    const QString host = client->config().baseUrl.toDisplayString();
    if (credential.isValid()) {
        statusBar()->showMessage(tr("API key %1 · %2").arg(credential.origin, host));
    } else {
        statusBar()->showMessage(tr("No API key · %1").arg(host));
        QString text = tr("No Neon API key was found. Start Canopy with --api-key, set NEON_API_KEY, "
                          "or store a key in the system keychain. To look around without an account, start it with --demo.");
        if (!credential.notes.isEmpty())
            text += QLatin1Char(' ') + tr("(%1)").arg(credential.notes.join(QStringLiteral("; ")));
        m_status->setText(text);
    }
    resize(820, 480);
}

void StartWindow::refresh()
{
    m_status->setText(tr("Loading projects…"));
    m_refresh->setEnabled(false);
    m_pending = m_client->projects();
    auto* reply = m_pending.get();
    connect(reply, &Neon::Reply::progress, this, [this](const QString& message) { m_status->setText(message); });
    connect(reply, &Neon::Reply::finished, this, [this, reply] {
        m_refresh->setEnabled(true);
        if (!reply->ok())
            return showError(reply->error());
        m_projects->clear();
        const QLocale locale;
        for (const Neon::Project& p : reply->value()) {
            auto* item = new QTreeWidgetItem(m_projects);
            item->setText(0, p.name);
            item->setText(1, p.id);
            item->setText(2, p.regionId);
            item->setText(3, p.pgVersion > 0 ? QString::number(p.pgVersion) : QString());
            item->setText(4,
                p.createdAt.isValid() ? locale.toString(p.createdAt.toLocalTime(), QLocale::ShortFormat) : QString());
        }
        m_projects->sortByColumn(0, Qt::AscendingOrder);
        m_status->setText(tr("%n project(s)", nullptr, int(reply->value().size())));
    });
}

void StartWindow::showError(const Neon::Error& error)
{
    m_status->setText(error.toUserText());
}

void StartWindow::setSandboxStatus(const QString& status)
{
    auto* label = new QLabel(status.startsWith(QLatin1String("PostgreSQL"))
                                 ? tr("Sandbox databases: %1").arg(status)
                                 : tr("Sandbox data operations unavailable: %1").arg(status),
                             this);
    label->setToolTip(tr("The demo sandbox keeps each branch's databases in a private PostgreSQL server."));
    statusBar()->addPermanentWidget(label);
}
