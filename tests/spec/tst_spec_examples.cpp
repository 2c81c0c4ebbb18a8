// SPDX-License-Identifier: MIT
// An oracle we did not write: the official Neon OpenAPI spec (@neondatabase/api-client, pinned
// in package-lock.json and fetched at test time). For every route the client calls, the test
// checks that the path, method and query parameters exist in the spec, and that every JSON
// response example decodes without error and round-trips: each field our value types model
// comes back out with the documented value (ids, states, sizes, timestamps).
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <functional>
#include <neon/codec.h>

using namespace Qt::StringLiterals;
using namespace Neon;

namespace {

using Pairs = QList<std::pair<QJsonValue, QJsonObject>>; // original, re-encoded
using Decode = std::function<QString(const QJsonObject& example, Pairs& pairs)>;

template<typename T>
Decode single(QLatin1StringView key)
{
    return [key](const QJsonObject& o, Pairs& pairs) {
        T v;
        const QString error = Json::decodeIn(o, key, v);
        pairs.append({ key.isEmpty() ? QJsonValue(o) : o.value(key), Json::write(v) });
        return error;
    };
}

template<typename T>
Decode list(QLatin1StringView key)
{
    return [key](const QJsonObject& o, Pairs& pairs) {
        QList<T> v;
        const QString error = Json::decodeListIn(o, key, v);
        const QJsonArray original = o.value(key).toArray();
        for (qsizetype i = 0; i < v.size() && i < original.size(); ++i)
            pairs.append({ original.at(i), Json::write(v.at(i)) });
        return error;
    };
}

template<typename R, typename F>
Decode response(F collect)
{
    return [collect](const QJsonObject& o, Pairs& pairs) {
        R v;
        const QString error = Json::decode(o, v);
        collect(o, v, pairs);
        return error;
    };
}

void pairList(Pairs& pairs, const QJsonArray& original, const auto& values)
{
    for (qsizetype i = 0; i < values.size() && i < original.size(); ++i)
        pairs.append({ original.at(i), Json::write(values.at(i)) });
}

auto collectBranchOps()
{
    return [](const QJsonObject& o, const BranchOperations& v, Pairs& p) {
        p.append({ o.value("branch"_L1), Json::write(v.branch) });
        pairList(p, o.value("operations"_L1).toArray(), v.operations);
        pairList(p, o.value("endpoints"_L1).toArray(), v.endpoints);
    };
}

Decode consumption(QLatin1StringView key)
{
    return [key](const QJsonObject& o, Pairs& p) {
        Json::ConsumptionPage page;
        const QString error = Json::decodeConsumption(o, key, page);
        pairList(p, o.value(key).toArray(), page.series);
        return error;
    };
}

struct RouteCheck
{
    QString route; // "GET /projects/{project_id}/branches"
    QStringList query; // the query parameters the client sends on it
    Decode decode;
};

QList<RouteCheck> routes()
{
    return {
        { u"GET /users/me"_s, {}, single<CurrentUser>({}) },
        { u"GET /users/me/organizations"_s, {}, list<Organization>("organizations"_L1) },
        { u"GET /projects"_s, { u"limit"_s, u"cursor"_s, u"org_id"_s, u"search"_s },
            response<ProjectPage>([](const QJsonObject& o, const ProjectPage& v, Pairs& p) {
                pairList(p, o.value("projects"_L1).toArray(), v.projects);
            }) },
        { u"GET /projects/{project_id}"_s, {}, single<Project>("project"_L1) },
        { u"GET /projects/{project_id}/branches"_s,
            { u"limit"_s, u"cursor"_s, u"search"_s, u"sort_by"_s, u"sort_order"_s, u"include_deleted"_s },
            response<Json::BranchPage>([](const QJsonObject& o, const Json::BranchPage& v, Pairs& p) {
                pairList(p, o.value("branches"_L1).toArray(), v.list.branches);
                const QJsonObject annotations = o.value("annotations"_L1).toObject();
                for (auto it = annotations.begin(); it != annotations.end(); ++it)
                    p.append({ it.value(), Json::write(v.list.annotations.value(it.key())) });
            }) },
        { u"GET /projects/{project_id}/branches/count"_s, { u"search"_s },
            [](const QJsonObject& o, Pairs&) {
                return o.value("count"_L1).isDouble() ? QString() : u"count missing"_s;
            } },
        { u"GET /projects/{project_id}/branches/{branch_id}"_s, {},
            response<BranchDetails>([](const QJsonObject& o, const BranchDetails& v, Pairs& p) {
                p.append({ o.value("branch"_L1), Json::write(v.branch) });
                if (v.annotation)
                    p.append({ o.value("annotation"_L1), Json::write(*v.annotation) });
            }) },
        { u"POST /projects/{project_id}/branches"_s, {},
            response<CreatedBranch>([](const QJsonObject& o, const CreatedBranch& v, Pairs& p) {
                p.append({ o.value("branch"_L1), Json::write(v.branch) });
                pairList(p, o.value("endpoints"_L1).toArray(), v.endpoints);
                pairList(p, o.value("operations"_L1).toArray(), v.operations);
                pairList(p, o.value("roles"_L1).toArray(), v.roles);
                pairList(p, o.value("databases"_L1).toArray(), v.databases);
                pairList(p, o.value("connection_uris"_L1).toArray(), v.connectionUris);
            }) },
        { u"POST /projects/{project_id}/branch_anonymized"_s, {},
            response<CreatedBranch>([](const QJsonObject& o, const CreatedBranch& v, Pairs& p) {
                p.append({ o.value("branch"_L1), Json::write(v.branch) });
                pairList(p, o.value("operations"_L1).toArray(), v.operations);
            }) },
        { u"PATCH /projects/{project_id}/branches/{branch_id}"_s, {}, response<BranchOperations>(collectBranchOps()) },
        { u"DELETE /projects/{project_id}/branches/{branch_id}"_s, { u"hard_delete"_s },
            response<BranchOperations>(collectBranchOps()) },
        { u"POST /projects/{project_id}/branches/{branch_id}/restore"_s, {},
            response<BranchOperations>(collectBranchOps()) },
        { u"POST /projects/{project_id}/branches/{branch_id}/set_as_default"_s, {},
            response<BranchOperations>(collectBranchOps()) },
        { u"POST /projects/{project_id}/branches/{branch_id}/recover"_s, {},
            response<BranchOperations>(collectBranchOps()) },
        { u"GET /projects/{project_id}/branches/{branch_id}/schema"_s,
            { u"db_name"_s, u"lsn"_s, u"timestamp"_s, u"format"_s },
            response<BranchSchema>([](const QJsonObject& o, const BranchSchema& v, Pairs& p) {
                pairList(p, o.value("json"_L1).toObject().value("tables"_L1).toArray(), v.tables);
            }) },
        { u"GET /projects/{project_id}/branches/{branch_id}/compare_schema"_s,
            { u"db_name"_s, u"base_branch_id"_s, u"lsn"_s, u"timestamp"_s, u"base_lsn"_s, u"base_timestamp"_s },
            response<SchemaDiff>([](const QJsonObject&, const SchemaDiff&, Pairs&) {}) },
        { u"GET /projects/{project_id}/branches/{branch_id}/masking_rules"_s, {},
            list<MaskingRule>("masking_rules"_L1) },
        { u"PATCH /projects/{project_id}/branches/{branch_id}/masking_rules"_s, {},
            list<MaskingRule>("masking_rules"_L1) },
        { u"GET /projects/{project_id}/branches/{branch_id}/anonymized_status"_s, {}, single<AnonymizationStatus>({}) },
        { u"POST /projects/{project_id}/branches/{branch_id}/anonymize"_s, {}, single<AnonymizationStatus>({}) },
        { u"GET /projects/{project_id}/branches/{branch_id}/endpoints"_s, {}, list<Endpoint>("endpoints"_L1) },
        { u"GET /projects/{project_id}/endpoints"_s, {}, list<Endpoint>("endpoints"_L1) },
        { u"GET /projects/{project_id}/branches/{branch_id}/databases"_s, {}, list<Database>("databases"_L1) },
        { u"GET /projects/{project_id}/branches/{branch_id}/roles"_s, {}, list<Role>("roles"_L1) },
        { u"GET /projects/{project_id}/connection_uri"_s,
            { u"branch_id"_s, u"endpoint_id"_s, u"database_name"_s, u"role_name"_s, u"pooled"_s },
            [](const QJsonObject& o, Pairs&) { return o.value("uri"_L1).isString() ? QString() : u"uri missing"_s; } },
        { u"GET /projects/{project_id}/operations/{operation_id}"_s, {}, single<Operation>("operation"_L1) },
        { u"GET /projects/{project_id}/operations"_s, { u"limit"_s, u"cursor"_s },
            response<OperationPage>([](const QJsonObject& o, const OperationPage& v, Pairs& p) {
                pairList(p, o.value("operations"_L1).toArray(), v.operations);
            }) },
        { u"GET /consumption_history/v2/projects"_s,
            { u"from"_s, u"to"_s, u"granularity"_s, u"org_id"_s, u"metrics"_s, u"project_ids"_s, u"limit"_s,
                u"cursor"_s },
            consumption("projects"_L1) },
        { u"GET /consumption_history/v2/branches"_s,
            { u"from"_s, u"to"_s, u"granularity"_s, u"org_id"_s, u"metrics"_s, u"project_ids"_s, u"branch_ids"_s,
                u"limit"_s, u"cursor"_s },
            consumption("branches"_L1) },
    };
}

/// Fields of the examples that Canopy deliberately does not model (not needed by any feature).
const QSet<QString>& notModelled()
{
    static const QSet<QString> keys {
        // Project settings blobs and billing details the app never shows.
        u"settings"_s,
        u"default_endpoint_settings"_s,
        u"maintenance_starts_at"_s,
        u"quota_reset_at"_s,
        // Deprecated or console-only endpoint fields.
        u"pgbouncer_settings"_s,
    };
    return keys;
}

/// Compares every field of `original` that `encoded` also has; timestamps as instants.
void compareSubset(
    const QJsonValue& original, const QJsonValue& encoded, const QString& path, QStringList& mismatches, int& compared)
{
    if (original.isObject() && encoded.isObject()) {
        const QJsonObject a = original.toObject();
        const QJsonObject b = encoded.toObject();
        for (auto it = a.begin(); it != a.end(); ++it) {
            if (b.contains(it.key()))
                compareSubset(it.value(), b.value(it.key()), path + u"."_s + it.key(), mismatches, compared);
            else if (!it.value().isNull() && !notModelled().contains(it.key()))
                mismatches.append(u"%1.%2: in the spec's example, lost by our decoder"_s.arg(path, it.key()));
        }
        return;
    }
    if (original.isArray() && encoded.isArray()) {
        const QJsonArray a = original.toArray();
        const QJsonArray b = encoded.toArray();
        for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i)
            compareSubset(a.at(i), b.at(i), path + u"[%1]"_s.arg(i), mismatches, compared);
        return;
    }
    ++compared;
    if (original.isString() && encoded.isString()) {
        const QDateTime ta = Json::timeFromString(original.toString());
        const QDateTime tb = Json::timeFromString(encoded.toString());
        if (ta.isValid() && tb.isValid() ? ta == tb : original == encoded)
            return;
    } else if (original.isDouble() && encoded.isDouble()) {
        if (qFuzzyCompare(original.toDouble() + 1, encoded.toDouble() + 1))
            return;
    } else if (original == encoded) {
        return;
    }
    mismatches.append(u"%1: spec says %2, we give back %3"_s.arg(path,
        QString::fromUtf8(QJsonDocument(QJsonArray { original }).toJson(QJsonDocument::Compact)),
        QString::fromUtf8(QJsonDocument(QJsonArray { encoded }).toJson(QJsonDocument::Compact))));
}

} // namespace

class TestSpecExamples : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void routeExistsInSpec_data();
    void routeExistsInSpec();
    void responseExamplesDecode_data();
    void responseExamplesDecode();
    void schemaExamplesDecode_data();
    void schemaExamplesDecode();
    void documentedValuesComeOut();

private:
    QJsonObject m_spec;
};

void TestSpecExamples::initTestCase()
{
    const QString path = qEnvironmentVariable("CANOPY_SPEC_EXAMPLES");
    QVERIFY2(!path.isEmpty(), "CANOPY_SPEC_EXAMPLES is not set: run through ctest, which fetches the spec first");
    QFile file(path);
    QVERIFY2(
        file.open(QIODevice::ReadOnly), qPrintable(u"cannot read %1: did tests/spec/fetch-spec.sh run?"_s.arg(path)));
    m_spec = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(m_spec.value("package"_L1).toString(), u"@neondatabase/api-client@2.7.3"_s);
    qInfo("spec: %s, %lld operations", qPrintable(m_spec.value("package"_L1).toString()),
        qlonglong(m_spec.value("paths"_L1).toObject().size()));
}

void TestSpecExamples::routeExistsInSpec_data()
{
    QTest::addColumn<QString>("route");
    QTest::addColumn<QStringList>("query");
    for (const RouteCheck& r : routes())
        QTest::newRow(qPrintable(r.route)) << r.route << r.query;
}

void TestSpecExamples::routeExistsInSpec()
{
    QFETCH(QString, route);
    QFETCH(QStringList, query);
    const QJsonObject paths = m_spec.value("paths"_L1).toObject();
    QVERIFY2(paths.contains(route), qPrintable(u"%1 is not in the official spec"_s.arg(route)));
    const QJsonArray specQuery = paths.value(route).toObject().value("query"_L1).toArray();
    for (const QString& name : std::as_const(query))
        QVERIFY2(
            specQuery.contains(name), qPrintable(u"query parameter %1 is not in the spec for %2"_s.arg(name, route)));
}

void TestSpecExamples::responseExamplesDecode_data()
{
    QTest::addColumn<int>("routeIndex");
    QTest::addColumn<QJsonObject>("example");
    const QJsonObject paths = m_spec.value("paths"_L1).toObject();
    const QList<RouteCheck> all = routes();
    int total = 0;
    for (int i = 0; i < all.size(); ++i) {
        for (const QJsonValue& ex : paths.value(all.at(i).route).toObject().value("examples"_L1).toArray()) {
            const QJsonObject e = ex.toObject();
            if (!e.value("status"_L1).toString().startsWith(QLatin1Char('2')) || !e.value("value"_L1).isObject())
                continue;
            QTest::addRow("%s %s", qPrintable(all.at(i).route), qPrintable(e.value("name"_L1).toString()))
                << i << e.value("value"_L1).toObject();
            ++total;
        }
    }
    QVERIFY2(total >= 12, "the spec (2.7.3) holds 12 success examples for the client's routes");
}

void TestSpecExamples::responseExamplesDecode()
{
    QFETCH(int, routeIndex);
    QFETCH(QJsonObject, example);
    Pairs pairs;
    const QString error = routes().at(routeIndex).decode(example, pairs);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList mismatches;
    int compared = 0;
    for (const auto& [original, encoded] : std::as_const(pairs))
        compareSubset(original, encoded, QString(), mismatches, compared);
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(u"\n"_s)));
    if (!pairs.isEmpty())
        QVERIFY2(compared > 0, "nothing was compared");
}

void TestSpecExamples::schemaExamplesDecode_data()
{
    QTest::addColumn<QString>("schema");
    for (const char* name : { "Branch", "Project", "ProjectListItem", "Operation", "Endpoint", "Role", "Database",
             "MaskingRule", "AnonymizedBranchStatusResponse" })
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestSpecExamples::schemaExamplesDecode()
{
    QFETCH(QString, schema);
    const QJsonObject example = m_spec.value("schemas"_L1).toObject().value(schema).toObject();
    QVERIFY2(!example.isEmpty(), qPrintable(u"the spec has no example for %1"_s.arg(schema)));
    QString error;
    QJsonObject encoded;
    Json::Reader r(example, schema, &error);
    auto roundTrip = [&](auto value) {
        Json::read(r, value);
        encoded = Json::write(value);
    };
    if (schema == "Branch"_L1)
        roundTrip(Branch());
    else if (schema.startsWith("Project"_L1))
        roundTrip(Project());
    else if (schema == "Operation"_L1)
        roundTrip(Operation());
    else if (schema == "Endpoint"_L1)
        roundTrip(Endpoint());
    else if (schema == "Role"_L1)
        roundTrip(Role());
    else if (schema == "Database"_L1)
        roundTrip(Database());
    else if (schema == "MaskingRule"_L1)
        roundTrip(MaskingRule());
    else
        roundTrip(AnonymizationStatus());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList mismatches;
    int compared = 0;
    compareSubset(example, encoded, schema, mismatches, compared);
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(u"\n"_s)));
    QVERIFY2(compared >= 4, qPrintable(u"only %1 fields compared"_s.arg(compared)));
}

void TestSpecExamples::documentedValuesComeOut()
{
    // Spot checks on the spec's own branch-list example, read from the spec, not typed in here.
    const QJsonObject example = m_spec.value("paths"_L1)
                                    .toObject()
                                    .value("GET /projects/{project_id}/branches"_L1)
                                    .toObject()
                                    .value("examples"_L1)
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value("value"_L1)
                                    .toObject();
    Json::BranchPage page;
    QCOMPARE(Json::decode(example, page), QString());
    const QJsonArray branches = example.value("branches"_L1).toArray();
    QCOMPARE(page.list.branches.size(), branches.size());
    QVERIFY(branches.size() >= 2);
    for (qsizetype i = 0; i < branches.size(); ++i) {
        const QJsonObject b = branches.at(i).toObject();
        const Branch& d = page.list.branches.at(i);
        QCOMPARE(d.id, b.value("id"_L1).toString());
        QVERIFY(d.id.startsWith("br-"_L1));
        QCOMPARE(d.currentState, b.value("current_state"_L1).toString());
        QCOMPARE(d.state(), BranchState::Ready);
        QCOMPARE(d.logicalSize.value_or(-1), qint64(b.value("logical_size"_L1).toDouble()));
        QCOMPARE(d.createdAt, QDateTime::fromString(b.value("created_at"_L1).toString(), Qt::ISODate));
        QCOMPARE(d.createdAt.timeSpec(), Qt::UTC);
        QCOMPARE(d.parentId, b.value("parent_id"_L1).toString());
    }
    QVERIFY(page.list.branches.first().isDefault);
    QVERIFY(!page.list.branches.at(1).parentId.isEmpty());
}

CANOPY_TEST_GUILESS_MAIN(TestSpecExamples)
#include "tst_spec_examples.moc"
