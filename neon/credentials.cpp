// SPDX-License-Identifier: MIT
#include "credentials.h"

#include "jsonreader.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace Neon {

const QString CredentialResolver::keychainService = u"Canopy"_s;
const QString CredentialResolver::keychainKey = u"neon-api-key"_s;

CredentialResolver::CredentialResolver(Inputs inputs, QObject* parent)
    : QObject(parent), m_inputs(std::move(inputs)) { }

QString CredentialResolver::neonCliConfigDir(const QProcessEnvironment& env)
{
    for (const char* name : { "NEON_CONFIG_DIR", "NEONCTL_CONFIG_DIR" }) {
        const QString value = env.value(QString::fromLatin1(name));
        if (!value.isEmpty())
            return value;
    }
    const QString xdg = env.value(u"XDG_CONFIG_HOME"_s);
    if (!xdg.isEmpty())
        return xdg + "/neon"_L1;
    const QString home = env.value(u"HOME"_s, QDir::homePath());
    return home + "/.config/neon"_L1;
}

std::optional<Credential> CredentialResolver::fromNeonCliFile(const QProcessEnvironment& env, QStringList* notes)
{
    const QString dir = neonCliConfigDir(env);
    QStringList candidates { dir + "/credentials.json"_L1 };
    const bool explicitDir = env.contains(u"NEON_CONFIG_DIR"_s) || env.contains(u"NEONCTL_CONFIG_DIR"_s);
    if (!explicitDir)
        candidates.append(QFileInfo(dir).path() + "/neonctl/credentials.json"_L1);
    for (const QString& path : std::as_const(candidates)) {
        QFile file(path);
        if (!file.exists())
            continue;
        if (!file.open(QIODevice::ReadOnly)) {
            notes->append(QStringLiteral("%1 could not be read: %2").arg(path, file.errorString()));
            continue;
        }
        const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
        const QString type = o.value("type"_L1).toString();
        const QString apiKey = o.value("api_key"_L1).toString();
        const QString token = o.value("access_token"_L1).toString();
        Credential c;
        c.source = Credential::Source::NeonCliFile;
        if (type == "api_key"_L1 || (token.isEmpty() && !apiKey.isEmpty())) {
            c.apiKey = apiKey;
            c.origin = QStringLiteral("from the Neon CLI's API-key profile (%1)").arg(path);
        } else if (!token.isEmpty()) {
            const qint64 expiresMs = qint64(o.value("expires_at"_L1).toDouble());
            if (expiresMs <= QDateTime::currentMSecsSinceEpoch()) {
                notes->append(
                    QStringLiteral("the Neon CLI's login in %1 has expired: run `neon auth` or use an API key")
                        .arg(path));
                continue;
            }
            c.apiKey = token;
            c.origin = QStringLiteral("from the Neon CLI's login (%1)").arg(path);
        }
        if (c.isValid())
            return c;
        notes->append(QStringLiteral("%1 holds no API key or token").arg(path));
    }
    return std::nullopt;
}

bool CredentialResolver::keychainReachable(const QProcessEnvironment& env)
{
    return !env.value(u"DBUS_SESSION_BUS_ADDRESS"_s).isEmpty();
}

void CredentialResolver::resolve()
{
    Credential c;
    if (!m_inputs.commandLineKey.isEmpty()) {
        c.apiKey = m_inputs.commandLineKey;
        c.source = Credential::Source::CommandLine;
        c.origin = u"from --api-key"_s;
        return Q_EMIT resolved(c);
    }
    const QString envKey = m_inputs.environment.value(u"NEON_API_KEY"_s);
    if (!envKey.isEmpty()) {
        c.apiKey = envKey;
        c.source = Credential::Source::Environment;
        c.origin = u"from NEON_API_KEY"_s;
        return Q_EMIT resolved(c);
    }
    if (!m_inputs.useKeychain)
        return afterKeychain({}, {});
    if (!keychainReachable(m_inputs.environment))
        return afterKeychain({}, u"the system keychain is unavailable (no D-Bus session bus)"_s);

    auto* job = new QKeychain::ReadPasswordJob(keychainService, this);
    job->setKey(keychainKey);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() == QKeychain::NoError)
            return afterKeychain(job->textData(), {});
        if (job->error() == QKeychain::EntryNotFound)
            return afterKeychain({}, {});
        afterKeychain({}, QStringLiteral("the system keychain could not be read (%1)").arg(job->errorString()));
    });
    job->start();
}

void CredentialResolver::afterKeychain(const QString& key, const QString& problem)
{
    if (!problem.isEmpty())
        m_notes.append(problem);
    Credential c;
    if (!key.isEmpty()) {
        c.apiKey = key;
        c.source = Credential::Source::Keychain;
        c.origin = u"from the system keychain"_s;
    } else if (std::optional<Credential> cli = fromNeonCliFile(m_inputs.environment, &m_notes)) {
        c = *cli;
    }
    c.notes = m_notes;
    Q_EMIT resolved(c);
}

KeychainWriter::KeychainWriter(QObject* parent) : QObject(parent) { }

void KeychainWriter::store(const QString& apiKey)
{
    auto* job = new QKeychain::WritePasswordJob(CredentialResolver::keychainService, this);
    job->setKey(CredentialResolver::keychainKey);
    job->setInsecureFallback(false);
    job->setTextData(apiKey);
    connect(job, &QKeychain::Job::finished, this,
        [this, job] { Q_EMIT done(job->error() == QKeychain::NoError, job->errorString()); });
    job->start();
}

void KeychainWriter::remove()
{
    auto* job = new QKeychain::DeletePasswordJob(CredentialResolver::keychainService, this);
    job->setKey(CredentialResolver::keychainKey);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this,
        [this, job] { Q_EMIT done(job->error() == QKeychain::NoError, job->errorString()); });
    job->start();
}

QProcessEnvironment environmentWithoutSecrets(QProcessEnvironment environment)
{
    static const QStringList named{u"NEON_API_KEY"_s, u"PGPASSWORD"_s, u"CANOPY_SANDBOX_POSTGRES"_s};
    static const QStringList parts{u"API_KEY"_s, u"TOKEN"_s, u"SECRET"_s, u"PASSWORD"_s, u"PASSWD"_s};
    const QStringList keys = environment.keys();
    for (const QString& key : keys) {
        const QString upper = key.toUpper();
        if (named.contains(upper)
            || std::any_of(parts.cbegin(), parts.cend(), [&](const QString& part) { return upper.contains(part); }))
            environment.remove(key);
    }
    return environment;
}

} // namespace Neon
