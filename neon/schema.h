// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Neon {

struct SchemaColumn
{
    QString name;
    QString type;
    std::optional<bool> nullable;
    QString generated;
};

struct SchemaConstraint
{
    QString type; ///< primary_key | unique | foreign_key
    QString name;
    QStringList columns;
    QString referencedSchema;
    QString referencedTable;
    QStringList referencedColumns;
};

struct SchemaTable
{
    QString schema;
    QString name;
    QList<SchemaColumn> columns;
    QList<SchemaConstraint> constraints;
};

/// `BranchSchemaResponse`: either `sql` (format=sql) or `json.tables` (format=json).
struct BranchSchema
{
    QString sql;
    QList<SchemaTable> tables;
    bool isJson = false;
};

/// `BranchSchemaCompareResponse`: a unified diff, empty when both sides are equal.
struct SchemaDiff
{
    QString diff;
    bool isEmpty() const { return diff.isEmpty(); }
};

} // namespace Neon

Q_DECLARE_METATYPE(Neon::BranchSchema)
Q_DECLARE_METATYPE(Neon::SchemaDiff)
