// SPDX-License-Identifier: MIT
#include "confirmation.h"

#include <QMessageBox>
#include <QPushButton>

namespace Ui {

void askBeforeDestroying(QWidget* parent, const QString& title, const QString& text, const QString& actionText,
                         std::function<void()> confirmed)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Cancel, parent);
    QPushButton* yes = box->addButton(actionText, QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::buttonClicked, parent, [yes, confirmed = std::move(confirmed)](QAbstractButton* b) {
        if (b == yes)
            confirmed();
    });
    box->open();
}

} // namespace Ui
