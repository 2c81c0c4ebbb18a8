// SPDX-License-Identifier: MIT
#pragma once

#include <neon/client.h>
#include <neon/credentials.h>

#include <QObject>

#include <memory>

class QLabel;
class QTemporaryDir;

namespace Sandbox {
class Embedded;
}
namespace Ui {
class MainWindow;
class WelcomePage;
} // namespace Ui

/// What one run of Canopy is connected to: a key found at start, a key entered on the welcome
/// page, or the offline demo sandbox. Owns the client, the window and (in demo mode) the sandbox.
class Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(Neon::ClientConfig config, QObject* parent = nullptr);
    ~Session() override;

    /// Resolves a key (--api-key, NEON_API_KEY, keychain, Neon CLI); without one, the welcome page.
    void start(const QString& commandLineKey);
    /// The offline demo: the embedded sandbox with the demo seed and a private PostgreSQL.
    void startDemo();

private:
    void openWindow(const Neon::Credential& credential, bool demo);

    Neon::ClientConfig m_config;
    std::unique_ptr<Neon::Client> m_client;
    std::unique_ptr<Ui::MainWindow> m_window;
    std::unique_ptr<Ui::WelcomePage> m_welcome;
    std::unique_ptr<QTemporaryDir> m_sandboxFolder;
    std::unique_ptr<Sandbox::Embedded> m_sandbox;
    std::unique_ptr<QLabel> m_starting;
};
