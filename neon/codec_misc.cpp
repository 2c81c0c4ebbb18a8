// SPDX-License-Identifier: MIT
#include "codec.h"

#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace Neon::Json {

void read(Reader& r, Operation& out)
{
    out.id = r.requiredStr("id"_L1);
    out.projectId = r.str("project_id"_L1);
    out.branchId = r.str("branch_id"_L1);
    out.endpointId = r.str("endpoint_id"_L1);
    out.action = r.str("action"_L1);
    out.status = r.requiredStr("status"_L1);
    out.error = r.str("error"_L1);
    out.failuresCount = int(r.int64("failures_count"_L1));
    out.totalDurationMs = r.int64("total_duration_ms"_L1);
    out.createdAt = r.time("created_at"_L1);
    out.updatedAt = r.time("updated_at"_L1);
    out.retryAt = r.time("retry_at"_L1);
}

QJsonObject write(const Operation& v)
{
    QJsonObject o { { "id"_L1, v.id }, { "project_id"_L1, v.projectId }, { "action"_L1, v.action },
        { "status"_L1, v.status }, { "failures_count"_L1, v.failuresCount },
        { "total_duration_ms"_L1, v.totalDurationMs } };
    putStr(o, "branch_id"_L1, v.branchId);
    putStr(o, "endpoint_id"_L1, v.endpointId);
    putStr(o, "error"_L1, v.error);
    putTime(o, "created_at"_L1, v.createdAt);
    putTime(o, "updated_at"_L1, v.updatedAt);
    putTime(o, "retry_at"_L1, v.retryAt);
    return o;
}

void read(Reader& r, MaskingRule& out)
{
    out.databaseName = r.requiredStr("database_name"_L1);
    out.schemaName = r.requiredStr("schema_name"_L1);
    out.tableName = r.requiredStr("table_name"_L1);
    out.columnName = r.requiredStr("column_name"_L1);
    out.maskingFunction = r.str("masking_function"_L1);
    out.maskingValue = r.str("masking_value"_L1);
}

QJsonObject write(const MaskingRule& v)
{
    QJsonObject o { { "database_name"_L1, v.databaseName }, { "schema_name"_L1, v.schemaName },
        { "table_name"_L1, v.tableName }, { "column_name"_L1, v.columnName } };
    putStr(o, "masking_function"_L1, v.maskingFunction);
    putStr(o, "masking_value"_L1, v.maskingValue);
    return o;
}

void read(Reader& r, AnonymizationStatus& out)
{
    out.projectId = r.str("project_id"_L1);
    out.branchId = r.requiredStr("branch_id"_L1);
    out.state = r.requiredStr("state"_L1);
    out.statusMessage = r.str("status_message"_L1);
    out.createdAt = r.time("created_at"_L1);
    out.updatedAt = r.time("updated_at"_L1);
    out.failedAt = r.time("failed_at"_L1);
    if (std::optional<Reader> run = r.child("last_run"_L1)) {
        out.hasLastRun = true;
        out.lastRunStartedAt = run->time("started_at"_L1);
        out.lastRunCompletedAt = run->time("completed_at"_L1);
        out.lastRunTriggeredBy = run->str("triggered_by"_L1);
        out.lastRunTriggeredByUsername = run->str("triggered_by_username"_L1);
        if (const std::optional<qint64> masked = run->optInt64("masked_columns"_L1))
            out.lastRunMaskedColumns = int(std::clamp<qint64>(*masked, 0, std::numeric_limits<int>::max()));
    }
}

QJsonObject write(const AnonymizationStatus& v)
{
    QJsonObject o { { "project_id"_L1, v.projectId }, { "branch_id"_L1, v.branchId }, { "state"_L1, v.state } };
    putStr(o, "status_message"_L1, v.statusMessage);
    putTime(o, "created_at"_L1, v.createdAt);
    putTime(o, "updated_at"_L1, v.updatedAt);
    putTime(o, "failed_at"_L1, v.failedAt);
    if (v.hasLastRun) {
        QJsonObject run;
        putTime(run, "started_at"_L1, v.lastRunStartedAt);
        putTime(run, "completed_at"_L1, v.lastRunCompletedAt);
        putStr(run, "triggered_by"_L1, v.lastRunTriggeredBy);
        putStr(run, "triggered_by_username"_L1, v.lastRunTriggeredByUsername);
        if (v.lastRunMaskedColumns)
            run.insert("masked_columns"_L1, *v.lastRunMaskedColumns);
        o.insert("last_run"_L1, run);
    }
    return o;
}

void read(Reader& r, SchemaTable& out)
{
    out.schema = r.str("schema"_L1);
    out.name = r.requiredStr("name"_L1);
    out.columns = r.list<SchemaColumn>("columns"_L1, [](Reader& i, SchemaColumn& c) {
        c.name = i.requiredStr("name"_L1);
        c.type = i.str("type"_L1);
        c.nullable = i.optBool("nullable"_L1);
        c.generated = i.str("generated"_L1);
    });
    out.constraints = r.list<SchemaConstraint>("constraints"_L1, [](Reader& i, SchemaConstraint& c) {
        c.type = i.str("type"_L1);
        c.name = i.str("name"_L1);
        c.columns = i.stringList("columns"_L1);
        if (std::optional<Reader> ref = i.child("referenced_table"_L1)) {
            c.referencedSchema = ref->str("schema"_L1);
            c.referencedTable = ref->str("table"_L1);
            c.referencedColumns = ref->stringList("columns"_L1);
        }
    });
}

QJsonObject write(const SchemaTable& v)
{
    QJsonArray columns;
    for (const SchemaColumn& c : v.columns) {
        QJsonObject col { { "name"_L1, c.name }, { "type"_L1, c.type } };
        putOpt(col, "nullable"_L1, c.nullable);
        putStr(col, "generated"_L1, c.generated);
        columns.append(col);
    }
    QJsonArray constraints;
    for (const SchemaConstraint& c : v.constraints) {
        QJsonObject con { { "type"_L1, c.type }, { "columns"_L1, QJsonArray::fromStringList(c.columns) } };
        putStr(con, "name"_L1, c.name);
        if (!c.referencedTable.isEmpty())
            con.insert("referenced_table"_L1,
                QJsonObject { { "schema"_L1, c.referencedSchema }, { "table"_L1, c.referencedTable },
                    { "columns"_L1, QJsonArray::fromStringList(c.referencedColumns) } });
        constraints.append(con);
    }
    return QJsonObject { { "schema"_L1, v.schema }, { "name"_L1, v.name }, { "columns"_L1, columns },
        { "constraints"_L1, constraints } };
}

void read(Reader& r, ConsumptionSeries& out)
{
    out.projectId = r.requiredStr("project_id"_L1);
    out.branchId = r.str("branch_id"_L1);
    out.periods = r.list<ConsumptionPeriod>("periods"_L1, [](Reader& p, ConsumptionPeriod& period) {
        period.periodId = p.str("period_id"_L1);
        period.periodPlan = p.str("period_plan"_L1);
        period.periodStart = p.time("period_start"_L1);
        period.periodEnd = p.time("period_end"_L1);
        period.consumption = p.list<ConsumptionPoint>("consumption"_L1, [](Reader& c, ConsumptionPoint& point) {
            point.timeframeStart = c.time("timeframe_start"_L1);
            point.timeframeEnd = c.time("timeframe_end"_L1);
            const QList<std::pair<QString, qint64>> metrics
                = c.list<std::pair<QString, qint64>>("metrics"_L1, [](Reader& m, std::pair<QString, qint64>& value) {
                      value.first = m.requiredStr("metric_name"_L1);
                      value.second = m.int64("value"_L1);
                  });
            for (const auto& [name, value] : metrics)
                point.metrics.insert(name, value);
        });
    });
}

QJsonObject write(const ConsumptionSeries& v)
{
    QJsonArray periods;
    for (const ConsumptionPeriod& period : v.periods) {
        QJsonArray consumption;
        for (const ConsumptionPoint& point : period.consumption) {
            QJsonArray metrics;
            QStringList names = point.metrics.keys();
            names.sort();
            for (const QString& name : names)
                metrics.append(QJsonObject { { "metric_name"_L1, name }, { "value"_L1, point.metrics.value(name) } });
            QJsonObject p { { "metrics"_L1, metrics } };
            putTime(p, "timeframe_start"_L1, point.timeframeStart);
            putTime(p, "timeframe_end"_L1, point.timeframeEnd);
            consumption.append(p);
        }
        QJsonObject o { { "period_id"_L1, period.periodId }, { "period_plan"_L1, period.periodPlan },
            { "consumption"_L1, consumption } };
        putTime(o, "period_start"_L1, period.periodStart);
        putTime(o, "period_end"_L1, period.periodEnd);
        periods.append(o);
    }
    QJsonObject o { { "project_id"_L1, v.projectId }, { "periods"_L1, periods } };
    putStr(o, "branch_id"_L1, v.branchId);
    return o;
}

QString decode(const QJsonObject& root, OperationPage& out)
{
    QString error = decodeListIn(root, "operations"_L1, out.operations);
    Reader r(root, QString(), &error);
    if (std::optional<Reader> pagination = r.child("pagination"_L1))
        out.cursor = pagination->str("cursor"_L1);
    return error;
}

QString decode(const QJsonObject& root, BranchSchema& out)
{
    QString error;
    Reader r(root, QString(), &error);
    if (std::optional<Reader> json = r.child("json"_L1)) {
        out.isJson = true;
        out.tables = json->list<SchemaTable>("tables"_L1, [](Reader& i, SchemaTable& t) { read(i, t); });
    } else if (root.contains("sql"_L1)) {
        out.sql = r.str("sql"_L1);
    } else {
        error = QStringLiteral("neither sql nor json in the schema response");
    }
    return error;
}

QString decode(const QJsonObject& root, SchemaDiff& out)
{
    QString error;
    Reader r(root, QString(), &error);
    if (!root.contains("diff"_L1))
        return QStringLiteral("diff: missing");
    out.diff = r.str("diff"_L1);
    return error;
}

QString decodeConsumption(const QJsonObject& root, QLatin1StringView key, ConsumptionPage& out)
{
    QString error = decodeListIn(root, key, out.series);
    Reader r(root, QString(), &error);
    if (std::optional<Reader> pagination = r.child("pagination"_L1))
        out.cursor = pagination->str("cursor"_L1);
    return error;
}

QString parseObject(const QByteArray& body, QJsonObject& out)
{
    if (body.trimmed().isEmpty())
        return QStringLiteral("the response body is empty");
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return QStringLiteral("not valid JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset);
    if (!doc.isObject())
        return QStringLiteral("expected a JSON object");
    out = doc.object();
    return {};
}

} // namespace Neon::Json
