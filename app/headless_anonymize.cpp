// SPDX-License-Identifier: MIT
// `canopy anonymize`: the PII workflow without a window, for the nightly refresh of main-anon.
#include "headlesscommon.h"
#include "headlessoutput.h"

#include <models/formatting.h>
#include <models/maskingrulesfile.h>
#include <models/piiworkflow.h>
#include <sandbox/termination.h>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Headless {

namespace {

struct Options
{
    QCommandLineOption project{u"project"_s, u"The project."_s, u"id"_s};
    QCommandLineOption source{u"source"_s, u"The branch with the production data (name or id)."_s, u"branch"_s};
    QCommandLineOption rules{u"rules"_s, u"Masking rules, as the rules editor exports them (JSON)."_s, u"file"_s};
    QCommandLineOption name{u"name"_s, u"The anonymized branch to create or refresh, e.g. main-anon."_s, u"branch"_s};
    QCommandLineOption load{u"load"_s, u"neon (Neon's anonymization, the default) or canopy (Canopy's own load into a "
                                       "schema-only branch)."_s, u"how"_s, u"neon"_s};
    QCommandLineOption refresh{u"refresh"_s, u"Replace an existing anonymized branch and create its children again."_s};
    QCommandLineOption child{u"child"_s, u"A branch to create under it (repeatable; with --refresh the old children by "
                                         "default)."_s, u"branch"_s};
    QCommandLineOption yes{u"yes"_s, u"Carry out the steps (without it, they are only printed)."_s};
};

/// The plan from the command line and the project's branches; empty `problem` when it holds.
Models::PiiWorkflow::Plan planFrom(const QCommandLineParser& parser, const Options& o, const QList<Neon::Branch>& branches,
                                   QString* problem)
{
    Models::PiiWorkflow::Plan plan;
    plan.projectId = parser.value(o.project);
    plan.name = parser.value(o.name);
    plan.load = parser.value(o.load) == "canopy"_L1 ? Models::PiiWorkflow::Load::Canopy : Models::PiiWorkflow::Load::NeonServer;
    QFile file(parser.value(o.rules));
    QString error;
    if (!file.open(QIODevice::ReadOnly) || !Models::MaskingRulesFile::read(file.readAll(), &plan.rules, &error)) {
        *problem = u"cannot read the masking rules %1: %2"_s.arg(file.fileName(), error.isEmpty() ? file.errorString() : error);
        return plan;
    }
    const auto named = [&branches](const QString& key) {
        const auto it = std::find_if(branches.cbegin(), branches.cend(), [&key](const Neon::Branch& b) { return b.name == key || b.id == key; });
        return it == branches.cend() ? std::optional<Neon::Branch>() : std::optional(*it);
    };
    const std::optional<Neon::Branch> source = named(parser.value(o.source));
    if (!source) {
        *problem = u"there is no branch %1 in project %2"_s.arg(parser.value(o.source), plan.projectId);
        return plan;
    }
    plan.source = *source;
    const std::optional<Neon::Branch> existing = named(plan.name);
    if (existing && !parser.isSet(o.refresh))
        *problem = u"%1 exists already: add --refresh to replace it"_s.arg(plan.name);
    else if (!existing && parser.isSet(o.refresh))
        *problem = u"there is no %1 to refresh"_s.arg(plan.name);
    if (existing && parser.isSet(o.refresh)) {
        plan.replaces = *existing;
        for (const Neon::Branch& b : branches) {
            if (b.parentId == existing->id)
                plan.replacedChildren.append(b.name);
        }
    }
    plan.children = parser.isSet(o.child) ? parser.values(o.child) : plan.replacedChildren;
    return plan;
}

QString outcomeName(Models::PiiWorkflow::Outcome outcome)
{
    switch (outcome) {
    case Models::PiiWorkflow::Outcome::Completed: return u"completed"_s;
    case Models::PiiWorkflow::Outcome::RolledBack: return u"rolled_back"_s;
    case Models::PiiWorkflow::Outcome::CompletedWithProblems: return u"completed_with_problems"_s;
    case Models::PiiWorkflow::Outcome::RollbackFailed: return u"rollback_failed"_s;
    }
    return {};
}

QByteArray stepsJson(const QStringList& steps, int reached, bool ran, bool ok, const QString& message, const QString& outcome = {})
{
    QJsonArray list;
    for (int i = 0; i < steps.size(); ++i) {
        const QString status = !ran ? u"planned"_s : i < reached ? u"done"_s : i == reached ? (ok ? u"done"_s : u"failed"_s) : u"not run"_s;
        // (with a roll-back, "done" steps were undone: the message says so)
        list.append(QJsonObject{{u"step"_s, i + 1}, {u"description"_s, steps.at(i)}, {u"status"_s, status}});
    }
    QJsonObject o{{u"ran"_s, ran}, {u"ok"_s, ok}, {u"message"_s, message}, {u"steps"_s, list}};
    if (!outcome.isEmpty())
        o.insert(u"outcome"_s, outcome);
    return QJsonDocument(o)
        .toJson(QJsonDocument::Indented);
}

QByteArray stepsTable(const QStringList& steps)
{
    QByteArray out;
    for (int i = 0; i < steps.size(); ++i)
        out += u"%1. %2\n"_s.arg(QString::number(i + 1), Models::Formatting::printable(steps.at(i))).toUtf8();
    return out;
}

} // namespace

int anonymize(const QStringList& arguments)
{
    QCommandLineParser parser;
    Common common;
    common.addTo(parser, u"Build (or with --refresh replace) an anonymized copy of a branch, as the window's PII workflow does."_s);
    const Options o;
    parser.addOptions({o.project, o.source, o.rules, o.name, o.load, o.refresh, o.child, o.yes});
    parser.process(arguments);
    QString problem;
    const QString format = common.format(parser, &problem);
    for (const QCommandLineOption* required : {&o.project, &o.source, &o.rules, &o.name}) {
        if (problem.isEmpty() && !parser.isSet(*required))
            problem = u"anonymize needs --%1 (see `canopy anonymize --help`)"_s.arg(required->names().first());
    }
    if (problem.isEmpty() && parser.value(o.load) != "neon"_L1 && parser.value(o.load) != "canopy"_L1)
        problem = u"--load takes neon or canopy, not %1"_s.arg(parser.value(o.load));
    if (!problem.isEmpty())
        return usageError(problem);
    std::unique_ptr<Neon::Client> client = common.client(parser, &problem);
    if (!client)
        return usageError(problem);
    auto branches = client->branches(parser.value(o.project));
    waitFor(branches.get(), &Neon::Reply::finished);
    if (!branches->ok())
        return usageError(branches->error().toUserText());
    const Models::PiiWorkflow::Plan plan = planFrom(parser, o, branches->value().branches, &problem);
    if (!problem.isEmpty())
        return usageError(problem);

    Models::PiiWorkflow workflow(client.get(), plan);
    const QStringList steps = workflow.describe();
    if (!parser.isSet(o.yes)) {
        writeOut(format == "json"_L1 ? stepsJson(steps, -1, false, true, {}) : stepsTable(steps));
        say(u"Nothing was done. Add --yes to run these %1 steps."_s.arg(steps.size()));
        return Done;
    }
    int reached = -1;
    bool ok = false;
    QString message;
    auto outcome = Models::PiiWorkflow::Outcome::RolledBack;
    QObject::connect(&workflow, &Models::PiiWorkflow::outcome, &workflow, [&outcome](Models::PiiWorkflow::Outcome o) { outcome = o; });
    QObject::connect(&workflow, &Models::PiiWorkflow::stepStarted, &workflow, [&reached](int index, const QString& text) {
        reached = index;
        say(u"Step %1: %2"_s.arg(QString::number(index + 1), text));
    });
    QObject::connect(&workflow, &Models::PiiWorkflow::progress, &workflow, [](const QString& text) { say(text); });
    QObject::connect(&workflow, &Models::PiiWorkflow::finished, &workflow, [&](bool done, const QString& text) {
        ok = done;
        message = text;
    });
    Sandbox::onTerminationSignals([&workflow] { workflow.cancel(); }); // before the swap: undone; after: completed
    workflow.start();
    waitFor(&workflow, &Models::PiiWorkflow::finished);
    writeOut(format == "json"_L1 ? stepsJson(steps, reached, true, ok, message, outcomeName(outcome)) : stepsTable(steps) + Models::Formatting::printable(message).toUtf8() + '\n');
    say(message);
    // Rolled back: nothing changed. A child missing, or an undo that failed: partly done.
    return ok ? Done : outcome == Models::PiiWorkflow::Outcome::RolledBack ? Failed : Partial;
}

} // namespace Headless
