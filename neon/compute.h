// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Neon {

/// `Endpoint` (compute) (spec:9336).
struct Endpoint
{
    QString id;
    QString host;
    QString name;
    QString projectId;
    QString branchId;
    QString regionId;
    QString type; ///< read_write | read_only
    QString currentState; ///< init | active | idle
    QString pendingState;
    double autoscalingLimitMinCu = 0;
    double autoscalingLimitMaxCu = 0;
    qint64 suspendTimeoutSeconds = 0;
    bool poolerEnabled = false;
    QString poolerMode;
    bool disabled = false;
    bool passwordlessAccess = false;
    QString provisioner;
    QString proxyHost;
    QString creationSource;
    QString computeReleaseVersion;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime lastActive;
    QDateTime startedAt;
    QDateTime suspendedAt;
    QHash<QString, QString> pgSettings; ///< `settings.pg_settings`
    std::optional<bool> preloadUseDefaults; ///< `settings.preload_libraries.use_defaults`
    QStringList preloadLibraries; ///< `settings.preload_libraries.enabled_libraries`

    bool isReadWrite() const { return type == QLatin1String("read_write"); }
    bool isActive() const { return currentState == QLatin1String("active"); }
};

/// Options for a compute in a create-branch request (`endpoints[]`).
struct EndpointOptions
{
    QString type = QStringLiteral("read_write");
    std::optional<double> autoscalingLimitMinCu;
    std::optional<double> autoscalingLimitMaxCu;
    std::optional<qint64> suspendTimeoutSeconds;
    QString provisioner;
};

/// `Database` (spec:10159).
struct Database
{
    qint64 id = 0;
    QString branchId;
    QString name;
    QString ownerName;
    QDateTime createdAt;
    QDateTime updatedAt;
};

/// `Role` (spec:9840). The password is sensitive and only present where Neon reveals it.
struct Role
{
    QString branchId;
    QString name;
    QString password;
    std::optional<bool> isProtected;
    QString authenticationMethod;
    QDateTime createdAt;
    QDateTime updatedAt;
};

/// `ConnectionDetails` in `connection_uris[]`, and the answer of `GET …/connection_uri`.
struct ConnectionUri
{
    QString uri;
    QString database;
    QString password;
    QString role;
    QString host;
    QString poolerHost;
};

} // namespace Neon

Q_DECLARE_METATYPE(Neon::Endpoint)
Q_DECLARE_METATYPE(Neon::Database)
Q_DECLARE_METATYPE(Neon::Role)
