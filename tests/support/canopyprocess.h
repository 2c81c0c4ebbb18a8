// SPDX-License-Identifier: MIT
#pragma once

// The real `canopy` executable against a sandbox in this process: how the headless tests run it.

#include "clienttestutils.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <functional>

namespace TestUtils {

inline const QString apiKey = TestUtils::secretKey;

struct Ran
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

/// The demo organization in the sandbox; `canopy` runs against it as a separate process.
class CanopyProcessFixture : public TestUtils::SandboxFixture
{
public:
    explicit CanopyProcessFixture(int operationMs = 20, const QString& seed = QStringLiteral("demo"))
        : SandboxFixture(seed, operationMs)
        , orgId(SandboxFixture::orgId())
    {
    }

    /// `whenStderr` sees each chunk of standard error while canopy runs (to signal it midway).
    Ran canopy(QStringList args, const QString& key = apiKey, bool withHost = true,
               const std::function<void(QProcess&, const QString&)>& whenStderr = {})
    {
        QProcess p;
        QString err;
        if (whenStderr) {
            QObject::connect(&p, &QProcess::readyReadStandardError, &p, [&] {
                const QString chunk = QString::fromUtf8(p.readAllStandardError());
                err += chunk;
                whenStderr(p, chunk);
            });
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("NEON_API_KEY"));
        env.remove(QStringLiteral("NEON_API_HOST"));
        if (!key.isEmpty())
            env.insert(QStringLiteral("NEON_API_KEY"), key);
        env.insert(QStringLiteral("HOME"), home.path()); // no Neon CLI login from the machine
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QString()); // no keychain
        env.remove(QStringLiteral("DISPLAY")); // needs none
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("minimal"));
        p.setProcessEnvironment(env);
        if (withHost)
            args << QStringLiteral("--api-host") << server->baseUrl().toString();
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(QStringLiteral(CANOPY_BINARY), args);
        if (!standardInput.isNull()) {
            p.write(standardInput);
            p.closeWriteChannel();
        }
        if (!finished.wait(120000))
            qFatal("canopy did not finish: %s", qPrintable(args.join(QLatin1Char(' '))));
        return {p.exitCode(), p.readAllStandardOutput(), err + QString::fromUtf8(p.readAllStandardError())};
    }

    bool exists(const QString& project, const QString& branch) const { return liveBranch(project, branch); }

    int liveBranches() const
    {
        int n = 0;
        for (const Sandbox::BranchRecord& b : server->state().branches)
            n += b.isDeleted() ? 0 : 1;
        return n;
    }

    QTemporaryDir home;
    QString orgId;
    QByteArray standardInput; ///< written to canopy's standard input when set
};

} // namespace TestUtils
