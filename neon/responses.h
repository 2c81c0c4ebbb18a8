// SPDX-License-Identifier: MIT
#pragma once

#include "anonymization.h"
#include "branch.h"
#include "compute.h"
#include "operation.h"

namespace Neon {

/// `CreatedBranch`: the 201 answer of branch create and branch_anonymized.
struct CreatedBranch
{
    Branch branch;
    QList<Endpoint> endpoints;
    QList<Operation> operations;
    QList<Role> roles;
    QList<Database> databases;
    QList<ConnectionUri> connectionUris;
};

/// `BranchOperations`: PATCH, DELETE (200), restore, set_as_default; also recover (no operations).
/// `deleted` is true when DELETE answered 204: the branch was already gone.
struct BranchOperations
{
    Branch branch;
    QList<Operation> operations;
    QList<Endpoint> endpoints; ///< recover only
    bool alreadyGone = false;
};

/// What a create-branch request asks for (`BranchCreateRequest` + `endpoints[]` + annotation).
struct BranchCreateOptions
{
    QString parentId;
    QString name;
    QString parentLsn;
    QDateTime parentTimestamp;
    std::optional<bool> isProtected;
    std::optional<bool> archived;
    QString initSource; ///< empty = server default (parent-data), or "schema-only"
    QDateTime expiresAt;
    QList<EndpointOptions> endpoints;
    bool sendEndpoints = true; ///< false: omit `endpoints` (server default: no compute)
    QHash<QString, QString> annotation;
};

/// `BranchUpdateRequest`: only the fields that are set are sent; `clearExpiration` sends null.
struct BranchUpdate
{
    std::optional<QString> name;
    std::optional<bool> isProtected;
    QDateTime expiresAt;
    bool clearExpiration = false;
};

/// `BranchRestoreRequest`.
struct BranchRestore
{
    QString sourceBranchId;
    QString sourceLsn;
    QDateTime sourceTimestamp;
    QString preserveUnderName;
};

/// `BranchAnonymizedCreateRequest`.
struct AnonymizedBranchCreate
{
    std::optional<BranchCreateOptions> branchCreate;
    QList<MaskingRule> maskingRules;
    std::optional<bool> startAnonymization;
    QHash<QString, QString> annotation;
};

} // namespace Neon

Q_DECLARE_METATYPE(Neon::CreatedBranch)
Q_DECLARE_METATYPE(Neon::BranchOperations)
