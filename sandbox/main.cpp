// SPDX-License-Identifier: MIT
// canopy-sandbox: a local server that speaks the Neon API v2 on loopback.
#include "seeds.h"
#include "server.h"
#include "termination.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
int fail(const QString& message)
{
    std::fprintf(stderr, "canopy-sandbox: %s\n", qPrintable(message));
    return 2;
}

bool parseRate(const QString& text, double* out)
{
    bool ok = false;
    *out = text.toDouble(&ok);
    return ok && *out >= 0 && *out <= 1;
}

/// The command line's options.
struct CommandLine
{
    QCommandLineOption listen{u"listen"_s, u"Loopback address to listen on (port 0: any free port)."_s,
                              u"127.0.0.1:PORT"_s, u"127.0.0.1:0"_s};
    QCommandLineOption apiKey{u"api-key"_s, u"The API key clients must send (default: a random one, printed once)."_s,
                              u"KEY"_s};
    QCommandLineOption seed{u"seed"_s, u"Starting data: %1 (default demo)."_s.arg(Sandbox::seedNames().join(u", "_s)),
                            u"NAME"_s, u"demo"_s};
    QCommandLineOption state{u"state"_s, u"Keep the state in FILE across restarts (written atomically)."_s, u"FILE"_s};
    QCommandLineOption opDuration{u"op-duration"_s, u"How long operations run (default 300)."_s, u"MS"_s, u"300"_s};
    QCommandLineOption latency{u"latency"_s, u"Delay every reply (without blocking others)."_s, u"MS"_s, u"0"_s};
    QCommandLineOption faultRate{u"fault-rate"_s, u"Share of requests answered 503 or dropped."_s, u"R"_s, u"0"_s};
    QCommandLineOption rateLimit{u"rate-limit"_s,
                                 u"Answer 429 (with Retry-After) past N requests per second, or past Neon's published limits "
                                 "with \"neon\": 700 a minute for the account, bursts of 40 a second per route."_s,
                                 u"N/s|neon"_s};
    QCommandLineOption lockRate{u"lock-rate"_s, u"Share of mutations answered 423."_s, u"R"_s, u"0"_s};
    QCommandLineOption faultSeed{u"fault-seed"_s, u"Make the faults deterministic."_s, u"N"_s, u"0"_s};
    QCommandLineOption postgres{u"postgres"_s,
                                u"Use this PostgreSQL server for the branches' databases (else "
                                "CANOPY_SANDBOX_POSTGRES, else a private cluster the sandbox runs)."_s,
                                u"postgresql://USER:PASSWORD@HOST:PORT/DB"_s};
    QCommandLineOption noPostgres{u"no-postgres"_s, u"Run the control plane only: branches get no databases."_s};

    void addTo(QCommandLineParser& parser) const
    {
        parser.setApplicationDescription(
            u"A local server that speaks the Neon API v2 (under /api/v2) on loopback, for demos and tests."_s);
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({listen, apiKey, seed, state, opDuration, latency, faultRate, rateLimit, lockRate, faultSeed,
                           postgres, noPostgres});
    }
};

/// The server's options from the command line; what is wrong with them, or empty.
QString readServerOptions(const QCommandLineParser& parser, const CommandLine& cli, Sandbox::ServerOptions* options)
{
    const QString address = parser.value(cli.listen);
    const QString host = address.section(QLatin1Char(':'), 0, -2);
    bool ok = false;
    const uint port = address.section(QLatin1Char(':'), -1).toUInt(&ok);
    if (!ok || port > 65535 || (host != "127.0.0.1"_L1 && host != "localhost"_L1))
        return u"--listen takes 127.0.0.1:PORT (the sandbox listens on loopback only), not \"%1\""_s.arg(address);
    options->port = quint16(port);
    options->operationDurationMs = parser.value(cli.opDuration).toInt(&ok);
    if (!ok || options->operationDurationMs < 0)
        return u"--op-duration takes milliseconds"_s;
    options->latencyMs = parser.value(cli.latency).toInt(&ok);
    if (!ok || options->latencyMs < 0)
        return u"--latency takes milliseconds"_s;
    if (!parseRate(parser.value(cli.faultRate), &options->faultRate))
        return u"--fault-rate takes a share from 0 to 1"_s;
    if (!parseRate(parser.value(cli.lockRate), &options->lockRate))
        return u"--lock-rate takes a share from 0 to 1"_s;
    if (parser.isSet(cli.rateLimit) && parser.value(cli.rateLimit) == "neon"_L1) {
        const Sandbox::RateLimiter::Limits neon = Sandbox::RateLimiter::neon();
        options->rateLimitPerMinute = neon.perMinute;
        options->rateLimitPerRoutePerSecond = neon.perRoutePerSecond;
    } else if (parser.isSet(cli.rateLimit)) {
        QString text = parser.value(cli.rateLimit);
        text.remove(u"/s"_s);
        options->rateLimitPerSecond = text.toInt(&ok);
        if (!ok || options->rateLimitPerSecond < 1)
            return u"--rate-limit takes requests per second, e.g. 20/s, or neon (Neon's published limits)"_s;
    }
    options->faultSeed = parser.value(cli.faultSeed).toUInt(&ok);
    if (!ok)
        return u"--fault-seed takes a number"_s;
    options->apiKey = parser.isSet(cli.apiKey) ? parser.value(cli.apiKey)
                                               : u"sandbox_"_s + QString::number(QRandomGenerator::system()->generate64(), 36);
    options->statePath = parser.value(cli.state);
    return {};
}

/// Where the branches' databases live: a server given by the user, or a private cluster beside
/// the state file (kept across restarts) or in `scratch`, a folder that lives as long as the process.
void chooseDataPlane(const QCommandLineParser& parser, const CommandLine& cli, Sandbox::ServerOptions* options,
                     std::unique_ptr<QTemporaryDir>* scratch)
{
    if (parser.isSet(cli.noPostgres))
        return;
    const QString given = parser.isSet(cli.postgres) ? parser.value(cli.postgres) : qEnvironmentVariable("CANOPY_SANDBOX_POSTGRES");
    if (!given.isEmpty()) {
        options->postgres = given;
    } else if (!options->statePath.isEmpty()) {
        options->postgres = u"private:"_s + options->statePath + u".postgres"_s;
    } else {
        *scratch = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/canopy-sandbox-XXXXXX"_s);
        options->postgres = u"private:"_s + (*scratch)->path();
    }
}

/// The saved state when there is one, else the seed's.
bool loadInitialState(const QString& statePath, const QString& seed, Sandbox::State* initial, QString* error)
{
    if (!statePath.isEmpty() && Sandbox::Store(statePath).exists())
        return Sandbox::Store(statePath).load(*initial, error);
    return Sandbox::seedState(seed, QDateTime::currentDateTimeUtc(), *initial, error);
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"canopy-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CANOPY_VERSION));

    QCommandLineParser parser;
    const CommandLine cli;
    cli.addTo(parser);
    parser.process(app);

    Sandbox::ServerOptions options;
    if (const QString problem = readServerOptions(parser, cli, &options); !problem.isEmpty())
        return fail(problem);
    std::unique_ptr<QTemporaryDir> scratch;
    chooseDataPlane(parser, cli, &options, &scratch);

    Sandbox::State initial;
    QString error;
    if (!loadInitialState(options.statePath, parser.value(cli.seed), &initial, &error))
        return fail(error);

    Sandbox::quitOnTerminationSignals(); // so the private PostgreSQL stops with us
    Sandbox::Server server(options, std::move(initial));
    if (!server.start(&error))
        return fail(error);
    std::printf("canopy-sandbox listening on %s\n", qPrintable(server.baseUrl().toString()));
    if (!parser.isSet(cli.apiKey)) // a random key is shown once
        std::printf("canopy-sandbox api key: %s\n", qPrintable(options.apiKey));
    std::printf("canopy-sandbox data plane: %s\n", qPrintable(server.dataPlaneStatus()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
