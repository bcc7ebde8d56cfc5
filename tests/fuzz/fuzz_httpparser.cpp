// Feeds arbitrary bytes to the HTTP request-head parser.
#include "httpparser.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto result = nest::http::parseRequestHead(input, 16 * 1024, 1 << 20);
    if (result.status == nest::http::ParseResult::Status::Complete
        && (result.headLength <= 0 || result.headLength > input.size()))
        __builtin_trap(); // the parser claimed bytes it was not given
    return 0;
}
