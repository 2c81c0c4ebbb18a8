// SPDX-License-Identifier: MIT
// canopy-sandbox as scripts and people run it: its command line, its first line of output,
// authentication, and a state file that survives restarts and is never overwritten when corrupt.
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct Running
{
    std::unique_ptr<QProcess> process;
    QUrl base;
    QString key;
};

Running start(const QStringList& args)
{
    Running r;
    r.process = std::make_unique<QProcess>();
    r.process->start(QStringLiteral(CANOPY_SANDBOX_BINARY), args);
    if (!r.process->waitForStarted(5000))
        return r;
    QByteArray out;
    while (!out.contains('\n') && r.process->waitForReadyRead(5000))
        out += r.process->readAllStandardOutput();
    const QRegularExpressionMatch m = QRegularExpression(u"^canopy-sandbox listening on (http://127\\.0\\.0\\.1:\\d+/api/v2)\n"_s)
                                          .match(QString::fromUtf8(out));
    if (m.hasMatch())
        r.base = QUrl(m.captured(1));
    if (!args.contains(u"--api-key"_s)) {
        while (!out.contains("api key: ") && r.process->waitForReadyRead(2000))
            out += r.process->readAllStandardOutput();
        r.key = QString::fromUtf8(out).section(u"api key: "_s, 1).section(QLatin1Char('\n'), 0, 0).trimmed();
    } else {
        r.key = args.at(args.indexOf(u"--api-key"_s) + 1);
    }
    return r;
}

std::pair<int, QJsonObject> request(const Running& r, const QByteArray& method, const QString& path,
                                    const QByteArray& body = {}, const QString& key = {})
{
    QNetworkAccessManager nam;
    QNetworkRequest req(QUrl(r.base.toString() + path));
    req.setRawHeader("Authorization", "Bearer " + (key.isNull() ? r.key : key).toUtf8());
    req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    QNetworkReply* reply = nam.sendCustomRequest(req, method, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(10000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return {status, o};
}

void stop(Running& r)
{
    r.process->terminate();
    r.process->waitForFinished(5000);
}
} // namespace

class TestSandboxCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firstLineAndRandomKey();
    void refusesWhatItCannotDo_data();
    void refusesWhatItCannotDo();
    void stateSurvivesRestart();
    void corruptStateIsRefusedAndKept();
};

void TestSandboxCli::firstLineAndRandomKey()
{
    Running r = start({u"--seed"_s, u"single"_s, u"--no-postgres"_s});
    QVERIFY2(r.base.isValid(), "the first line names the URL");
    QVERIFY(r.key.startsWith("sandbox_"_L1));
    const auto [status, body] = request(r, "GET", u"/projects"_s);
    QCOMPARE(status, 200);
    QCOMPARE(body["projects"_L1].toArray().size(), 1);
    const auto [denied, error] = request(r, "GET", u"/projects"_s, {}, u"wrong"_s);
    QCOMPARE(denied, 401);
    QVERIFY(error["message"_L1].toString().contains("authentication"_L1));
    QVERIFY(error.contains("code"_L1));
    stop(r);
}

void TestSandboxCli::refusesWhatItCannotDo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::addRow("non-loopback address") << QStringList{u"--listen"_s, u"0.0.0.0:0"_s} << u"loopback only"_s;
    QTest::addRow("unknown seed") << QStringList{u"--seed"_s, u"nope"_s} << u"unknown seed \"nope\""_s;
    QTest::addRow("bad scale seed") << QStringList{u"--seed"_s, u"scale:x:1"_s} << u"expected scale:PROJECTS:BRANCHES"_s;
    QTest::addRow("bad fault rate") << QStringList{u"--fault-rate"_s, u"2"_s} << u"--fault-rate takes a share"_s;
    QTest::addRow("bad rate limit") << QStringList{u"--rate-limit"_s, u"fast"_s} << u"--rate-limit takes requests per second, e.g. 20/s, or neon"_s;
}

void TestSandboxCli::refusesWhatItCannotDo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QProcess p;
    p.start(QStringLiteral(CANOPY_SANDBOX_BINARY), args + QStringList{u"--no-postgres"_s});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 2);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(message), qPrintable(err));
}

void TestSandboxCli::stateSurvivesRestart()
{
    QTemporaryDir dir;
    const QString state = dir.filePath(u"state.json"_s);
    const QStringList args{u"--seed"_s, u"single"_s, u"--state"_s, state, u"--api-key"_s, u"k"_s, u"--op-duration"_s, u"0"_s,
                           u"--no-postgres"_s};
    Running first = start(args);
    QVERIFY(first.base.isValid());
    const QString project = request(first, "GET", u"/projects"_s).second["projects"_L1][0]["id"_L1].toString();
    const auto [created, body] = request(first, "POST", u"/projects/%1/branches"_s.arg(project),
                                         R"({"branch":{"name":"kept-across-restarts"}})");
    QCOMPARE(created, 201);
    stop(first);
    QVERIFY(QFile::exists(state));
    QVERIFY(!QFile::exists(state + u".tmp"_s));

    Running second = start(args);
    QVERIFY(second.base.isValid());
    const auto [status, list] = request(second, "GET", u"/projects/%1/branches?search=kept"_s.arg(project));
    QCOMPARE(status, 200);
    QCOMPARE(list["branches"_L1].toArray().size(), 1);
    QCOMPARE(list["branches"_L1][0]["id"_L1].toString(), body["branch"_L1]["id"_L1].toString());
    stop(second);
}

void TestSandboxCli::corruptStateIsRefusedAndKept()
{
    QTemporaryDir dir;
    const QString state = dir.filePath(u"state.json"_s);
    QFile f(state);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"format":"canopy-sandbox-state/1","projects":[{"proj)");
    f.close();
    const QByteArray before = [&] { QFile g(state); g.open(QIODevice::ReadOnly); return g.readAll(); }();
    QProcess p;
    p.start(QStringLiteral(CANOPY_SANDBOX_BINARY), {u"--state"_s, state, u"--no-postgres"_s});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 2);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains("is corrupt"_L1) && err.contains("left as it is"_L1), qPrintable(err));
    QFile g(state);
    QVERIFY(g.open(QIODevice::ReadOnly));
    QCOMPARE(g.readAll(), before); // never overwritten
}

CANOPY_TEST_GUILESS_MAIN(TestSandboxCli)
#include "tst_sandbox_cli.moc"
