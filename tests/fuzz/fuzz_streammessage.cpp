// Feeds arbitrary bytes to the stream's client-message decoder.
#include "streamprotocol.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto decoded = nest::server::decodeClientMessage(input);
    if (const auto *m = std::get_if<nest::server::ClientMessage>(&decoded)) {
        if (m->since && *m->since < 0)
            __builtin_trap(); // the decoder promised a non-negative since
    }
    return 0;
}
