// SPDX-License-Identifier: MIT
#include "workflowtour.h"

#include "projecttreemodel.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Models {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Models::WorkflowTour)
};
} // namespace

QList<TourStep> workflowTour()
{
    using A = TourStep::Action;
    return {
        {Text::tr("Branches are copies you can throw away"),
         Text::tr("A Neon branch is a copy-on-write copy of its parent's data and schema, made in a second whatever the "
            "size. Each person, pull request and test gets one; the tree shows who derives from whom, the lanes in "
            "the parent's tier colour (see the dots on the filter chips)."),
         {u"shop"_s, u"shop/main"_s, u"shop/main-dev"_s, u"shop/dev-alice"_s},
         A::CompareSchemas,
         Text::tr("Compare dev-alice's schema with main-dev"),
         u"shop/dev-alice"_s},
        {Text::tr("No PII in production: main → main-dev → environments"),
         Text::tr("main is production. main-dev is a long-lived base branch; dev-…, preview-pr-… and qa-… branches derive "
            "from it and are reset from it whenever they drift, or deleted and made again. Nothing is lost that "
            "matters: the base holds the data everyone starts from."),
         {u"shop/main"_s, u"shop/main-dev"_s, u"shop/dev-bob"_s, u"shop/preview-pr-42"_s, u"shop/qa-metrics-test"_s},
         A::ResetFromParent,
         Text::tr("Reset dev-bob from main-dev"),
         u"shop/dev-bob"_s},
        {Text::tr("PII in production: main → main-anon → environments"),
         Text::tr("When production holds personal data, no developer branches from it. main-anon is a schema-only branch "
            "of main (a root of its own, hollow dot) loaded with anonymized data by masking rules; dev, preview and "
            "QA branches derive from main-anon. Only main-anon needs care: refreshing it means building a new one."),
         {u"clinic/main"_s, u"clinic/main-anon"_s, u"clinic/dev-carol"_s, u"clinic/preview-pr-7"_s, u"clinic/qa-privacy"_s},
         A::MaskingRules,
         Text::tr("See main-anon's masking rules, with masked sample rows"),
         u"clinic/main-anon"_s},
        {Text::tr("A project per customer"),
         Text::tr("Each customer's production lives in a project of its own (customer-acme, customer-globex), side by "
            "side in the tree. Development happens in a separate dev/test project whose main holds sanitized data; "
            "its branches derive straight from that main."),
         {u"customer-acme"_s, u"customer-globex"_s, u"customer-dev-test"_s, u"customer-dev-test/main"_s,
          u"customer-dev-test/dev-erin"_s},
         A::AddDeveloper,
         Text::tr("Add a developer to customer-dev-test"),
         u"customer-dev-test/main"_s},
        {Text::tr("Keep the fleet tidy"),
         Text::tr("Environments go stale. The cleanup finds branches nobody used for a while, says why each is in or out, "
            "never touches the default, protected or base branches, and deletes leaves first; deleted branches can "
            "be recovered for 7 days."),
         {u"shop/dev-bob"_s, u"shop/dev-carl"_s, u"shop/preview-pr-17"_s, u"shop/preview-pr-31"_s},
         A::Cleanup,
         Text::tr("Plan a cleanup of stale branches"),
         u"shop"_s},
    };
}

TourRow findTourRow(const ProjectTreeModel& model, const QString& row)
{
    const QString project = row.section(QLatin1Char('/'), 0, 0);
    const QString branch = row.section(QLatin1Char('/'), 1);
    for (const QString& id : model.projectIds()) {
        const Neon::Project* p = model.project(id);
        if (!p || p->name != project)
            continue;
        if (branch.isEmpty())
            return {id, {}};
        for (const Neon::Branch& b : model.branchesOf(id)) {
            if (b.name == branch)
                return {id, b.id};
        }
    }
    return {};
}

} // namespace Models
