// SPDX-License-Identifier: MIT
#include "startwindow.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

StartWindow::StartWindow(Neon::Client* client, const Neon::Credential& credential, QWidget* parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_status(new QLabel(this))
    , m_projects(new QListWidget(this))
{
    setWindowTitle(tr("Canopy"));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    auto* heading = new QLabel(tr("<h2>Projects</h2>"), central);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(heading);
    layout->addWidget(m_status);
    layout->addWidget(m_projects, 1);
    setCentralWidget(central);

    auto* toolbar = addToolBar(tr("Main"));
    toolbar->setMovable(false);
    auto* refreshAction = toolbar->addAction(tr("Refresh"), this, &StartWindow::refresh);
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setToolTip(tr("Reload the projects (F5)"));

    const QString host = client->config().baseUrl.toDisplayString();
    if (credential.isValid()) {
        statusBar()->showMessage(tr("API key %1 · %2").arg(credential.origin, host));
    } else {
        statusBar()->showMessage(tr("No API key · %1").arg(host));
        QString text = tr("No Neon API key was found. Start Canopy with --api-key, set NEON_API_KEY, "
                          "or store a key in the system keychain.");
        if (!credential.notes.isEmpty())
            text += QLatin1Char(' ') + tr("(%1)").arg(credential.notes.join(QStringLiteral("; ")));
        m_status->setText(text);
    }
    resize(720, 480);
}

void StartWindow::refresh()
{
    m_status->setText(tr("Loading projects…"));
    m_pending = m_client->projects();
    auto* reply = m_pending.get();
    connect(reply, &Neon::Reply::progress, this, [this](const QString& message) { m_status->setText(message); });
    connect(reply, &Neon::Reply::finished, this, [this, reply] {
        if (!reply->ok())
            return showError(reply->error());
        m_projects->clear();
        for (const Neon::Project& p : reply->value())
            m_projects->addItem(tr("%1  —  %2 · %3").arg(p.name, p.id, p.regionId));
        m_status->setText(tr("%n project(s)", nullptr, int(reply->value().size())));
    });
}

void StartWindow::showError(const Neon::Error& error)
{
    m_status->setText(error.toUserText());
}
