// SPDX-License-Identifier: MIT
#include "headless.h"

#include "englishplurals.h"
#include "headlesscommon.h"
#include "headlessoutput.h"

#include <models/branchload.h>
#include <models/cleanuprun.h>
#include <models/cleanupscan.h>
#include <neon/client.h>
#include <neon/credentials.h>
#include <sandbox/termination.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Headless {

namespace {

bool readDays(const QCommandLineParser& parser, const QCommandLineOption& option, int* days, QString* problem)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    *days = parser.value(option).toInt(&ok);
    if (!ok || *days <= 0) {
        *problem = u"--%1 takes a whole number of days above 0"_s.arg(option.names().first());
        return false;
    }
    return true;
}

int cleanup(const QStringList& arguments)
{
    QCommandLineParser parser;
    Common common;
    common.addTo(parser, u"Plan (and with --yes carry out) the deletion of stale branches."_s);
    const QCommandLineOption org(u"org"_s, u"The organization to clean."_s, u"id"_s);
    const QCommandLineOption project(u"project"_s, u"Only this project (repeatable)."_s, u"id"_s);
    const QCommandLineOption inactive(u"inactive-days"_s, u"No activity for at least N days."_s, u"N"_s);
    const QCommandLineOption older(u"older-than-days"_s, u"Created more than N days ago."_s, u"N"_s);
    const QCommandLineOption pattern(u"pattern"_s, u"Branch name wildcard, e.g. 'preview-*' (repeatable)."_s, u"glob"_s);
    const QCommandLineOption expired(u"expired"_s, u"Only branches whose expiration has passed."_s);
    const QCommandLineOption noCompute(u"no-compute"_s, u"Only branches without compute time this period."_s);
    const QCommandLineOption preset(u"preset"_s, u"Start from a preset: stale-previews or idle-dev."_s, u"name"_s);
    const QCommandLineOption dryRun(u"dry-run"_s, u"Print the plan only (the default without --yes)."_s);
    const QCommandLineOption yes(u"yes"_s, u"Delete the planned branches."_s);
    parser.addOptions({org, project, inactive, older, pattern, expired, noCompute, preset, dryRun, yes});
    parser.process(arguments);

    QString problem;
    const QString format = common.format(parser, &problem);
    if (!problem.isEmpty())
        return usageError(problem);
    if (!parser.isSet(org))
        return usageError(u"cleanup needs --org ID (see `canopy cleanup --help`)"_s);
    if (parser.isSet(dryRun) && parser.isSet(yes))
        return usageError(u"--dry-run and --yes exclude each other"_s);
    Models::CleanupCriteria criteria;
    if (parser.isSet(preset)) {
        const auto presets = Models::cleanupPresets();
        const auto it = std::find_if(presets.cbegin(), presets.cend(),
                                     [&](const Models::CleanupPreset& p) { return p.id == parser.value(preset); });
        if (it == presets.cend())
            return usageError(u"unknown preset %1 (stale-previews, idle-dev)"_s.arg(parser.value(preset)));
        criteria = it->criteria;
    }
    if (!readDays(parser, inactive, &criteria.inactiveDays, &problem) || !readDays(parser, older, &criteria.olderThanDays, &problem))
        return usageError(problem);
    if (parser.isSet(pattern))
        criteria.patterns = parser.values(pattern);
    criteria.expired = criteria.expired || parser.isSet(expired);
    criteria.noComputeThisPeriod = criteria.noComputeThisPeriod || parser.isSet(noCompute);
    if (const QString p = criteria.problem(); !p.isEmpty())
        return usageError(p);

    std::unique_ptr<Neon::Client> client = common.client(parser, &problem);
    if (!client)
        return usageError(problem);
    Models::CleanupScan scan(client.get(), parser.value(org), parser.values(project));
    scan.start();
    waitFor(&scan, &Models::CleanupScan::finished);
    if (!scan.ok())
        return usageError(scan.problem());
    const Models::CleanupPlan plan = Models::planCleanup(scan.projects(), criteria, QDateTime::currentDateTimeUtc());

    if (!parser.isSet(yes) || plan.deleteCount() == 0) {
        writeOut(format == "json"_L1 ? Models::planToJson(plan) : planTable(plan));
        if (!parser.isSet(dryRun) && plan.deleteCount() > 0)
            say(u"Dry run: nothing was deleted. Add --yes to delete these %1 branches."_s.arg(plan.deleteCount()));
        return Done;
    }

    Models::CleanupRun run(client.get(), plan);
    Sandbox::onTerminationSignals([&run] {
        if (run.runner().wasCancelled())
            return QCoreApplication::exit(Failed); // a second signal: stop waiting
        say(u"Cancelling: deletions under way finish, nothing new starts."_s);
        run.cancel();
    });
    QObject::connect(&run, &Models::CleanupRun::progress, &run, [&run](int finished, int total) {
        const qint64 eta = run.runner().etaMs();
        say(u"%1/%2 done%3"_s.arg(finished).arg(total).arg(eta >= 0 ? u", about %1 s left"_s.arg((eta + 999) / 1000) : QString()));
    });
    say(u"Deleting %1 branches in %2 projects…"_s.arg(plan.deleteCount()).arg(plan.projectsWithDeletions().size()));
    run.start();
    waitFor(&run, &Models::CleanupRun::finished);
    const Models::CleanupReport report = run.report();
    writeOut(format == "json"_L1 ? Models::reportToJson(report) : reportTable(report));
    say(reportSummary(report));
    return report.exitCode();
}

int branchesList(const QStringList& arguments)
{
    QCommandLineParser parser;
    Common common;
    common.addTo(parser, u"Print the branches of a project."_s);
    const QCommandLineOption project(u"project"_s, u"The project."_s, u"id"_s);
    const QCommandLineOption tree(u"tree"_s, u"Show the hierarchy (parents before children)."_s);
    parser.addOptions({project, tree});
    parser.addPositionalArgument(u"list"_s, u"The action."_s);
    parser.process(arguments);
    QString problem;
    const QString format = common.format(parser, &problem);
    if (!problem.isEmpty())
        return usageError(problem);
    if (parser.positionalArguments() != QStringList{u"list"_s})
        return usageError(u"usage: canopy branches list --project ID [--output json|table] [--tree]"_s);
    if (!parser.isSet(project))
        return usageError(u"branches list needs --project ID"_s);
    std::unique_ptr<Neon::Client> client = common.client(parser, &problem);
    if (!client)
        return usageError(problem);
    auto load = Models::loadBranchesWithActivity(*client, parser.value(project), Models::ActivityNeed::BestEffort);
    if (!load->isFinished())
        waitFor(load.get(), &Neon::Reply::finished);
    if (!load->ok())
        return usageError(load->error().toUserText());
    const Models::BranchesWithActivity& loaded = load->value();
    const bool asTree = parser.isSet(tree);
    writeOut(format == "json"_L1 ? branchesJson(loaded.branches, loaded.activity, asTree)
                                 : branchesTable(loaded.branches, loaded.activity, asTree));
    return Done;
}

} // namespace

bool isCommand(int argc, char* argv[])
{
    if (argc < 2)
        return false;
    const QByteArray first(argv[1]);
    return first == "cleanup" || first == "branches" || first == "anonymize" || first == "computes"
        || first == "snapshots";
}

int run(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"Canopy"_s);
    QCoreApplication::setOrganizationName(u"Canopy"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CANOPY_VERSION));
    QCoreApplication::installTranslator(new EnglishPlurals(&app));
    QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.takeAt(1);
    arguments[0] += u" "_s + command;
    if (command == "anonymize"_L1)
        return anonymize(arguments);
    if (command == "computes"_L1)
        return computes(arguments);
    if (command == "snapshots"_L1)
        return snapshots(arguments);
    return command == "cleanup"_L1 ? cleanup(arguments) : branchesList(arguments);
}

} // namespace Headless
