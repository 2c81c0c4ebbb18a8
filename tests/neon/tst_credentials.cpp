// SPDX-License-Identifier: MIT
#include "testsupport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <neon/credentials.h>

using namespace Qt::StringLiterals;
using Neon::Credential;
using Neon::CredentialResolver;

class TestCredentials : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void order_data();
    void order();
    void neonCliFile_data();
    void neonCliFile();
    void keychainWithoutDBusIsSkippedClearly();

private:
    static Credential resolve(const CredentialResolver::Inputs& inputs)
    {
        CredentialResolver resolver(inputs);
        QSignalSpy spy(&resolver, &CredentialResolver::resolved);
        resolver.resolve();
        if (spy.isEmpty())
            spy.wait(5000);
        return spy.isEmpty() ? Credential() : spy.first().first().value<Credential>();
    }
    static void write(const QString& path, const QByteArray& content)
    {
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
};

void TestCredentials::order_data()
{
    QTest::addColumn<QString>("commandLine");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<bool>("cliFile");
    QTest::addColumn<int>("source");
    QTest::addColumn<QString>("key");
    QTest::addRow("--api-key wins") << u"key-cli"_s << u"key-env"_s << true << int(Credential::Source::CommandLine)
                                    << u"key-cli"_s;
    QTest::addRow("then NEON_API_KEY") << QString() << u"key-env"_s << true << int(Credential::Source::Environment)
                                       << u"key-env"_s;
    QTest::addRow("then the Neon CLI") << QString() << QString() << true << int(Credential::Source::NeonCliFile)
                                       << u"napi_from_file"_s;
    QTest::addRow("nothing") << QString() << QString() << false << int(Credential::Source::None) << QString();
}

void TestCredentials::order()
{
    QFETCH(QString, commandLine);
    QFETCH(QString, environment);
    QFETCH(bool, cliFile);
    QFETCH(int, source);
    QFETCH(QString, key);
    QTemporaryDir home;
    QProcessEnvironment env;
    env.insert(u"HOME"_s, home.path());
    if (!environment.isEmpty())
        env.insert(u"NEON_API_KEY"_s, environment);
    if (cliFile)
        write(home.path() + "/.config/neon/credentials.json"_L1, R"({"type":"api_key","api_key":"napi_from_file"})");
    CredentialResolver::Inputs inputs;
    inputs.commandLineKey = commandLine;
    inputs.environment = env;
    const Credential c = resolve(inputs);
    QCOMPARE(int(c.source), source);
    QCOMPARE(c.apiKey, key);
    QCOMPARE(c.isValid(), !key.isEmpty());
    QVERIFY(!c.origin.contains(key) || key.isEmpty()); // the origin names the place, never the key
}

void TestCredentials::neonCliFile_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expectedKey");
    QTest::addColumn<QString>("noteMentions");
    const qint64 future = QDateTime::currentMSecsSinceEpoch() + 3600 * 1000;
    const qint64 past = QDateTime::currentMSecsSinceEpoch() - 1000;
    QTest::addRow("api-key profile") << u".config/neon/credentials.json"_s
                                     << QByteArray(R"({"type":"api_key","api_key":"napi_k","user_id":"u"})")
                                     << u"napi_k"_s << QString();
    QTest::addRow("oauth, valid") << u".config/neon/credentials.json"_s
                                  << QByteArray(R"({"type":"oauth","access_token":"tok","expires_at":)"
                                         + QByteArray::number(future) + "}")
                                  << u"tok"_s << QString();
    QTest::addRow("legacy oauth without type")
        << u".config/neon/credentials.json"_s
        << QByteArray(R"({"access_token":"tok2","expires_at":)" + QByteArray::number(future) + "}") << u"tok2"_s
        << QString();
    QTest::addRow("oauth, expired (ms)") << u".config/neon/credentials.json"_s
                                         << QByteArray(R"({"type":"oauth","access_token":"old","expires_at":)"
                                                + QByteArray::number(past) + "}")
                                         << QString() << u"expired"_s;
    QTest::addRow("legacy neonctl folder")
        << u".config/neonctl/credentials.json"_s << QByteArray(R"({"type":"api_key","api_key":"napi_legacy"})")
        << u"napi_legacy"_s << QString();
    QTest::addRow("empty profile") << u".config/neon/credentials.json"_s << QByteArray("{}") << QString()
                                   << u"no API key"_s;
}

void TestCredentials::neonCliFile()
{
    QFETCH(QString, relativePath);
    QFETCH(QByteArray, content);
    QFETCH(QString, expectedKey);
    QFETCH(QString, noteMentions);
    QTemporaryDir home;
    write(home.path() + QLatin1Char('/') + relativePath, content);
    QProcessEnvironment env;
    env.insert(u"HOME"_s, home.path());
    QStringList notes;
    const std::optional<Credential> c = CredentialResolver::fromNeonCliFile(env, &notes);
    QCOMPARE(c.has_value(), !expectedKey.isEmpty());
    if (c)
        QCOMPARE(c->apiKey, expectedKey);
    if (!noteMentions.isEmpty())
        QVERIFY2(notes.join(u" "_s).contains(noteMentions), qPrintable(notes.join(u" "_s)));
}

void TestCredentials::keychainWithoutDBusIsSkippedClearly()
{
    QTemporaryDir home;
    QProcessEnvironment env; // no DBUS_SESSION_BUS_ADDRESS, as on headless CI
    env.insert(u"HOME"_s, home.path());
    CredentialResolver::Inputs inputs;
    inputs.environment = env;
    const Credential c = resolve(inputs);
    QVERIFY(!c.isValid());
    QVERIFY2(c.notes.join(u" "_s).contains("keychain is unavailable"_L1), qPrintable(c.notes.join(u" "_s)));
    // and nothing was written anywhere as a fallback
    QVERIFY(QDir(home.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden).isEmpty());
}

CANOPY_TEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
