// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>

#include <optional>

namespace Neon {

/// An API key and where it came from. The key itself is never logged or shown.
struct Credential
{
    enum class Source
    {
        None,
        CommandLine,
        Environment,
        Keychain,
        NeonCliFile
    };
    QString apiKey;
    Source source = Source::None;
    QString origin; ///< for people: "from NEON_API_KEY", …
    QStringList notes; ///< why earlier sources were skipped (keychain unavailable, expired token, …)

    bool isValid() const { return !apiKey.isEmpty(); }
};

/// The environment for a program Canopy starts (psql in a terminal, PostgreSQL's server and
/// tools): `environment` without the secrets it may hold: NEON_API_KEY, PGPASSWORD,
/// CANOPY_SANDBOX_POSTGRES (a URI with a password) and every variable whose name says API_KEY,
/// TOKEN, SECRET, PASSWORD or PASSWD. The caller adds back what that one program needs.
QProcessEnvironment environmentWithoutSecrets(QProcessEnvironment environment);

/// Finds the key in order: --api-key, NEON_API_KEY, the system keychain (QtKeychain, Secret
/// Service), then the Neon CLI's credentials.json. Asynchronous because the keychain is.
class CredentialResolver : public QObject
{
    Q_OBJECT
public:
    struct Inputs
    {
        QString commandLineKey;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        bool useKeychain = true;
    };

    explicit CredentialResolver(Inputs inputs, QObject* parent = nullptr);
    void resolve();

    /// The Neon CLI's config directory: NEON_CONFIG_DIR, NEONCTL_CONFIG_DIR, $XDG_CONFIG_HOME/neon, ~/.config/neon.
    static QString neonCliConfigDir(const QProcessEnvironment& env);
    /// Reads the CLI's DEFAULT profile (credentials.json; the legacy neonctl folder as a fallback).
    /// An OAuth access token is used only while its `expires_at` (milliseconds) lies ahead.
    static std::optional<Credential> fromNeonCliFile(const QProcessEnvironment& env, QStringList* notes);
    /// True when a Secret Service can be asked at all (a D-Bus session bus is configured).
    static bool keychainReachable(const QProcessEnvironment& env);

    static const QString keychainService;
    static const QString keychainKey;

Q_SIGNALS:
    void resolved(const Neon::Credential& credential);

private:
    void afterKeychain(const QString& key, const QString& problem);

    Inputs m_inputs;
    QStringList m_notes;
};

/// Stores or removes the key in the system keychain; never falls back to a plain file.
class KeychainWriter : public QObject
{
    Q_OBJECT
public:
    explicit KeychainWriter(QObject* parent = nullptr);
    void store(const QString& apiKey);
    void remove();

Q_SIGNALS:
    void done(bool ok, const QString& problem);
};

} // namespace Neon
Q_DECLARE_METATYPE(Neon::Credential)
