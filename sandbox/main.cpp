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
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"canopy-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CANOPY_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A local server that speaks the Neon API v2 (under /api/v2) on loopback, for demos and tests."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(u"listen"_s, u"Loopback address to listen on (port 0: any free port)."_s,
                                    u"127.0.0.1:PORT"_s, u"127.0.0.1:0"_s);
    const QCommandLineOption apiKey(u"api-key"_s, u"The API key clients must send (default: a random one, printed once)."_s,
                                    u"KEY"_s);
    const QCommandLineOption seed(u"seed"_s, u"Starting data: %1 (default demo)."_s.arg(Sandbox::seedNames().join(u", "_s)),
                                  u"NAME"_s, u"demo"_s);
    const QCommandLineOption state(u"state"_s, u"Keep the state in FILE across restarts (written atomically)."_s, u"FILE"_s);
    const QCommandLineOption opDuration(u"op-duration"_s, u"How long operations run (default 300)."_s, u"MS"_s, u"300"_s);
    const QCommandLineOption latency(u"latency"_s, u"Delay every reply (without blocking others)."_s, u"MS"_s, u"0"_s);
    const QCommandLineOption faultRate(u"fault-rate"_s, u"Share of requests answered 503 or dropped."_s, u"R"_s, u"0"_s);
    const QCommandLineOption rateLimit(u"rate-limit"_s, u"Answer 429 past N requests per second."_s, u"N/s"_s);
    const QCommandLineOption lockRate(u"lock-rate"_s, u"Share of mutations answered 423."_s, u"R"_s, u"0"_s);
    const QCommandLineOption faultSeed(u"fault-seed"_s, u"Make the faults deterministic."_s, u"N"_s, u"0"_s);
    const QCommandLineOption postgres(u"postgres"_s,
                                      u"Use this PostgreSQL server for the branches' databases (else "
                                      "CANOPY_SANDBOX_POSTGRES, else a private cluster the sandbox runs)."_s,
                                      u"postgresql://USER:PASSWORD@HOST:PORT/DB"_s);
    const QCommandLineOption noPostgres(u"no-postgres"_s, u"Run the control plane only: branches get no databases."_s);
    parser.addOptions({listen, apiKey, seed, state, opDuration, latency, faultRate, rateLimit, lockRate, faultSeed,
                       postgres, noPostgres});
    parser.process(app);

    Sandbox::ServerOptions options;
    const QString address = parser.value(listen);
    const QString host = address.section(QLatin1Char(':'), 0, -2);
    bool ok = false;
    const uint port = address.section(QLatin1Char(':'), -1).toUInt(&ok);
    if (!ok || port > 65535 || (host != "127.0.0.1"_L1 && host != "localhost"_L1))
        return fail(u"--listen takes 127.0.0.1:PORT (the sandbox listens on loopback only), not \"%1\""_s.arg(address));
    options.port = quint16(port);
    options.operationDurationMs = parser.value(opDuration).toInt(&ok);
    if (!ok || options.operationDurationMs < 0)
        return fail(u"--op-duration takes milliseconds"_s);
    options.latencyMs = parser.value(latency).toInt(&ok);
    if (!ok || options.latencyMs < 0)
        return fail(u"--latency takes milliseconds"_s);
    if (!parseRate(parser.value(faultRate), &options.faultRate))
        return fail(u"--fault-rate takes a share from 0 to 1"_s);
    if (!parseRate(parser.value(lockRate), &options.lockRate))
        return fail(u"--lock-rate takes a share from 0 to 1"_s);
    if (parser.isSet(rateLimit)) {
        QString text = parser.value(rateLimit);
        text.remove(u"/s"_s);
        options.rateLimitPerSecond = text.toInt(&ok);
        if (!ok || options.rateLimitPerSecond < 1)
            return fail(u"--rate-limit takes requests per second, e.g. 20/s"_s);
    }
    options.faultSeed = parser.value(faultSeed).toUInt(&ok);
    if (!ok)
        return fail(u"--fault-seed takes a number"_s);
    const bool randomKey = !parser.isSet(apiKey);
    options.apiKey = randomKey ? u"sandbox_"_s + QString::number(QRandomGenerator::system()->generate64(), 36)
                               : parser.value(apiKey);
    options.statePath = parser.value(state);
    // The data plane: a server given by the user, or a private cluster beside the state file
    // (kept across restarts) or in a folder that lives as long as the process.
    std::unique_ptr<QTemporaryDir> scratch;
    if (!parser.isSet(noPostgres)) {
        const QString given = parser.isSet(postgres) ? parser.value(postgres) : qEnvironmentVariable("CANOPY_SANDBOX_POSTGRES");
        if (!given.isEmpty()) {
            options.postgres = given;
        } else if (!options.statePath.isEmpty()) {
            options.postgres = u"private:"_s + options.statePath + u".postgres"_s;
        } else {
            scratch = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/canopy-sandbox-XXXXXX"_s);
            options.postgres = u"private:"_s + scratch->path();
        }
    }

    Sandbox::State initial;
    QString error;
    if (!options.statePath.isEmpty() && Sandbox::Store(options.statePath).exists()) {
        if (!Sandbox::Store(options.statePath).load(initial, &error))
            return fail(error);
    } else if (!Sandbox::seedState(parser.value(seed), QDateTime::currentDateTimeUtc(), initial, &error)) {
        return fail(error);
    }

    Sandbox::quitOnTerminationSignals(); // so the private PostgreSQL stops with us
    Sandbox::Server server(options, std::move(initial));
    if (!server.start(&error))
        return fail(error);
    std::printf("canopy-sandbox listening on %s\n", qPrintable(server.baseUrl().toString()));
    if (randomKey)
        std::printf("canopy-sandbox api key: %s\n", qPrintable(options.apiKey));
    std::printf("canopy-sandbox data plane: %s\n", qPrintable(server.dataPlaneStatus()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
