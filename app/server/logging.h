#pragma once

#include <QLoggingCategory>

// The server's logging categories; the client declares its own (nest.net, nest.ui) beside it.
Q_DECLARE_LOGGING_CATEGORY(lcServer)  // nest.server
Q_DECLARE_LOGGING_CATEGORY(lcRequest) // nest.server.request: one line per request
Q_DECLARE_LOGGING_CATEGORY(lcStream)  // nest.server.stream
