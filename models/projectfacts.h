// SPDX-License-Identifier: MIT
#pragma once

#include <neon/branch.h>
#include <neon/project.h>

#include <QList>
#include <QString>
#include <QStringList>

namespace Models {

/// Which of Neon's branching workflows ("Production lives on Neon") a project's branches follow.
enum class ProjectLayout {
    Empty, ///< no branches loaded
    SingleBranch, ///< only the default branch
    NoPii, ///< main → main-dev (a base with data) → dev/preview/qa
    Pii, ///< main, and a schema-only or anonymized base (main-anon) the environments derive from
    DirectFromMain, ///< environments straight from main (a project per customer, or a sanitized dev/test project)
};

/// What a project row of the tree tells: its layout, base branches and root branches.
struct ProjectFacts
{
    ProjectLayout layout = ProjectLayout::Empty;
    QString defaultBranch;
    QStringList baseBranches; ///< the base tier (main-dev, main-anon, …), tree order
    QStringList rootBranches; ///< branches without a parent: the default's root and schema-only ones
    int branchCount = 0;
    int environmentCount = 0; ///< dev, preview and QA branches
};

/// `branches`: the project's loaded branches, parents before children.
ProjectFacts projectFacts(const QList<Neon::Branch>& branches);
/// "No PII in production: main → main-dev → dev, preview, QA", for people.
QString layoutDescription(const ProjectFacts& facts);
/// "7 days", "1 day", "24 hours"; empty when the project does not say.
QString restoreWindowText(const Neon::Project& project);
/// What a restore window of `seconds` means on `plan` for the bill, in one sentence. Neon's
/// published terms (neon.com/docs/introduction/history-window and /pricing, read 2026-12-03):
/// Free keeps up to 6 hours, capped at 1 GB of history, at no charge; Launch (up to 7 days) and
/// Scale (up to 30 days) bill the change history kept as instant-restore storage, $0.20 per
/// GB-month; only root branches' history counts.
QString restoreWindowCost(const QString& plan, qint64 seconds);

} // namespace Models
