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
    /// Written atomically (temporary file, then rename).
    bool save(const QString& path, QString* error) const;
    static bool load(const QString& path, TreeSnapshot* out, QString* error);
};

} // namespace Models
