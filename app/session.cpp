// SPDX-License-Identifier: MIT
#include "session.h"

#include <models/treesnapshot.h>
#include <sandbox/embedded.h>
#include <ui/branchactions.h>
#include <ui/insightdock.h>
#include <ui/teamactions.h>
#include <ui/mainwindow.h>
#include <ui/welcomepage.h>
#include <ui/workflowtour.h>

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QRandomGenerator>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

Session::Session(Neon::ClientConfig config, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
{
}

Session::~Session()
{
    // The window and client go before the sandbox they talk to.
    m_window.reset();
    m_client.reset();
    m_sandbox.reset();
    m_sandboxFolder.reset();
}

void Session::start(const QString& commandLineKey)
{
    Neon::CredentialResolver::Inputs inputs;
    inputs.commandLineKey = commandLineKey;
    auto* resolver = new Neon::CredentialResolver(inputs, this);
    connect(resolver, &Neon::CredentialResolver::resolved, this, [this, resolver](const Neon::Credential& credential) {
        resolver->deleteLater();
        if (credential.isValid())
            return openWindow(credential, false);
        m_welcome = std::make_unique<Ui::WelcomePage>(m_config);
        connect(m_welcome.get(), &Ui::WelcomePage::demoRequested, this, &Session::startDemo);
        connect(m_welcome.get(), &Ui::WelcomePage::keyAccepted, this,
                [this](const Neon::Credential& entered) { openWindow(entered, false); });
        m_welcome->show();
    });
    QTimer::singleShot(0, resolver, &Neon::CredentialResolver::resolve);
}

void Session::startDemo()
{
    // The demo never touches a real account, whatever keys the environment holds: it runs the
    // sandbox (with real PostgreSQL databases when the server programs are installed) on its
    // own thread and talks to it over loopback, through the same client code.
    if (m_welcome)
        m_welcome->hide();
    Sandbox::ServerOptions options;
    options.apiKey = u"demo_"_s + QString::number(QRandomGenerator::system()->generate64(), 36);
    m_sandboxFolder = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/canopy-demo-XXXXXX"_s);
    options.postgres = u"private:"_s + m_sandboxFolder->path();
    m_sandbox = std::make_unique<Sandbox::Embedded>(u"demo"_s, options);
    m_starting = std::make_unique<QLabel>(tr("Starting Canopy's offline sandbox…"));
    m_starting->setWindowTitle(u"Canopy"_s);
    m_starting->setMargin(24);
    m_starting->show();
    m_sandbox->startThen(this, [this, key = options.apiKey](const QString& error) {
        if (!error.isEmpty()) {
            std::fprintf(stderr, "canopy: the demo sandbox did not start: %s\n", qPrintable(error));
            QApplication::exit(1);
            return;
        }
        m_config.baseUrl = m_sandbox->baseUrl;
        Neon::Credential credential;
        credential.apiKey = key;
        credential.origin = tr("of the offline demo sandbox");
        openWindow(credential, true);
    });
}

void Session::openWindow(const Neon::Credential& credential, bool demo)
{
    m_config.apiKey = credential.apiKey;
    m_client = std::make_unique<Neon::Client>(m_config);
    m_window = std::make_unique<Ui::MainWindow>(m_client.get(), credential);
    auto* branchActions = new Ui::BranchActions(m_window.get(), m_client.get()); // owned by the window
    auto* teamActions = new Ui::TeamActions(m_window.get(), m_client.get());
    teamActions->setAnonymizedBaseAction(branchActions->anonymizedBaseAction());
    new Ui::InsightDock(m_window.get(), m_client.get());
    auto* tour = new Ui::WorkflowTour(m_window.get());
    using A = Models::TourStep::Action;
    tour->setAction(A::CompareSchemas, branchActions->compareAction());
    tour->setAction(A::ResetFromParent, branchActions->resetAction());
    tour->setAction(A::MaskingRules, branchActions->maskingAction());
    tour->setAction(A::AddDeveloper, teamActions->addDeveloperAction());
    tour->setAction(A::Cleanup, teamActions->cleanupAction());
    if (demo) {
        m_window->setWindowTitle(tr("Canopy — demo"));
        m_window->setSandboxStatus(m_sandbox->dataPlaneStatus);
        m_window->statusBar()->showMessage(tr("New to Neon's branching? Help ▸ Neon Branching Workflows (F1) walks "
                                              "through this demo."), 20000);
    } else {
        // One snapshot per account, host and organization; the name is a salted digest, the key
        // itself is never stored.
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/snapshots"_s;
        const QByteArray account = m_config.baseUrl.toString().toUtf8() + '\n' + credential.apiKey.toUtf8();
        if (const QString name = Models::TreeSnapshot::accountName(folder, account); !name.isEmpty())
            m_window->setSnapshotLocation(folder, name);
    }
    m_window->show();
    m_starting.reset();
    if (m_welcome) {
        m_welcome->hide();
        m_welcome.release()->deleteLater(); // may be inside its own signal
    }
    m_window->refresh();
}
