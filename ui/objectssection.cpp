// SPDX-License-Identifier: MIT
#include "objectssection.h"

#include "confirmation.h"
#include "secretclipboard.h"

#include <models/formatting.h>

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Ui {

ObjectsSection::ObjectsSection(Neon::Client* client, SecretClipboard* clipboard, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_clipboard(clipboard)
    , m_rows(new QVBoxLayout)
    , m_status(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rows);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAccessibleName(tr("Databases and roles status"));
    layout->addWidget(m_status);
    setAccessibleName(tr("Databases and roles"));
}

QString ObjectsSection::status() const
{
    return m_status->text();
}

QPushButton* ObjectsSection::button(const QString& name) const
{
    return findChild<QPushButton*>(name);
}

void ObjectsSection::clear()
{
    m_branch = {};
    m_databases.clear();
    m_roles.clear();
    m_busy = false;
    m_status->clear();
    rebuild();
}

void ObjectsSection::showBranch(const QString& projectId, const Neon::Branch& branch)
{
    clear();
    m_projectId = projectId;
    m_branch = branch;
    load();
}

void ObjectsSection::load()
{
    m_databasesReply = m_client->branchDatabases(m_projectId, m_branch.id);
    m_rolesReply = m_client->branchRoles(m_projectId, m_branch.id);
    auto both = [this] {
        if (!m_databasesReply->isFinished() || !m_rolesReply->isFinished())
            return;
        for (const Neon::Reply* r : {static_cast<const Neon::Reply*>(m_databasesReply.get()), static_cast<const Neon::Reply*>(m_rolesReply.get())}) {
            if (!r->ok())
                m_status->setText(r->error().toUserText());
        }
        m_databases = m_databasesReply->ok() ? m_databasesReply->value() : QList<Neon::Database>();
        m_roles = m_rolesReply->ok() ? m_rolesReply->value() : QList<Neon::Role>();
        rebuild();
    };
    connect(m_databasesReply.get(), &Neon::Reply::finished, this, both);
    connect(m_rolesReply.get(), &Neon::Reply::finished, this, both);
}

QPushButton* ObjectsSection::makeButton(const QString& text, const QString& name, bool enabled, const QString& why,
                                        std::function<void()> onClick)
{
    auto* b = new QPushButton(text, this);
    b->setObjectName(name);
    b->setAutoDefault(false);
    b->setEnabled(enabled && !m_busy);
    b->setToolTip(why);
    connect(b, &QPushButton::clicked, this, std::move(onClick));
    return b;
}

void ObjectsSection::rebuild()
{
    while (QLayoutItem* item = m_rows->takeAt(0)) {
        if (QLayout* row = item->layout()) {
            while (QLayoutItem* inner = row->takeAt(0)) {
                delete inner->widget();
                delete inner;
            }
        }
        delete item->widget();
        delete item;
    }
    if (m_branch.id.isEmpty())
        return;
    for (const Neon::Database& d : std::as_const(m_databases)) {
        auto* label = new QLabel(Models::Formatting::printable(tr("Database %1, owned by %2").arg(d.name, d.ownerName)), this);
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        auto* row = new QHBoxLayout;
        row->addWidget(label, 1);
        row->addWidget(makeButton(tr("Delete…"), u"database-delete-"_s + d.name, true, {}, [this, name = d.name] {
            askBeforeDestroying(this, tr("Delete Database"),
                                tr("Delete the database %1 of %2? Its tables and rows are gone for good (a branch made "
                                   "before keeps its copy), and connection strings naming it stop working.")
                                    .arg(name, m_branch.name),
                                tr("Delete Database"), [this, name] {
                                    runDatabase(tr("Deleting the database %1…").arg(name), tr("The database %1 was deleted.").arg(name),
                                                m_client->deleteDatabase(m_projectId, m_branch.id, name));
                                });
        }));
        m_rows->addLayout(row);
    }
    for (const Neon::Role& role : std::as_const(m_roles))
        addRoleRow(role);
    auto* adds = new QHBoxLayout;
    adds->addWidget(makeButton(tr("Add Database…"), u"database-add"_s, !m_roles.isEmpty(), {}, [this] { addDatabase(); }));
    adds->addWidget(makeButton(tr("Add Role…"), u"role-add"_s, true, {}, [this] { addRole(); }));
    adds->addStretch(1);
    m_rows->addLayout(adds);
}

void ObjectsSection::addRoleRow(const Neon::Role& role)
{
    QStringList owned;
    for (const Neon::Database& d : std::as_const(m_databases)) {
        if (d.ownerName == role.name)
            owned.append(d.name);
    }
    const bool login = role.authenticationMethod != QLatin1String("no_login");
    auto* label = new QLabel(Models::Formatting::printable(
                                 owned.isEmpty() ? tr("Role %1").arg(role.name) : tr("Role %1, owns %2").arg(role.name, owned.join(u", "_s))),
                             this);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    m_rows->addWidget(label); // the buttons below: a narrow panel never cuts them off
    auto* row = new QHBoxLayout;
    const QString name = role.name;
    row->addWidget(makeButton(tr("Copy Password"), u"role-reveal-"_s + name, login, {}, [this, name] {
        m_reveal = m_client->revealRolePassword(m_projectId, m_branch.id, name);
        connect(m_reveal.get(), &Neon::Reply::finished, this, [this, name, r = m_reveal.get()] {
            if (!r->ok())
                return m_status->setText(r->error().toUserText());
            m_clipboard->copy(r->value());
            m_status->setText(tr("The password of %1 is on the clipboard until it is cleared.").arg(name));
        });
    }));
    row->addWidget(makeButton(tr("Reset Password…"), u"role-reset-"_s + name, login, {}, [this, name] {
        askBeforeDestroying(this, tr("Reset Password"),
                            tr("Reset the password of %1 on %2? Every application using this role must get the new "
                               "password: connection strings with the old one stop working at once.")
                                .arg(name, m_branch.name),
                            tr("Reset Password"), [this, name] {
                                runRole(tr("Resetting the password of %1…").arg(name), [this, name](const Neon::RoleOperations& v) {
                                    m_clipboard->copy(v.role.password);
                                    return tr("%1 has a new password; it is on the clipboard until it is cleared.").arg(name);
                                }, m_client->resetRolePassword(m_projectId, m_branch.id, name));
                            });
    }));
    const QString why = owned.isEmpty() ? QString()
                                        : tr("%1 owns %2: delete those databases or give them another owner first.").arg(name, owned.join(u", "_s));
    row->addWidget(makeButton(tr("Delete…"), u"role-delete-"_s + name, owned.isEmpty() && !role.isProtected.value_or(false), why, [this, name] {
        askBeforeDestroying(this, tr("Delete Role"),
                            tr("Delete the role %1 of %2? Applications logging in as %1 are refused from then on; what "
                               "it owns inside the databases goes to their owners.")
                                .arg(name, m_branch.name),
                            tr("Delete Role"), [this, name] {
                                runRole(tr("Deleting the role %1…").arg(name), [name](const Neon::RoleOperations&) {
                                    return tr("The role %1 was deleted.").arg(name);
                                }, m_client->deleteRole(m_projectId, m_branch.id, name));
                            });
    }));
    row->addStretch(1);
    m_rows->addLayout(row);
}

void ObjectsSection::addDatabase()
{
    auto* dialog = new QDialog(this);
    dialog->setWindowTitle(tr("Add Database"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* form = new QFormLayout(dialog);
    auto* name = new QLineEdit(dialog);
    name->setObjectName(u"database-name"_s);
    name->setMaxLength(63);
    auto* owner = new QComboBox(dialog);
    owner->setObjectName(u"database-owner"_s);
    for (const Neon::Role& r : std::as_const(m_roles))
        owner->addItem(r.name);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Owner:"), owner);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add Database"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    form->addRow(buttons);
    connect(name, &QLineEdit::textChanged, dialog, [buttons](const QString& t) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(Neon::objectNameProblem(u"database"_s, t.trimmed()).isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this, [this, name, owner] {
        const QString n = name->text().trimmed();
        runDatabase(tr("Adding the database %1…").arg(n), tr("The database %1 was added.").arg(n),
                    m_client->createDatabase(m_projectId, m_branch.id, n, owner->currentText()));
    });
    dialog->open();
}

void ObjectsSection::addRole()
{
    auto* dialog = new QInputDialog(this);
    dialog->setWindowTitle(tr("Add Role"));
    dialog->setLabelText(tr("Name of the new role on %1 (its password is generated and shown once):").arg(m_branch.name));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString& text) {
        const QString n = text.trimmed();
        runRole(tr("Adding the role %1…").arg(n), [this, n](const Neon::RoleOperations& v) {
            m_clipboard->copy(v.role.password);
            return tr("The role %1 was added; its password is on the clipboard until it is cleared.").arg(n);
        }, m_client->createRole(m_projectId, m_branch.id, n));
    });
    dialog->open();
}

void ObjectsSection::runDatabase(const QString& doing, const QString& done, Neon::Pending<Neon::DatabaseOperations> pending)
{
    m_databaseAction = std::move(pending);
    m_busy = true;
    m_status->setText(doing);
    rebuild();
    connect(m_databaseAction.get(), &Neon::Reply::finished, this, [this, done, r = m_databaseAction.get()] { finished(r, done); });
}

void ObjectsSection::runRole(const QString& doing, std::function<QString(const Neon::RoleOperations&)> done,
                             Neon::Pending<Neon::RoleOperations> pending)
{
    m_roleAction = std::move(pending);
    m_busy = true;
    m_status->setText(doing);
    rebuild();
    connect(m_roleAction.get(), &Neon::Reply::finished, this, [this, done, r = m_roleAction.get()] {
        finished(r, r->ok() ? done(r->value()) : QString());
    });
}

void ObjectsSection::finished(const Neon::Reply* r, const QString& done)
{
    m_busy = false;
    m_status->setText(r->ok() ? done : r->error().toUserText());
    load();
    if (r->ok())
        Q_EMIT changed();
}

} // namespace Ui
