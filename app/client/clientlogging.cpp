#include "clientlogging.h"

Q_LOGGING_CATEGORY(lcNet, "nest.net")
