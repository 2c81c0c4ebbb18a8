// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <functional>

class QFileDialog;
class QMessageBox;
class QWidget;

namespace Ui {

/// File choosers and warnings without a nested event loop (the static QFileDialog::get…() and
/// QMessageBox::warning() spin one, inside which their dialog can be deleted by a finishing run
/// or a closing window). Each is window-modal, deletes itself when closed, and calls back on
/// `parent`'s thread only while `parent` lives.
struct FileChoice
{
    QString path;
    QString filter; ///< the name filter the user picked ("JSON (*.json)")
};

QFileDialog* chooseFileToSave(QWidget* parent, const QString& title, const QString& suggestedName, const QString& filters,
                              std::function<void(const FileChoice&)> chosen);
QFileDialog* chooseFileToOpen(QWidget* parent, const QString& title, const QString& filters,
                              std::function<void(const FileChoice&)> chosen);
QMessageBox* showWarning(QWidget* parent, const QString& title, const QString& text);

} // namespace Ui
