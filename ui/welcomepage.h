// SPDX-License-Identifier: MIT
#pragma once

#include <neon/client.h>
#include <neon/credentials.h>

#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Ui {

/// The first start without a key: try the offline demo, or paste a Neon API key. The key is
/// checked with `GET /users/me` before anything is kept; then it goes to the system keychain
/// (when one is reachable and the box is ticked), never to a file.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    WelcomePage(Neon::ClientConfig config, QWidget* parent = nullptr);
    ~WelcomePage() override;

    /// For tests and scripted starts: types `key` and presses Continue.
    void submitKey(const QString& key);
    QString problem() const;

Q_SIGNALS:
    void demoRequested();
    /// The key works (and is stored if asked); `credential.notes` says if it could not be stored.
    void keyAccepted(const Neon::Credential& credential);

private:
    void check();
    void accepted(const Neon::CurrentUser& user);
    void setBusy(bool busy, const QString& message = {});

    Neon::ClientConfig m_config;
    QLineEdit* m_key;
    QCheckBox* m_remember;
    QPushButton* m_continue;
    QPushButton* m_demo;
    QLabel* m_message;
    std::unique_ptr<Neon::Client> m_checker;
    Neon::Pending<Neon::CurrentUser> m_userReply;
    Neon::KeychainWriter* m_writer = nullptr;
};

} // namespace Ui
