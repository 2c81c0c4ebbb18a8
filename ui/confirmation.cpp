// SPDX-License-Identifier: MIT
#include "confirmation.h"

#include <QMessageBox>
#include <QPushButton>

namespace Ui {

void askBeforeDestroying(QWidget* parent, const QString& title, const QString& text, const QString& actionText,
                         std::function<void()> confirmed)
{
    askBeforeChanging(parent, title, text, {}, actionText, true, std::move(confirmed));
}

void askBeforeChanging(QWidget* parent, const QString& title, const QString& text, const QStringList& changes,
                       const QString& actionText, bool destructive, std::function<void()> confirmed)
{
    auto* box = new QMessageBox(destructive ? QMessageBox::Warning : QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    if (!changes.isEmpty()) {
        // A short list is shown whole; a long one is summed up, every line under "Show Details".
        constexpr int shown = 12;
        QStringList head = changes.mid(0, shown);
        if (changes.size() > shown)
            head.append(QMessageBox::tr("… and %n more (Show Details…)", nullptr, int(changes.size() - shown)));
        box->setInformativeText(head.join(QLatin1Char('\n')));
        if (changes.size() > shown)
            box->setDetailedText(changes.join(QLatin1Char('\n')));
    }
    QPushButton* yes = box->addButton(actionText, destructive ? QMessageBox::DestructiveRole : QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::buttonClicked, parent, [yes, confirmed = std::move(confirmed)](QAbstractButton* b) {
        if (b == yes)
            confirmed();
    });
    box->open();
}

} // namespace Ui
