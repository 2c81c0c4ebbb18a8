// SPDX-License-Identifier: MIT
#include "privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStringList>

#include <array>

using namespace Qt::StringLiterals;

namespace Models::PrivateFiles {

namespace {
constexpr QFileDevice::Permissions ownerFolder = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions ownerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr qsizetype saltSize = 32;

/// What a file's mode says about its owner and the others: QFileInfo adds the current user's
/// rights (the owner's, for our own files) on top.
QFileDevice::Permissions mode(const QFileInfo& info)
{
    return info.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
}

bool failed(QString* error, const QString& text)
{
    if (error)
        *error = text;
    return false;
}
} // namespace

bool makeFolder(const QString& path, QString* error)
{
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    // The missing levels, innermost first; each is then made with its permissions at once (mkpath
    // would leave them to the umask, usually 0755).
    QStringList missing;
    for (QString p = absolute; !QFileInfo::exists(p); p = QFileInfo(p).path()) {
        missing.prepend(p);
        if (QFileInfo(p).path() == p)
            break;
    }
    for (const QString& level : std::as_const(missing)) {
        if (!QDir().mkdir(level, ownerFolder) && !QFileInfo(level).isDir())
            return failed(error, u"cannot create the folder %1"_s.arg(level));
    }
    if (!QFileInfo(absolute).isDir())
        return failed(error, u"%1 is not a folder"_s.arg(absolute));
    if (mode(QFileInfo(absolute)) != ownerFolder && !QFile::setPermissions(absolute, ownerFolder))
        return failed(error, u"cannot restrict the folder %1 to its owner"_s.arg(absolute));
    return true;
}

bool makeFile(const QString& path, QString* error)
{
    if (!makeFolder(QFileInfo(path).absolutePath(), error))
        return false;
    QFile file(path);
    if (!file.exists()) {
        // Created 0600; NewOnly: a file another instance made meanwhile is kept (and narrowed below).
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerFile))
            return true;
        if (!file.exists())
            return failed(error, u"cannot create %1: %2"_s.arg(path, file.errorString()));
    }
    if (mode(QFileInfo(path)) != ownerFile && !file.setPermissions(ownerFile))
        return failed(error, u"cannot restrict %1 to its owner: %2"_s.arg(path, file.errorString()));
    return true;
}

QByteArray installSalt(const QString& folder)
{
    const QString path = folder + u"/salt"_s;
    for (int attempt = 0; attempt < 2; ++attempt) {
        QFile existing(path);
        if (existing.open(QIODevice::ReadOnly)) {
            const QByteArray salt = existing.read(saltSize + 1);
            if (salt.size() == saltSize)
                return salt;
            existing.close();
            existing.remove(); // cut short or tampered with: a new one (the snapshots it named are only a cache)
        }
        if (!makeFolder(folder))
            return {};
        std::array<quint32, saltSize / sizeof(quint32)> words{};
        QRandomGenerator::system()->fillRange(words.data(), words.size());
        const QByteArray salt(reinterpret_cast<const char*>(words.data()), saltSize);
        QFile file(path);
        // NewOnly: when another instance wrote its salt first, the next round reads that one.
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerFile) && file.write(salt) == saltSize && file.flush())
            return salt;
    }
    return {};
}

} // namespace Models::PrivateFiles
