// SPDX-License-Identifier: MIT
#pragma once

#include "store.h"

#include <QRandomGenerator>

namespace Sandbox {

/// Makes Neon-shaped objects: ids, names, branches copied from a parent, computes, operations.
class Factory
{
public:
    explicit Factory(quint32 seed = 0);

    QString branchId(); ///< br-adj-noun-8alnum
    QString endpointId(); ///< ep-adj-noun-8alnum
    QString projectId(); ///< adj-noun-8digits
    QString operationId(); ///< a UUID
    QString branchName(); ///< the auto-generated name of a branch created without one
    QString password();

    /// A new branch of `project` copying databases and roles from `parent` (if any).
    BranchRecord branch(const State& state, const QString& projectId, const QString& name, const BranchRecord* parent,
                        const QDateTime& now);
    Neon::Endpoint endpoint(const Neon::Project& project, const QString& branchId, const QString& type,
                            double minCu, double maxCu, const QDateTime& now);
    /// Adds an operation to the state, finishing `durationMs` after `now`.
    Neon::Operation operation(State& state, const QString& projectId, const QString& branchId, const QString& action,
                              const QDateTime& now, qint64 durationMs, const QString& endpointId = {});

    QRandomGenerator& random() { return m_random; }

private:
    QString words(bool withDigits);
    QRandomGenerator m_random;
};

/// Generated DDL of a database, in the order pg_dump would print it (tables by name).
QString schemaSql(const QList<Neon::SchemaTable>& tables);

} // namespace Sandbox
