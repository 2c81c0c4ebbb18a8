// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

// Requests are logged by method and URL only: never headers, never bodies (they can hold
// passwords and the Authorization header holds the API key).
Q_DECLARE_LOGGING_CATEGORY(lcNeon)
