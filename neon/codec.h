// SPDX-License-Identifier: MIT
#pragma once

#include "account.h"
#include "anonymization.h"
#include "branch.h"
#include "compute.h"
#include "consumption.h"
#include "jsonreader.h"
#include "operation.h"
#include "project.h"
#include "responses.h"
#include "schema.h"
#include "snapshot.h"

#include <QJsonDocument>

/// JSON mapping of Neon's value types, both ways. Decoders are lenient about unknown keys and
/// missing optional fields and strict about types; encoders write what the sandbox serves.
namespace Neon::Json {

void read(Reader& r, Organization& out);
void read(Reader& r, AuthAccount& out);
void read(Reader& r, CurrentUser& out);
void read(Reader& r, Project& out);
void read(Reader& r, Branch& out);
void read(Reader& r, Annotation& out);
void read(Reader& r, Endpoint& out);
void read(Reader& r, Database& out);
void read(Reader& r, Role& out);
void read(Reader& r, ConnectionUri& out);
void read(Reader& r, Operation& out);
void read(Reader& r, MaskingRule& out);
void read(Reader& r, AnonymizationStatus& out);
void read(Reader& r, SchemaTable& out);
void read(Reader& r, ConsumptionSeries& out);
void read(Reader& r, Snapshot& out);
void read(Reader& r, BackupScheduleItem& out);

QJsonObject write(const Organization& v);
QJsonObject write(const CurrentUser& v);
QJsonObject write(const Project& v);
QJsonObject write(const Branch& v);
QJsonObject write(const Annotation& v);
QJsonObject write(const Endpoint& v);
QJsonObject write(const Database& v);
QJsonObject write(const Role& v);
QJsonObject write(const ConnectionUri& v);
QJsonObject write(const Operation& v);
QJsonObject write(const MaskingRule& v);
QJsonObject write(const AnonymizationStatus& v);
QJsonObject write(const SchemaTable& v);
QJsonObject write(const ConsumptionSeries& v);
QJsonObject write(const Snapshot& v);
QJsonObject write(const BackupScheduleItem& v);

/// Decodes one value from `root[key]` (or root itself when key is empty). Returns the error text.
template<typename T>
QString decodeIn(const QJsonObject& root, QLatin1StringView key, T& out)
{
    QString error;
    if (key.isEmpty()) {
        Reader r(root, QString(), &error);
        read(r, out);
        return error;
    }
    if (!root.value(key).isObject())
        return QString(key) + QStringLiteral(": missing or not an object");
    Reader r(root.value(key).toObject(), QString(key), &error);
    read(r, out);
    return error;
}

/// Decodes the array `root[key]`; a missing key is an error (every list response names its key).
template<typename T>
QString decodeListIn(const QJsonObject& root, QLatin1StringView key, QList<T>& out)
{
    if (!root.value(key).isArray())
        return QString(key) + QStringLiteral(": missing or not an array");
    QString error;
    Reader r(root, QString(), &error);
    out = r.list<T>(key, [](Reader& item, T& v) { read(item, v); });
    return error;
}

template<typename T>
QJsonArray writeList(const QList<T>& values)
{
    QJsonArray a;
    for (const T& v : values)
        a.append(write(v));
    return a;
}

// Whole responses.
QString decode(const QJsonObject& root, ProjectPage& out);
QString decode(const QJsonObject& root, BranchDetails& out);
QString decode(const QJsonObject& root, CreatedBranch& out);
QString decode(const QJsonObject& root, BranchOperations& out);
QString decode(const QJsonObject& root, OperationPage& out);
QString decode(const QJsonObject& root, BranchSchema& out);
QString decode(const QJsonObject& root, SchemaDiff& out);

/// One page of `GET …/branches`: `next` is empty on the last page.
struct BranchPage
{
    BranchList list;
    QString next;
};
QString decode(const QJsonObject& root, BranchPage& out);

/// One page of consumption history (`projects[]` or `branches[]`).
struct ConsumptionPage
{
    QList<ConsumptionSeries> series;
    QString cursor;
};
QString decodeConsumption(const QJsonObject& root, QLatin1StringView key, ConsumptionPage& out);

// Request bodies.
QJsonObject writeCreateRequest(const BranchCreateOptions& options);
QJsonObject writeUpdateRequest(const BranchUpdate& update);
QJsonObject writeRestoreRequest(const BranchRestore& restore);
QJsonObject writeAnonymizedCreateRequest(const AnonymizedBranchCreate& request);

/// Parses a body into a JSON object; the error says what is wrong (empty, not JSON, not an object).
QString parseObject(const QByteArray& body, QJsonObject& out);

} // namespace Neon::Json
