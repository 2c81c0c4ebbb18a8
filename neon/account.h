// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Neon {

/// `Organization` (spec:10361).
struct Organization
{
    QString id;
    QString name;
    QString handle;
    QString plan;
    QString managedBy;
    QDateTime createdAt;
    QDateTime updatedAt;
    std::optional<bool> allowHipaaProjects;
    std::optional<bool> requireMfa;
};

/// One `auth_accounts[]` item of `CurrentUserInfoResponse`.
struct AuthAccount
{
    QString email;
    QString image;
    QString login;
    QString name;
    QString provider; ///< open-ended: github, google, …
};

/// `CurrentUserInfoResponse` (spec:10526).
struct CurrentUser
{
    QString id;
    QString email;
    QString login;
    QString name;
    QString lastName;
    QString image;
    QString plan;
    qint64 activeSecondsLimit = 0;
    qint64 projectsLimit = 0;
    qint64 branchesLimit = 0;
    double maxAutoscalingLimit = 0;
    std::optional<qint64> computeSecondsLimit;
    QList<AuthAccount> authAccounts;
};

} // namespace Neon

Q_DECLARE_TYPEINFO(Neon::Organization, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(Neon::Organization)
Q_DECLARE_METATYPE(Neon::CurrentUser)
