// SPDX-License-Identifier: MIT
#include "propertydialogs.h"

#include <models/branchrules.h>
#include <models/formatting.h>

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
namespace Rules = Models::BranchRules;

namespace Ui {

QLabel* makeProblemLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setAccessibleName(QObject::tr("Problem"));
    QPalette warn = label->palette();
    warn.setColor(QPalette::WindowText, QColor(0xc9, 0x3c, 0x31));
    label->setPalette(warn);
    return label;
}

RenameDialog::RenameDialog(const Neon::Branch& branch, const QStringList& projectNames, QWidget* parent)
    : QDialog(parent)
    , m_taken(projectNames)
    , m_name(new QLineEdit(branch.name, this))
    , m_problem(makeProblemLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_taken.removeAll(branch.name);
    setWindowTitle(tr("Rename %1").arg(Models::Formatting::printable(branch.name)));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_name->setAccessibleName(tr("New branch name"));
    m_name->selectAll();
    form->addRow(tr("&New name:"), m_name);
    layout->addLayout(form);
    auto* note = new QLabel(tr("Connection strings stay the same; scripts that look branches up by name need the new "
                               "one."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Rename"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &RenameDialog::update);
    update();
    setMinimumWidth(440);
}

QString RenameDialog::name() const
{
    return m_name->text();
}

QString RenameDialog::problem() const
{
    return m_problem->text();
}

void RenameDialog::update()
{
    const QString problem = Rules::nameProblem(m_name->text(), m_taken);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

namespace {
enum Preset { Clear, OneHour, OneDay, SevenDays, ThirtyDays, Custom };
}

ExpirationDialog::ExpirationDialog(const Neon::Branch& branch, int children, QWidget* parent)
    : QDialog(parent)
    , m_branch(branch)
    , m_children(children)
    , m_preset(new QComboBox(this))
    , m_time(new QDateTimeEdit(this))
    , m_problem(makeProblemLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Expiration of %1").arg(Models::Formatting::printable(branch.name)));
    m_preset->addItem(tr("Never (clear)"), Clear);
    m_preset->addItem(tr("In 1 hour"), OneHour);
    m_preset->addItem(tr("In 1 day"), OneDay);
    m_preset->addItem(tr("In 7 days"), SevenDays);
    m_preset->addItem(tr("In 30 days"), ThirtyDays);
    m_preset->addItem(tr("At…"), Custom);
    m_preset->setAccessibleName(tr("Expiration"));
    m_preset->setCurrentIndex(branch.expiresAt.isValid() ? 5 : 2);
    m_time->setDateTime((branch.expiresAt.isValid() ? branch.expiresAt : QDateTime::currentDateTimeUtc().addDays(7)).toLocalTime());
    m_time->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_time->setAccessibleName(tr("Expiration time"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->addRow(tr("&Expires:"), m_preset);
    form->addRow(tr("&At:"), m_time);
    layout->addLayout(form);
    auto* note = new QLabel(tr("When it expires, Neon deletes the branch and its computes (recoverable for 7 days)."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &ExpirationDialog::update);
    connect(m_time, &QDateTimeEdit::dateTimeChanged, this, &ExpirationDialog::update);
    update();
    setMinimumWidth(440);
}

QDateTime ExpirationDialog::expiresAt() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (m_preset->currentData().toInt()) {
    case OneHour: return now.addSecs(3600);
    case OneDay: return now.addDays(1);
    case SevenDays: return now.addDays(7);
    case ThirtyDays: return now.addDays(30).addSecs(-60); // "at most 30 days" with a minute to send it
    case Custom: return m_time->dateTime().toUTC();
    default: return {};
    }
}

QString ExpirationDialog::problem() const
{
    return m_problem->text();
}

void ExpirationDialog::update()
{
    m_time->setEnabled(m_preset->currentData().toInt() == Custom);
    const QString problem = Rules::expirationProblem(m_branch, m_children, expiresAt(), QDateTime::currentDateTimeUtc());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

RecoverDialog::RecoverDialog(Neon::Client* client, const QString& projectId, QWidget* parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
    , m_status(new QLabel(tr("Loading the deleted branches…"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Recover a Deleted Branch"));
    auto* layout = new QVBoxLayout(this);
    m_list->setHeaderLabels({tr("Branch"), tr("Deleted"), tr("Recoverable for")});
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("Deleted branches"));
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Recover"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* item) { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(item != nullptr); });
    Neon::BranchQuery query;
    query.includeDeleted = true;
    m_reply = client->branches(projectId, query);
    connect(m_reply.get(), &Neon::Reply::finished, this, [this, r = m_reply.get()] {
        if (!r->ok())
            return m_status->setText(tr("The deleted branches could not be listed: %1").arg(r->error().toUserText()));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const Neon::Branch& b : r->value().branches) {
            if (!b.recovery)
                continue;
            const qint64 left = now.secsTo(b.recovery->recoverableUntil);
            auto* item = new QTreeWidgetItem(m_list, {Models::Formatting::printable(b.name), Models::Formatting::localShort(b.recovery->deletedAt),
                                                      left > 86400 ? tr("%n day(s)", nullptr, int(left / 86400))
                                                                   : tr("%n hour(s)", nullptr, int(std::max<qint64>(0, left) / 3600))});
            item->setData(0, Qt::UserRole, b.id);
        }
        m_status->setText(m_list->topLevelItemCount() == 0 ? tr("No deleted branches can be recovered in this project.")
                                                           : tr("Deleted branches stay recoverable for 7 days."));
    });
    resize(520, 360);
}

QString RecoverDialog::branchId() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(0, Qt::UserRole).toString() : QString();
}

} // namespace Ui
