// SPDX-License-Identifier: MIT
#include "startwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QStandardPaths>
#include <QRandomGenerator>
#include <QDir>
#include <QLabel>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <neon/client.h>
#include <neon/credentials.h>
#include <sandbox/embedded.h>
#include <sandbox/termination.h>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Canopy"));
    QApplication::setOrganizationName(QStringLiteral("Canopy"));
    QApplication::setApplicationVersion(QStringLiteral(CANOPY_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Canopy manages Neon projects and their branch hierarchies."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption apiKey(QStringLiteral("api-key"),
        QStringLiteral("Neon API key (else NEON_API_KEY, the keychain, the Neon CLI login)."), QStringLiteral("key"));
    const QCommandLineOption apiHost(QStringLiteral("api-host"),
        QStringLiteral(
            "Neon API base URL including /api/v2 (else NEON_API_HOST, else https://console.neon.tech/api/v2)."),
        QStringLiteral("url"));
    const QCommandLineOption demo(QStringLiteral("demo"),
        QStringLiteral("Run offline against the local sandbox (not built yet: shows the start "
                       "window without contacting Neon)."));
    parser.addOptions({ apiKey, apiHost, demo });
    parser.process(app);
    Sandbox::quitOnTerminationSignals(); // the demo's PostgreSQL stops with the window

    Neon::ClientConfig config;
    const QString host = parser.isSet(apiHost) ? parser.value(apiHost) : qEnvironmentVariable("NEON_API_HOST");
    if (!host.isEmpty())
        config.baseUrl = QUrl(host);
    if (const QString problem = Neon::Client::checkBaseUrl(config.baseUrl); !problem.isEmpty()) {
        std::fprintf(stderr, "canopy: %s\n", qPrintable(problem));
        return 2;
    }

    Neon::CredentialResolver::Inputs inputs;
    inputs.commandLineKey = parser.value(apiKey);
    const bool demoMode = parser.isSet(demo);
    auto* resolver = new Neon::CredentialResolver(inputs, &app);
    std::unique_ptr<Neon::Client> client;
    std::unique_ptr<StartWindow> window;
    std::unique_ptr<Sandbox::Embedded> sandbox;
    std::unique_ptr<QTemporaryDir> sandboxFolder;
    std::unique_ptr<QLabel> starting;
    QObject::connect(resolver, &Neon::CredentialResolver::resolved, &app, [&](const Neon::Credential& credential) {
        config.apiKey = credential.apiKey;
        client = std::make_unique<Neon::Client>(config);
        window = std::make_unique<StartWindow>(client.get(), credential);
        if (sandbox) {
            window->setSandboxStatus(sandbox->dataPlaneStatus);
        } else if (credential.isValid()) {
            // One snapshot per account and host; the name is a digest, the key itself is never stored.
            const QByteArray account = config.baseUrl.toString().toUtf8() + '\n' + credential.apiKey.toUtf8();
            const QByteArray digest = QCryptographicHash::hash(account, QCryptographicHash::Sha256)
                                          .toHex()
                                          .left(16);
            window->useSnapshot(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/snapshots/")
                                + QString::fromLatin1(digest) + QStringLiteral(".json"));
        }
        window->show();
        starting.reset();
        if (credential.isValid())
            window->refresh();
    });
    if (demoMode) {
        // The demo never touches a real account, whatever keys the environment holds: it runs the
        // sandbox (with real PostgreSQL databases when the server programs are installed) on its
        // own thread and talks to it over loopback, through the same client code.
        Sandbox::ServerOptions options;
        options.apiKey = QStringLiteral("demo_") + QString::number(QRandomGenerator::system()->generate64(), 36);
        sandboxFolder = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/canopy-demo-XXXXXX"));
        options.postgres = QStringLiteral("private:") + sandboxFolder->path();
        sandbox = std::make_unique<Sandbox::Embedded>(QStringLiteral("demo"), options);
        starting = std::make_unique<QLabel>(QObject::tr("Starting Canopy's offline sandbox…"));
        starting->setWindowTitle(QStringLiteral("Canopy"));
        starting->setMargin(24);
        starting->show();
        sandbox->startThen(&app, [&, key = options.apiKey](const QString& error) {
            if (!error.isEmpty()) {
                std::fprintf(stderr, "canopy: the demo sandbox did not start: %s\n", qPrintable(error));
                QApplication::exit(1);
                return;
            }
            config.baseUrl = sandbox->baseUrl;
            Neon::Credential credential;
            credential.apiKey = key;
            credential.origin = QStringLiteral("of the offline demo sandbox");
            Q_EMIT resolver->resolved(credential);
        });
    } else {
        QTimer::singleShot(0, resolver, &Neon::CredentialResolver::resolve);
    }
    const int code = QApplication::exec();
    window.reset();
    client.reset();
    sandbox.reset();
    sandboxFolder.reset();
    return code;
}
