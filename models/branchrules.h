// SPDX-License-Identifier: MIT
#pragma once

#include <neon/branch.h>

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Models {

/// Neon's platform rules for branch actions (PRODUCT.md, "Platform rules"), checked before a
/// request is sent so a dialog can say why an action cannot run. Each returns an empty string
/// when the action is allowed, else a sentence for people.
namespace BranchRules {

constexpr int maxNameLength = 256; ///< BranchCreateRequest/BranchUpdateRequest `name` (1..256)
constexpr int maxExpirationDays = 30;

/// `taken`: the names of the project's branches (a rename passes its own old name out of it).
QString nameProblem(const QString& name, const QStringList& taken);
QString createFromProblem(const Neon::Branch& parent);
QString deleteProblem(const Neon::Branch& branch, int children, bool withSubtree);
QString resetProblem(const Neon::Branch& branch);
QString restoreProblem(const Neon::Branch& branch);
QString expirationProblem(const Neon::Branch& branch, int children, const QDateTime& expiresAt, const QDateTime& now);
QString setDefaultProblem(const Neon::Branch& branch);
/// Reset and restore of base branches (main-dev, main-anon, …) and of branches with children
/// ask the user to type the branch's name.
bool needsTypedConfirmation(const Neon::Branch& branch, int children);
/// `wanted` if no branch of the project has it, else the first free of `wanted-2`, `wanted-3`, ….
QString freeName(const QString& wanted, const QStringList& taken);
/// The backup's name Neon's console suggests: `<name>_old_<UTC timestamp>`, cut to the limit.
QString backupName(const QString& name, const QDateTime& now);

} // namespace BranchRules
} // namespace Models
