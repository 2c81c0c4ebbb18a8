// SPDX-License-Identifier: MIT
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace App {

/// The command line's ways to give an API key. `--api-key KEY` stays for compatibility, but a
/// key there is visible to every user in `ps` and lands in shell history; `--api-key -` reads it
/// from standard input and `--api-key-file FILE` from a file, where neither happens.
struct ApiKeyOptions
{
    ApiKeyOptions();
    QCommandLineOption key;
    QCommandLineOption keyFile;

    void addTo(QCommandLineParser& parser) const { parser.addOptions({key, keyFile}); }
    /// The key given on the command line (empty: none given, so the environment, keychain and
    /// Neon CLI login are asked); `problem` says why a given key could not be read. Marks the
    /// process non-dumpable first (keepKeysOutOfCoreDumps()): a key is on its way in.
    QString read(const QCommandLineParser& parser, QString* problem) const;
};

} // namespace App
