// SPDX-License-Identifier: MIT
#pragma once

#include <neon/branch.h>
#include <neon/project.h>

#include <QDateTime>
#include <QHash>
#include <QList>

namespace Models {

class ProjectTreeModel;

/// What the tree showed, kept on disk so the next start paints at once (then refreshes).
/// Holds no secrets: projects and branches only, no roles or connection strings.
struct TreeSnapshot
{
    QDateTime savedAt;
    QList<Neon::Project> projects;
    QHash<QString, QList<Neon::Branch>> branches; ///< by project id, for the projects that were loaded
    QHash<QString, QDateTime> lastActive; ///< by branch id

    static TreeSnapshot of(const ProjectTreeModel& model);
    void applyTo(ProjectTreeModel& model) const;
    /// Written atomically (temporary file, then rename), readable by its owner only, in a folder
    /// only its owner can open.
    bool save(const QString& path, QString* error) const;
    /// The name snapshots of one account go by in `folder`: a keyed digest (HMAC-SHA256) of
    /// `account` (host and API key) under this installation's random salt, so the name neither
    /// holds the key nor can be checked against a guessed key elsewhere. Empty without a salt.
    /// Making the salt removes the snapshots (*.json) named without it.
    static QString accountName(const QString& folder, const QByteArray& account);
    static bool load(const QString& path, TreeSnapshot* out, QString* error);
};

} // namespace Models
