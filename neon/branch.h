// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Neon {

/// `BranchState` is an open string (spec:8879); unknown values are kept and reported as Unknown.
enum class BranchState
{
    Unknown,
    Init,
    Resetting,
    Ready,
    Archived
};
BranchState branchStateFromString(const QString& s);

struct RestrictedAction
{
    QString name;
    QString reason;
    friend bool operator==(const RestrictedAction&, const RestrictedAction&) = default;
};

/// `recovery` of a soft-deleted branch (only with `include_deleted=true`).
struct BranchRecovery
{
    QDateTime deletedAt;
    QDateTime recoverableUntil;
    QString deletionMethod; ///< user | ttl
};

/// `Branch` (spec:8689), every field in neon-api.md §3.1.
struct Branch
{
    QString id;
    QString projectId;
    QString parentId; ///< empty for root branches (the original root and schema-only ones)
    QString parentLsn;
    QDateTime parentTimestamp;
    QString name;
    QString currentState;
    QString pendingState;
    QDateTime stateChangedAt;
    std::optional<qint64> logicalSize;
    QString creationSource;
    std::optional<bool> primary; ///< deprecated alias of `default`
    bool isDefault = false;
    bool isProtected = false;
    qint64 cpuUsedSec = 0;
    qint64 computeTimeSeconds = 0;
    qint64 activeTimeSeconds = 0;
    qint64 writtenDataBytes = 0;
    qint64 dataTransferBytes = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    std::optional<qint64> ttlIntervalSeconds;
    QDateTime expiresAt;
    QDateTime lastResetAt;
    QString createdByName;
    QString createdByImage;
    bool hasCreatedBy = false;
    QString initSource; ///< parent-data | schema-only (open string)
    QString restoreStatus;
    QString restoredFrom;
    QString restoredAs;
    QList<RestrictedAction> restrictedActions;
    std::optional<BranchRecovery> recovery;
    /// Not a field of Neon's `Branch`: the `value` of the branch's annotation, which list and
    /// detail responses carry beside it (`annotations[id]`, `annotation`); filled by the client.
    QHash<QString, QString> annotation;

    BranchState state() const { return branchStateFromString(currentState); }
    bool isRoot() const { return parentId.isEmpty(); }
    bool isSchemaOnly() const { return initSource == QLatin1String("schema-only"); }
    bool isSettled() const { return state() == BranchState::Ready && pendingState.isEmpty(); }
    bool isRestricted(const QString& action) const;
};

/// `AnnotationData`: the Console's tags on a branch (`value.environment`, the CLI's `value.anonymized`).
struct Annotation
{
    QString objectType;
    QString objectId;
    QHash<QString, QString> value;
    QDateTime createdAt;
    QDateTime updatedAt;
};

/// `GET /projects/{id}/branches/{id}`.
struct BranchDetails
{
    Branch branch;
    std::optional<Annotation> annotation;
};

/// Everything `GET /projects/{id}/branches` returned after walking every page.
struct BranchList
{
    QList<Branch> branches;
    QHash<QString, Annotation> annotations; ///< by branch id
};

} // namespace Neon

Q_DECLARE_METATYPE(Neon::Branch)
