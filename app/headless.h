// SPDX-License-Identifier: MIT
#pragma once

/// Canopy without a window, for scripts and CI: the same client, planner and runner.
///   canopy cleanup --org ID [--project ID…] [criteria] [--dry-run] [--yes] [--output json|table]
///   canopy branches list --project ID [--output json|table] [--tree]
///   canopy anonymize --project ID --source BRANCH --rules FILE --name NEW [--load neon|canopy] [--refresh] [--yes]
/// Exit codes: 0 done, 1 partly done, 2 failed (including usage errors).
namespace Headless {

bool isCommand(int argc, char* argv[]);
int run(int argc, char* argv[]);

} // namespace Headless
