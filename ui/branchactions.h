// SPDX-License-Identifier: MIT
#pragma once

#include <neon/client.h>

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <vector>

class QAction;
class QDialog;

namespace Ui {

class MainWindow;

/// Every action on a branch: the menu, toolbar, context-menu and keyboard entries, the dialog
/// each opens (its consequence shown before anything is sent), and the mutation that follows,
/// tracked in the status bar; the tree is reloaded (merged) when the operations finish, and
/// failures go to the window's banner. Dialogs are window-modal and never block the event loop.
class BranchActions : public QObject
{
    Q_OBJECT
public:
    BranchActions(MainWindow* window, Neon::Client* client);
    ~BranchActions() override;

    QAction* createAction() const { return m_create; }
    QAction* resetAction() const { return m_reset; }
    QAction* restoreAction() const { return m_restore; }
    QAction* previewAction() const { return m_preview; }
    /// Opens the point-in-time preview of the selected branch at `moment` (branchactions_preview.cpp).
    void previewAt(const QDateTime& moment);
    QAction* renameAction() const { return m_rename; }
    QAction* setDefaultAction() const { return m_setDefault; }
    QAction* protectAction() const { return m_protect; }
    QAction* expirationAction() const { return m_expiration; }
    QAction* deleteAction() const { return m_delete; }
    QAction* recoverAction() const { return m_recover; }
    QAction* compareAction() const { return m_compare; }
    QAction* copyUriAction() const { return m_copyUri; }
    /// How long a copied connection string stays on the clipboard (45 s; tests shorten it).
    void setSecretClipboardTime(int ms);
    QAction* psqlAction() const { return m_psql; }
    QAction* maskingAction() const { return m_masking; }
    QAction* anonymizedBaseAction() const { return m_anonBase; }
    QAction* rerunAction() const { return m_rerun; }

    /// The terminal and arguments that open psql on `uriWithoutPassword` (the password goes in
    /// PGPASSWORD, never on a command line); empty program when no terminal or psql is found.
    static std::pair<QString, QStringList> psqlCommand(const QString& uriWithoutPassword);

Q_SIGNALS:
    /// The time of a copied secret ran out; `cleared`: it was still on the clipboard and is gone.
    void secretClipboardExpired(bool cleared);
    void dialogOpened(QDialog* dialog);
    /// An action's requests ended; `ok` false when anything failed (the banner says what).
    void finished(const QString& description, bool ok);

private:
    QAction* add(const QString& icon, const QString& text, const QKeySequence& shortcut, const QString& tip,
                 void (BranchActions::*slot)(), bool toolbar = false);
    template<typename T>
    void run(Neon::Pending<T> call, const QString& description, const QString& projectId, const QString& selectId);
    void show(QDialog* dialog, std::function<void()> accepted);
    /// The connection URI (password included) of the selected branch's first database and role,
    /// as the details panel preselects them; an empty `uri` and the reason when there is none.
    void fetchConnectionUri(std::function<void(const QString& uri, const Neon::Error& error)> done);
    void deleteNext(std::shared_ptr<struct DeletePlan> plan);
    /// Lets go of a request of m_running once it finished.
    void forget(const Neon::Reply* reply);

    void create();
    void reset();
    void restore();
    void preview();
    void discardPreview(const QString& projectId, const QString& branchId);
    void previewClosed(class PointPreviewDialog* dialog, const QString& projectId, const QString& branchId,
                       const QString& branchName);
    void rename();
    void setDefault();
    void protect();
    void expiration();
    void remove();
    void recover();
    void compare();
    void copyUri();
    void copySecret(const QString& secret);
    void openPsql();
    void masking();
    void anonymizedBase();
    void rerunAnonymization();
    void selectionChanged();
    void allow(QAction* action, const Neon::Branch* branch, const QString& problem);

    MainWindow* m_window;
    Neon::Client* m_client;
    QAction* m_create;
    QAction* m_reset;
    QAction* m_restore;
    QAction* m_preview;
    QAction* m_rename;
    QAction* m_setDefault;
    QAction* m_protect;
    QAction* m_expiration;
    QAction* m_delete;
    QAction* m_recover;
    QAction* m_compare;
    QAction* m_copyUri;
    QAction* m_psql;
    QHash<QAction*, std::pair<QString, QString>> m_tips; ///< each action's own tooltip and status tip
    QAction* m_masking;
    QAction* m_anonBase;
    QAction* m_rerun;
    std::vector<Neon::PendingReply> m_running;
};

} // namespace Ui
