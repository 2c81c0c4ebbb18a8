// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Models {

class ProjectTreeModel;

/// One step of the guided tour of Neon's branching workflows ("Production lives on Neon"), told
/// on the demo seed's projects: the rows it talks about and the action that reproduces it.
struct TourStep
{
    enum class Action { None, CompareSchemas, ResetFromParent, MaskingRules, AddDeveloper, Cleanup };

    QString title;
    QString text;
    /// The rows it points at: "project" for a project row, "project/branch" for a branch.
    QStringList rows;
    Action action = Action::None;
    QString actionLabel; ///< "Reset dev-bob from main-dev"
    QString actionRow; ///< the row selected before the action runs ("shop/dev-bob")
};

/// The tour: what branches are, then the three layouts of the demo, then keeping it tidy.
QList<TourStep> workflowTour();

/// Where a tour row is in the model: the project's id and, for a branch, its id; empty when the
/// organization has no such row (a real account rather than the demo).
struct TourRow
{
    QString projectId;
    QString branchId;
    bool isValid() const { return !projectId.isEmpty(); }
};
TourRow findTourRow(const ProjectTreeModel& model, const QString& row);

} // namespace Models
