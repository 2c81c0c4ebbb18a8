// SPDX-License-Identifier: MIT
// Every route of the official spec reaches the sandbox: the routes of the areas it covers are
// served (a handler of that very route answers, whatever the status), every other valid route
// answers a Neon-shaped 501 that names the area. The route list is read from the pinned spec
// package (the spec fixture extracts it), so a route added to the spec fails here until served.
#include "testsupport.h"

#include <sandbox/api.h>
#include <sandbox/seeds.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct SpecRoute
{
    QByteArray method;
    QString path;
    QStringList tags;
};

QList<SpecRoute> specRoutes()
{
    QFile f(qEnvironmentVariable("CANOPY_SPEC_EXAMPLES"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject paths = QJsonDocument::fromJson(f.readAll()).object().value("paths"_L1).toObject();
    QList<SpecRoute> out;
    for (auto it = paths.constBegin(); it != paths.constEnd(); ++it) {
        SpecRoute r;
        r.method = it.key().section(QLatin1Char(' '), 0, 0).toLatin1();
        r.path = it.key().section(QLatin1Char(' '), 1);
        for (const QJsonValue& t : it.value().toObject().value("tags"_L1).toArray())
            r.tags.append(t.toString());
        out.append(r);
    }
    return out;
}

/// The areas issue by issue: what the sandbox serves.
bool covered(const SpecRoute& r)
{
    const QString key = QString::fromLatin1(r.method) + QLatin1Char(' ') + r.path;
    if (key == "POST /users/me/projects/transfer"_L1)
        return false;
    static const QStringList areas{u"Users"_s, u"Operation"_s, u"Branch"_s, u"Endpoint"_s, u"Consumption"_s, u"Region"_s,
                                   u"Snapshot"_s};
    if (std::any_of(r.tags.cbegin(), r.tags.cend(), [](const QString& t) { return areas.contains(t); }))
        return true;
    static const QStringList projectRoutes{u"/projects"_s, u"/projects/shared"_s, u"/projects/{project_id}"_s,
                                           u"/projects/{project_id}/recover"_s, u"/projects/{project_id}/connection_uri"_s};
    return r.tags.contains(u"Project"_s) && projectRoutes.contains(r.path);
}
} // namespace

class TestSandboxCoverage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyRouteIsServedOrSaysItIsNotOffered();
};

void TestSandboxCoverage::everyRouteIsServedOrSaysItIsNotOffered()
{
    const QList<SpecRoute> routes = specRoutes();
    QVERIFY2(routes.size() > 100, "the spec's routes were not extracted (the spec/fetch fixture)");
    int coveredCount = 0, served = 0, others = 0, notOffered = 0;
    QStringList missing;
    for (const SpecRoute& route : routes) {
        // A fresh demo state per route: a DELETE must not change what the next one sees.
        Sandbox::State state;
        QString error;
        QVERIFY(Sandbox::seedState(u"demo"_s, QDateTime::currentDateTimeUtc(), state, &error, 7));
        Sandbox::Api api(state, {});
        const Sandbox::BranchRecord* alice = nullptr;
        for (const Sandbox::BranchRecord& b : std::as_const(state.branches)) {
            if (b.branch.name == "dev-alice"_L1)
                alice = &b;
        }
        QVERIFY(alice);
        const QList<Neon::Endpoint> endpoints = state.endpointsOf(alice->branch.id);
        const QString projectId = alice->branch.projectId;
        QString path = route.path;
        path.replace(u"{project_id}"_s, projectId)
            .replace(u"{branch_id}"_s, alice->branch.id)
            .replace(u"{endpoint_id}"_s, endpoints.isEmpty() ? u"ep-none"_s : endpoints.first().id)
            .replace(u"{operation_id}"_s, state.projects.value(projectId).operationIds.value(0, u"op"_s))
            .replace(u"{database_name}"_s, u"neondb"_s)
            .replace(u"{role_name}"_s, u"neondb_owner"_s)
            .replace(u"{org_id}"_s, state.organizations.first().id)
            .replace(u"{source_org_id}"_s, state.organizations.first().id);
        static const QRegularExpression anyParameter(u"\\{[a-z_]+\\}"_s);
        path.replace(anyParameter, u"x"_s);
        const Sandbox::ApiResponse answer = api.handle({route.method, path, {}, "{}", {}});
        const QString key = QString::fromLatin1(route.method) + QLatin1Char(' ') + route.path;
        if (covered(route)) {
            ++coveredCount;
            if (qEnvironmentVariableIsSet("CANOPY_COVERAGE_VERBOSE"))
                qInfo("%s -> %d %s", qPrintable(key), answer.status, qPrintable(answer.json().value("message"_L1).toString()));
            if (answer.route == key && answer.status != 405 && answer.status != 501)
                ++served;
            else
                missing.append(u"%1 (answered %2 as \"%3\": %4)"_s.arg(key).arg(answer.status).arg(answer.route,
                                   answer.json().value("message"_L1).toString()));
        } else {
            ++others;
            if (answer.status == 501 && answer.json().value("code"_L1).toString() == "NOT_OFFERED_BY_SANDBOX"_L1
                && !answer.json().value("message"_L1).toString().isEmpty())
                ++notOffered;
            else
                missing.append(u"%1 (not offered, yet answered %2: %3)"_s.arg(key).arg(answer.status).arg(
                    answer.json().value("message"_L1).toString()));
        }
    }
    qInfo("%d of %d routes in the covered areas served", served, coveredCount);
    qInfo("%d of %d routes of other areas answer that the sandbox does not offer them", notOffered, others);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u"\n"_s)));
    QCOMPARE(served + notOffered, int(routes.size()));
}

CANOPY_TEST_GUILESS_MAIN(TestSandboxCoverage)
#include "tst_sandbox_coverage.moc"
