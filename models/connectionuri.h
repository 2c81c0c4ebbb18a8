// SPDX-License-Identifier: MIT
#pragma once

#include <neon/client.h>

namespace Models {

/// The connection URI of a branch for `database` as `role`; an empty database or role means the
/// branch's first one (as the details panel preselects them). Fails with a clear error when the
/// branch has no database or role to connect with.
Neon::Pending<Neon::ConnectionUri> connectionUriFor(Neon::Client& client, const QString& projectId, const QString& branchId,
                                                    const QString& database = {}, const QString& role = {});

} // namespace Models
