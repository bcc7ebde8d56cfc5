#include "logging.h"

Q_LOGGING_CATEGORY(lcServer, "nest.server")
Q_LOGGING_CATEGORY(lcRequest, "nest.server.request")
Q_LOGGING_CATEGORY(lcStream, "nest.server.stream")
