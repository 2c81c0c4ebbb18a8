// SPDX-License-Identifier: MIT
#pragma once

#include "compute.h"
#include "operation.h"
#include "project.h"

#include <QMetaType>

#include <optional>

namespace Neon {

/// `EndpointOperations`: the answer of creating, changing, starting, suspending, restarting and
/// deleting a compute. `alreadyGone`: DELETE answered 204.
struct EndpointOperations
{
    Endpoint endpoint;
    QList<Operation> operations;
    bool alreadyGone = false;
};

/// `ProjectUpdateRequest`: only what is set is sent.
struct ProjectUpdate
{
    std::optional<QString> name;
    std::optional<qint64> historyRetentionSeconds; ///< the restore window
};

/// `ProjectOperations`: the answer of changing a project.
struct ProjectOperations
{
    Project project;
    QList<Operation> operations;
};

/// The longest restore window (`history_retention_seconds`) a plan allows, from Neon's
/// published plans (neon.com/docs/introduction/history-window, read 2026-12-03): Free 6 hours,
/// Launch 7 days, Scale (and Business, Agent, Enterprise) 30 days. Unknown plans: the API's 30 days.
qint64 maxRestoreWindowSeconds(const QString& plan);
/// Why a restore window cannot be set on that plan, or empty.
QString restoreWindowProblem(qint64 seconds, const QString& plan);

/// `DatabaseOperations`.
struct DatabaseOperations
{
    Database database;
    QList<Operation> operations;
    bool alreadyGone = false;
};

/// `RoleOperations`. After create and reset_password the role carries its (new) password.
struct RoleOperations
{
    Role role;
    QList<Operation> operations;
    bool alreadyGone = false;
};

/// `EndpointCreateRequest.endpoint`: unset fields are left to the server's defaults.
struct EndpointCreate
{
    QString branchId;
    QString type = QStringLiteral("read_write"); ///< read_write | read_only
    std::optional<double> autoscalingLimitMinCu;
    std::optional<double> autoscalingLimitMaxCu;
    std::optional<qint64> suspendTimeoutSeconds; ///< -1 never, 0 default (300 s), else 60..604800
    QString name;
};

/// `EndpointUpdateRequest.endpoint`: only the fields that are set are sent.
struct EndpointUpdate
{
    std::optional<double> autoscalingLimitMinCu;
    std::optional<double> autoscalingLimitMaxCu;
    std::optional<qint64> suspendTimeoutSeconds;
    std::optional<QString> name;
    std::optional<bool> disabled;
};

/// `DatabaseUpdateRequest.database`.
struct DatabaseUpdate
{
    std::optional<QString> name;
    std::optional<QString> ownerName;
};

/// Neon's compute sizes: 0.25, 0.5 and whole numbers up to 16 CU (autoscaling ranges span at most 8).
QList<double> computeUnitSteps();
/// What is wrong with an autoscaling range for a plan whose maximum is `planMaximum` (0: none), or empty.
QString computeRangeProblem(double minCu, double maxCu, double planMaximum);
/// What is wrong with a suspend timeout, or empty.
QString suspendTimeoutProblem(qint64 seconds);
/// What is wrong with a role or database name (1 to 63 bytes), or empty.
QString objectNameProblem(const QString& kind, const QString& name);

} // namespace Neon

Q_DECLARE_METATYPE(Neon::EndpointOperations)
Q_DECLARE_METATYPE(Neon::DatabaseOperations)
Q_DECLARE_METATYPE(Neon::RoleOperations)
