// SPDX-License-Identifier: MIT
// The branch actions that reach into the branch's databases rather than change the branch:
// schema comparison, masking and anonymization, the connection string and psql.
#include "branchactions.h"
#include "secretclipboard.h"

#include "mainwindow.h"
#include "maskingrulesdialog.h"
#include "piiworkflowwizard.h"
#include "schemadiffdialog.h"

#include <models/anonymizationrun.h>
#include <models/branchfacts.h>
#include <models/connectionuri.h>
#include <models/formatting.h>
#include <models/projecttreemodel.h>
#include <neon/credentials.h>

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QProcess>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;
using Models::Formatting::printable;

namespace Ui {

using Models::AnonymizationRun;

void BranchActions::compare()
{
    const Neon::Branch* b = m_window->currentBranch();
    const QString projectId = m_window->currentProjectId();
    if (!b)
        return;
    auto* dialog = new SchemaDiffDialog(m_client, projectId, m_window->model()->branchesOf(projectId), b->id, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show(); // not modal: people compare while they look at the tree
    Q_EMIT dialogOpened(dialog);
}

void BranchActions::masking()
{
    const Neon::Branch* b = m_window->currentBranch();
    const QString projectId = m_window->currentProjectId();
    if (!b)
        return;
    auto* dialog = new MaskingRulesDialog(m_client, projectId, *b, m_window);
    QStringList names;
    for (const Neon::Branch& other : m_window->model()->branchesOf(projectId))
        names.append(other.name);
    dialog->setTakenNames(names);
    connect(dialog, &MaskingRulesDialog::anonymizedBranchFinished, this,
            [this, projectId](bool, const QString& branchId) {
                m_window->reloadBranches(projectId);
                if (!branchId.isEmpty())
                    m_window->selectBranchWhenLoaded(projectId, branchId);
            });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show(); // not modal: people look at the tree while they write rules
    Q_EMIT dialogOpened(dialog);
}

void BranchActions::rerunAnonymization()
{
    const Neon::Branch* b = m_window->currentBranch();
    const QString projectId = m_window->currentProjectId();
    if (!b || !Models::isAnonymized(*b))
        return;
    auto* run = new AnonymizationRun(m_client, projectId, this);
    connect(run, &AnonymizationRun::progress, this,
            [this](const QString& message) { m_window->statusBar()->showMessage(printable(message)); });
    connect(run, &AnonymizationRun::finished, this, [this, run, projectId, name = printable(b->name)](bool ok, const QString& message) {
        run->deleteLater();
        m_window->reloadBranches(projectId);
        if (!ok)
            m_window->reportError(Neon::Error::invalidArgument(message), tr("Anonymizing %1 failed.").arg(name));
        else
            m_window->statusBar()->showMessage(tr("%1 is anonymized: %2").arg(name, printable(message)), 12000);
        Q_EMIT finished(tr("Anonymizing %1").arg(name), ok);
    });
    run->rerun(b->id);
}

void BranchActions::anonymizedBase()
{
    const Neon::Branch* b = m_window->currentBranch();
    const QString projectId = m_window->currentProjectId();
    if (!b)
        return;
    auto* wizard = new PiiWorkflowWizard(m_client, projectId, m_window->model()->branchesOf(projectId), b->id, m_window);
    connect(wizard, &PiiWorkflowWizard::workflowFinished, this, [this, projectId](bool ok, const QString& message) {
        m_window->reloadBranches(projectId);
        m_window->statusBar()->showMessage(printable(message), 12000);
        Q_EMIT finished(tr("Building the anonymized base"), ok);
    });
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    wizard->open();
    Q_EMIT dialogOpened(wizard);
}

void BranchActions::fetchConnectionUri(std::function<void(const QString&, const Neon::Error&)> done)
{
    const Neon::Branch* b = m_window->currentBranch();
    const QString projectId = m_window->currentProjectId();
    if (!b)
        return;
    // The first database and role of the branch, as the details panel preselects them.
    auto uri = Models::connectionUriFor(*m_client, projectId, b->id);
    Neon::Result<Neon::ConnectionUri>* r = uri.get();
    connect(r, &Neon::Reply::finished, this, [this, r, done] {
        done(r->ok() ? r->value().uri : QString(), r->error());
        forget(r);
    });
    m_running.push_back(std::move(uri));
}

void BranchActions::copyUri()
{
    fetchConnectionUri([this](const QString& uri, const Neon::Error& error) {
        if (uri.isEmpty())
            return m_window->reportError(error, tr("The connection string could not be read."));
        copySecret(uri);
        SecretClipboard* clipboard = m_window->secretClipboard();
        m_window->statusBar()->showMessage(tr("Connection string (password included): %1").arg(clipboard->copiedText()),
                                           clipboard->clearAfterMs());
        Q_EMIT finished(tr("Copying the connection string"), true);
    });
}

void BranchActions::copySecret(const QString& secret)
{
    m_window->secretClipboard()->copy(secret);
}

void BranchActions::setSecretClipboardTime(int ms)
{
    m_window->secretClipboard()->setClearAfter(ms);
}

std::pair<QString, QStringList> BranchActions::psqlCommand(const QString& uri)
{
    const QString psql = QStandardPaths::findExecutable(u"psql"_s);
    if (psql.isEmpty())
        return {};
    // Debian's alternatives link first, then common terminals with their "run this" flag.
    const std::pair<QString, QStringList> terminals[] = {
        {u"x-terminal-emulator"_s, {u"-e"_s}}, {u"gnome-terminal"_s, {u"--"_s}}, {u"konsole"_s, {u"-e"_s}},
        {u"xfce4-terminal"_s, {u"-x"_s}},      {u"xterm"_s, {u"-e"_s}},
    };
    for (const auto& [name, flags] : terminals) {
        const QString program = QStandardPaths::findExecutable(name);
        if (!program.isEmpty())
            return {program, flags + QStringList{psql, uri}};
    }
    return {};
}

void BranchActions::openPsql()
{
    fetchConnectionUri([this](const QString& uri, const Neon::Error& error) {
        if (uri.isEmpty())
            return m_window->reportError(error, tr("The connection string could not be read."));
        QUrl url(uri);
        const QString password = url.password();
        url.setPassword({});
        const auto [program, arguments] = psqlCommand(url.toString());
        if (program.isEmpty()) {
            m_window->statusBar()->showMessage(tr("psql or a terminal program was not found; use Copy Connection String "
                                                  "instead (Debian: apt install postgresql-client xterm)."),
                                               12000);
            return;
        }
        QProcess process;
        // The terminal and psql get no secret of Canopy's (the API key), only this branch's
        // password, and that not on the command line, where ps would show it.
        QProcessEnvironment env = Neon::environmentWithoutSecrets(QProcessEnvironment::systemEnvironment());
        env.insert(u"PGPASSWORD"_s, password);
        process.setProcessEnvironment(env);
        process.setProgram(program);
        process.setArguments(arguments);
        if (!process.startDetached())
            m_window->statusBar()->showMessage(tr("Could not start %1.").arg(program), 8000);
    });
}

} // namespace Ui
