// SPDX-License-Identifier: MIT
#pragma once

// What every headless command shares (private to app/): exit codes, messages on standard
// error, the credential and host rules of the window, and waiting for a signal.

#include "apikeyoption.h"

#include <models/formatting.h>
#include <neon/client.h>
#include <neon/credentials.h>

#include <QCommandLineParser>
#include <QEventLoop>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace Headless {

enum Exit { Done = 0, Partial = 1, Failed = 2 };

/// One line on standard error; control characters in it (from names the server sent) are shown
/// escaped, as in the tables.
inline void say(const QString& text)
{
    std::fprintf(stderr, "%s\n", qPrintable(Models::Formatting::printable(text)));
    std::fflush(stderr);
}

inline int usageError(const QString& text)
{
    say(QStringLiteral("canopy: ") + text);
    return Failed;
}

/// Runs the event loop until `signal` of `sender` fires.
template<typename Sender, typename Signal>
void waitFor(Sender* sender, Signal signal)
{
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    loop.exec();
}

struct Common
{
    App::ApiKeyOptions apiKey;
    QCommandLineOption apiHost{QStringLiteral("api-host"), QStringLiteral("Neon API base URL including /api/v2 (else NEON_API_HOST)."), QStringLiteral("url")};
    QCommandLineOption output{QStringLiteral("output"), QStringLiteral("table (default) or json."), QStringLiteral("format"), QStringLiteral("table")};

    void addTo(QCommandLineParser& parser, const QString& description)
    {
        parser.setApplicationDescription(description);
        parser.addHelpOption();
        apiKey.addTo(parser);
        parser.addOptions({apiHost, output});
    }

    /// The client with the same credential and host rules as the window; null with a message.
    std::unique_ptr<Neon::Client> client(const QCommandLineParser& parser, QString* problem) const
    {
        Neon::ClientConfig config;
        const QString host = parser.isSet(apiHost) ? parser.value(apiHost) : qEnvironmentVariable("NEON_API_HOST");
        if (!host.isEmpty())
            config.baseUrl = QUrl(host);
        if (const QString p = Neon::Client::checkBaseUrl(config.baseUrl); !p.isEmpty()) {
            *problem = p;
            return nullptr;
        }
        Neon::CredentialResolver::Inputs inputs;
        inputs.commandLineKey = apiKey.read(parser, problem);
        if (!problem->isEmpty())
            return nullptr;
        Neon::CredentialResolver resolver(inputs);
        Neon::Credential credential;
        QObject::connect(&resolver, &Neon::CredentialResolver::resolved, &resolver,
                         [&credential](const Neon::Credential& c) { credential = c; });
        QTimer::singleShot(0, &resolver, &Neon::CredentialResolver::resolve);
        waitFor(&resolver, &Neon::CredentialResolver::resolved);
        if (!credential.isValid()) {
            *problem = QStringLiteral("no API key: set NEON_API_KEY, pass --api-key-file or --api-key -, or store one with the Canopy window. ")
                       + credential.notes.join(QStringLiteral(" "));
            return nullptr;
        }
        config.apiKey = credential.apiKey;
        return std::make_unique<Neon::Client>(config);
    }

    QString format(const QCommandLineParser& parser, QString* problem) const
    {
        const QString f = parser.value(output);
        if (f != QLatin1String("table") && f != QLatin1String("json"))
            *problem = QStringLiteral("--output takes table or json, not %1").arg(f);
        return f;
    }
};


int anonymize(const QStringList& arguments);
int computes(const QStringList& arguments);
int snapshots(const QStringList& arguments);

} // namespace Headless
