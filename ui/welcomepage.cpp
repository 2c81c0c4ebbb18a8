// SPDX-License-Identifier: MIT
#include "welcomepage.h"

#include "theme.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Ui {

WelcomePage::WelcomePage(Neon::ClientConfig config, QWidget* parent)
    : QWidget(parent)
    , m_config(std::move(config))
    , m_key(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Remember it in the system keychain"), this))
    , m_continue(new QPushButton(icon(u"key"_s), tr("Continue"), this))
    , m_demo(new QPushButton(icon(u"demo"_s), tr("Try the demo"), this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Welcome to Canopy"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(48, 36, 48, 36);
    outer->setSpacing(16);
    auto* logo = new QLabel(this);
    logo->setPixmap(icon(u"canopy"_s).pixmap(64, 64));
    logo->setAccessibleName(tr("Canopy logo"));
    auto* heading = new QLabel(tr("<h2>Welcome to Canopy</h2>"
                                  "<p>See your Neon projects' branches as a tree, and create, reset, compare and clean "
                                  "them up.</p>"),
                               this);
    heading->setWordWrap(true);
    auto* top = new QHBoxLayout;
    top->addWidget(logo, 0, Qt::AlignTop);
    top->addWidget(heading, 1);
    outer->addLayout(top);

    auto* demoBox = new QGroupBox(tr("No account at hand?"), this);
    auto* demoLayout = new QVBoxLayout(demoBox);
    auto* demoText = new QLabel(tr("The demo runs a local sandbox that speaks the Neon API, with real PostgreSQL "
                                   "databases when the server is installed. Nothing leaves this computer."),
                                demoBox);
    demoText->setWordWrap(true);
    demoLayout->addWidget(demoText);
    m_demo->setAccessibleDescription(demoText->text());
    demoLayout->addWidget(m_demo, 0, Qt::AlignLeft);
    outer->addWidget(demoBox);

    auto* keyBox = new QGroupBox(tr("Use my Neon API key"), this);
    auto* keyLayout = new QVBoxLayout(keyBox);
    auto* keyText = new QLabel(tr("Create a key in the Neon Console under Account settings → API keys. Canopy checks it "
                                  "with Neon before keeping it."),
                               keyBox);
    keyText->setWordWrap(true);
    keyLayout->addWidget(keyText);
    auto* form = new QFormLayout;
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("napi_…"));
    m_key->setAccessibleName(tr("Neon API key"));
    m_key->setAccessibleDescription(keyText->text());
    form->addRow(tr("API &key:"), m_key);
    keyLayout->addLayout(form);
    const bool keychain = Neon::CredentialResolver::keychainReachable(QProcessEnvironment::systemEnvironment());
    m_remember->setChecked(keychain);
    m_remember->setEnabled(keychain);
    if (!keychain)
        m_remember->setToolTip(tr("No Secret Service is reachable (no D-Bus session): the key is used for this session "
                                  "only. Set NEON_API_KEY to skip this page next time."));
    keyLayout->addWidget(m_remember);
    if (!keychain) {
        auto* note = new QLabel(m_remember->toolTip(), keyBox);
        note->setWordWrap(true);
        QFont small = note->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        note->setFont(small);
        keyLayout->addWidget(note);
    }
    auto* row = new QHBoxLayout;
    row->addWidget(m_continue);
    row->addWidget(m_message, 1);
    keyLayout->addLayout(row);
    outer->addWidget(keyBox);
    outer->addStretch(1);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Key check result"));
    m_continue->setDefault(true);
    m_continue->setEnabled(false);

    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_key, &QLineEdit::textChanged, this, [this](const QString& text) { m_continue->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_key, &QLineEdit::returnPressed, this, &WelcomePage::check);
    connect(m_continue, &QPushButton::clicked, this, &WelcomePage::check);
    resize(640, 560);
}

WelcomePage::~WelcomePage() = default;

void WelcomePage::submitKey(const QString& key)
{
    m_key->setText(key);
    check();
}

QString WelcomePage::problem() const
{
    return m_message->text();
}

void WelcomePage::setBusy(bool busy, const QString& message)
{
    m_key->setEnabled(!busy);
    m_continue->setEnabled(!busy && !m_key->text().trimmed().isEmpty());
    m_demo->setEnabled(!busy);
    m_message->setText(message);
}

void WelcomePage::check()
{
    const QString key = m_key->text().trimmed();
    if (key.isEmpty())
        return;
    Neon::ClientConfig config = m_config;
    config.apiKey = key;
    m_checker = std::make_unique<Neon::Client>(config);
    setBusy(true, tr("Checking the key with %1…").arg(config.baseUrl.host()));
    m_userReply = m_checker->currentUser();
    connect(m_userReply.get(), &Neon::Reply::finished, this, [this, r = m_userReply.get()] {
        if (!r->ok()) {
            const Neon::Error e = r->error();
            setBusy(false, e.httpStatus == 401 || e.httpStatus == 403
                               ? tr("Neon did not accept this key (%1). Check that it was copied whole and not revoked.")
                                     .arg(e.httpStatus)
                               : tr("Could not check the key: %1").arg(e.toUserText()));
            return;
        }
        accepted(r->value());
    });
}

void WelcomePage::accepted(const Neon::CurrentUser& user)
{
    Neon::Credential credential;
    credential.apiKey = m_key->text().trimmed();
    credential.source = Neon::Credential::Source::Keychain;
    credential.origin = tr("entered for %1").arg(user.email.isEmpty() ? user.login : user.email);
    if (!m_remember->isChecked() || !m_remember->isEnabled()) {
        credential.notes.append(tr("not stored: used for this session only"));
        Q_EMIT keyAccepted(credential);
        return;
    }
    setBusy(true, tr("Storing the key in the system keychain…"));
    m_writer = new Neon::KeychainWriter(this);
    connect(m_writer, &Neon::KeychainWriter::done, this, [this, credential](bool ok, const QString& problem) mutable {
        setBusy(false);
        if (!ok)
            credential.notes.append(tr("not stored in the keychain (%1): used for this session only").arg(problem));
        Q_EMIT keyAccepted(credential);
    });
    m_writer->store(credential.apiKey);
}

} // namespace Ui
