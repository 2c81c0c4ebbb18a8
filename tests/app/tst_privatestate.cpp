// SPDX-License-Identifier: MIT
// What Canopy leaves behind on the machine (issue 23, points 11 and 12): the settings file and the
// tree snapshots readable by their owner only, in owner-only folders, from the moment they exist;
// and no core dump of a process that holds an API key.
#include "testsupport.h"

#include <app/apikeyoption.h>
#include <app/privacy.h>
#include <models/treesnapshot.h>

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifdef __linux__
#include <sys/prctl.h>
#endif

using namespace Qt::StringLiterals;

namespace {
// QFileInfo adds the current user's rights to the owner's: for our own files they are the same.
constexpr QFileDevice::Permissions ownerFile =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;
constexpr QFileDevice::Permissions ownerFolder = ownerFile | QFileDevice::ExeOwner | QFileDevice::ExeUser;
constexpr QFileDevice::Permissions usual = ownerFile | QFileDevice::ReadGroup | QFileDevice::ReadOther; // 0644

QFileDevice::Permissions permissions(const QString& path)
{
    return QFileInfo(path).permissions();
}
} // namespace

class TestPrivateState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void settingsAreOwnerOnly();
    void snapshotsAreOwnerOnly();
    void readingAKeyMakesTheProcessNonDumpable();

private:
    QTemporaryDir m_home;
};

void TestPrivateState::initTestCase()
{
    // A home of its own, set before the first QSettings fixes its paths; the usual umask.
    QVERIFY(m_home.isValid());
    qputenv("HOME", m_home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toUtf8());
    QCoreApplication::setOrganizationName(u"Canopy"_s);
    QCoreApplication::setApplicationName(u"Canopy"_s);
}

void TestPrivateState::settingsAreOwnerOnly()
{
    QString error;
    QVERIFY2(App::makeSettingsPrivate(&error), qPrintable(error));
    QSettings settings;
    const QString file = settings.fileName();
    QVERIFY2(file.startsWith(m_home.path()), qPrintable(file));
    QCOMPARE(permissions(file), ownerFile); // already before the first write
    settings.setValue(u"view/theme"_s, u"dark"_s);
    settings.sync();
    QCOMPARE(settings.status(), QSettings::NoError);
    QVERIFY(QFileInfo(file).size() > 0);
    QCOMPARE(permissions(file), ownerFile); // and after QSettings replaced it
    QCOMPARE(permissions(QFileInfo(file).path()), ownerFolder);

    // A file an earlier version left readable to all is narrowed at the next start.
    QVERIFY(QFile::setPermissions(file, usual));
    QVERIFY(QFile::setPermissions(QFileInfo(file).path(), usual | QFileDevice::ExeOwner | QFileDevice::ExeUser
                                                              | QFileDevice::ExeGroup | QFileDevice::ExeOther));
    QVERIFY2(App::makeSettingsPrivate(&error), qPrintable(error));
    QCOMPARE(permissions(file), ownerFile);
    QCOMPARE(permissions(QFileInfo(file).path()), ownerFolder);
    QCOMPARE(QSettings().value(u"view/theme"_s).toString(), u"dark"_s); // kept, not emptied
}

void TestPrivateState::snapshotsAreOwnerOnly()
{
    // Where the window keeps them (app/session.cpp), named as it names them.
    const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QVERIFY2(appData.startsWith(m_home.path()), qPrintable(appData));
    QVERIFY(!QFileInfo::exists(appData));
    const QString folder = appData + u"/snapshots"_s;
    const QString name = Models::TreeSnapshot::accountName(folder, "https://console.neon.tech/api/v2\nnapi_secret");
    QVERIFY(!name.isEmpty());
    Models::TreeSnapshot snapshot;
    snapshot.savedAt = QDateTime::currentDateTimeUtc();
    const QString path = folder + u"/"_s + name + u"-personal.json"_s;
    QString error;
    QVERIFY2(snapshot.save(path, &error), qPrintable(error));
    QCOMPARE(permissions(path), ownerFile);
    QCOMPARE(permissions(folder + u"/salt"_s), ownerFile);
    QCOMPARE(permissions(folder), ownerFolder);
    QCOMPARE(permissions(appData), ownerFolder); // the folders it had to make, too
    QCOMPARE(permissions(QFileInfo(appData).path()), ownerFolder);
    QVERIFY2(QDir(folder).entryList(QDir::Files) == (QStringList{QFileInfo(path).fileName(), u"salt"_s}),
             qPrintable(QDir(folder).entryList(QDir::Files).join(u", "_s))); // no temporary file left over
}

void TestPrivateState::readingAKeyMakesTheProcessNonDumpable()
{
#ifdef __linux__
    QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 1); // no key yet: dumps as usual
    QFile keyFile(m_home.filePath(u"neon.key"_s));
    QVERIFY(keyFile.open(QIODevice::WriteOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    keyFile.write("napi_secret\n");
    keyFile.close();
    const App::ApiKeyOptions options;
    QCommandLineParser parser;
    options.addTo(parser);
    QVERIFY(parser.parse({u"canopy"_s, u"--api-key-file"_s, keyFile.fileName()}));
    QString problem;
    QCOMPARE(options.read(parser, &problem), u"napi_secret"_s);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
#else
    QSKIP("prctl(PR_SET_DUMPABLE) is Linux's");
#endif
}

CANOPY_TEST_GUILESS_MAIN(TestPrivateState)
#include "tst_privatestate.moc"
