// SPDX-License-Identifier: MIT
#pragma once

#include <neon/branch.h>
#include <neon/project.h>

#include <QDateTime>
#include <QList>
#include <QRandomGenerator>

#include <functional>

/// An organization made up for the in-process benchmarks: `projects` projects of `perProject`
/// branches each, every branch under a random earlier one (branch 0, `main`, is the root) — or,
/// when `flat`, every branch directly under `main`: the widest sibling list a tree can have.
struct SyntheticOrganization
{
    QList<Neon::Project> projects;
    QList<QList<Neon::Branch>> branches; ///< per project, in the order of `projects`

    SyntheticOrganization(int projectCount, int perProject, QRandomGenerator& random, int maxAgeDays,
                          const std::function<QString(int index)>& nameOf, bool flat = false)
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int p = 0; p < projectCount; ++p) {
            Neon::Project project;
            project.id = QStringLiteral("p-%1").arg(p);
            project.name = QStringLiteral("project-%1").arg(p, 5, 10, QLatin1Char('0'));
            projects.append(project);
            QList<Neon::Branch> list;
            for (int b = 0; b < perProject; ++b) {
                Neon::Branch branch;
                branch.id = QStringLiteral("br-%1-%2").arg(p).arg(b);
                branch.projectId = project.id;
                branch.name = b == 0 ? QStringLiteral("main") : nameOf(b);
                branch.isDefault = b == 0;
                if (b > 0)
                    branch.parentId = list.at(flat ? 0 : random.bounded(b)).id;
                branch.currentState = QStringLiteral("ready");
                branch.createdAt = now.addDays(-random.bounded(maxAgeDays));
                branch.logicalSize = random.bounded(1 << 30);
                list.append(branch);
            }
            branches.append(list);
        }
    }
};
