// SPDX-License-Identifier: MIT
#include "filechooser.h"

#include <QFileDialog>
#include <QMessageBox>

namespace Ui {

namespace {
QFileDialog* chooser(QWidget* parent, const QString& title, const QString& filters, QFileDialog::AcceptMode mode,
                     std::function<void(const FileChoice&)> chosen)
{
    auto* dialog = new QFileDialog(parent, title, {}, filters);
    dialog->setAcceptMode(mode);
    dialog->setFileMode(mode == QFileDialog::AcceptSave ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    // `parent` is the receiver: when it goes, so does the dialog (its child) and the callback.
    QObject::connect(dialog, &QFileDialog::fileSelected, parent, [dialog, chosen = std::move(chosen)](const QString& path) {
        if (!path.isEmpty())
            chosen({path, dialog->selectedNameFilter()});
    });
    dialog->open();
    return dialog;
}
} // namespace

QFileDialog* chooseFileToSave(QWidget* parent, const QString& title, const QString& suggestedName, const QString& filters,
                              std::function<void(const FileChoice&)> chosen)
{
    QFileDialog* dialog = chooser(parent, title, filters, QFileDialog::AcceptSave, std::move(chosen));
    dialog->selectFile(suggestedName);
    return dialog;
}

QFileDialog* chooseFileToOpen(QWidget* parent, const QString& title, const QString& filters,
                              std::function<void(const FileChoice&)> chosen)
{
    return chooser(parent, title, filters, QFileDialog::AcceptOpen, std::move(chosen));
}

QMessageBox* showWarning(QWidget* parent, const QString& title, const QString& text)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
    return box;
}

} // namespace Ui
