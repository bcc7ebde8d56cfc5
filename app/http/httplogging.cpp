#include "httplogging.h"

Q_LOGGING_CATEGORY(lcHttp, "nest.http")
