// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

namespace Sandbox {

/// Makes SIGINT, SIGTERM and SIGHUP end the Qt event loop normally, so destructors run: the
/// sandbox's private PostgreSQL is stopped and its temporary folder removed instead of being
/// left behind. Call once, after the QCoreApplication exists.
void quitOnTerminationSignals();
/// The same signals run `then` on the event loop instead (e.g. cancel first, quit on the second).
void onTerminationSignals(std::function<void()> then);

} // namespace Sandbox
