// SPDX-License-Identifier: MIT
#include "apikeyoption.h"

#include "privacy.h"

#include <QFile>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace App {

namespace {
/// The first line, without surrounding white space (files and pipes end with a newline).
QString firstLine(const QByteArray& bytes)
{
    return QString::fromUtf8(bytes.left(bytes.indexOf('\n') < 0 ? bytes.size() : bytes.indexOf('\n'))).trimmed();
}
} // namespace

ApiKeyOptions::ApiKeyOptions()
    : key(u"api-key"_s,
          u"Neon API key, or - to read it from standard input (else NEON_API_KEY, the keychain, the Neon CLI login). "
          "A key written here is visible to other users in ps and stays in shell history: prefer - or --api-key-file."_s,
          u"key"_s)
    , keyFile(u"api-key-file"_s, u"Read the Neon API key from the first line of this file (keep it readable by you only)."_s,
              u"file"_s)
{
}

QString ApiKeyOptions::read(const QCommandLineParser& parser, QString* problem) const
{
    // Every way to a key (this command line, NEON_API_KEY, the keychain, the Neon CLI login, the
    // welcome page) starts here, in the window and in the headless commands alike: from now on the
    // process may hold one, so it must not end up in a core dump.
    keepKeysOutOfCoreDumps();
    if (parser.isSet(key) && parser.isSet(keyFile)) {
        *problem = u"give the API key once: --api-key or --api-key-file, not both"_s;
        return {};
    }
    QString value;
    QString source;
    if (parser.isSet(keyFile)) {
        QFile file(parser.value(keyFile));
        if (!file.open(QIODevice::ReadOnly)) {
            *problem = u"cannot read the API key file %1: %2"_s.arg(file.fileName(), file.errorString());
            return {};
        }
        if (file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther))
            std::fprintf(stderr, "canopy: warning: %s can be read by other users (chmod 600 it)\n", qPrintable(file.fileName()));
        value = firstLine(file.read(64 * 1024));
        source = u"the API key file %1"_s.arg(file.fileName());
    } else if (parser.value(key) == "-"_L1) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            *problem = u"cannot read the API key from standard input"_s;
            return {};
        }
        value = firstLine(in.readLine(64 * 1024));
        source = u"standard input"_s;
    } else {
        return parser.value(key);
    }
    if (value.isEmpty())
        *problem = u"no API key in %1"_s.arg(source);
    return value;
}

} // namespace App
