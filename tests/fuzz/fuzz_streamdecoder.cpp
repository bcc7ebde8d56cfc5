// Feeds arbitrary bytes to the client's stream decoder (the hot path of every live update),
// through both input paths, and checks what it promises about anything it accepts.
#include "streamdecoder.h"

#include <cstdint>

namespace {
void check(const nest::client::StreamDecoder::Result &r)
{
    using namespace nest::client;
    if (!r.ok()) {
        if (r.error.isEmpty())
            __builtin_trap(); // a refusal always says why
        return;
    }
    if (const auto *events = std::get_if<StreamEvents>(&*r.message)) {
        if (events->events.isEmpty())
            __builtin_trap();
        qint64 previous = 0;
        for (const StreamEvent &e : events->events) {
            // Seqs positive, bounded and strictly increasing; every event complete.
            if (e.seq <= previous || e.seq > StreamDecoder::kMaxInteger || e.ts < 0
                || e.topic.isEmpty() || !e.data.startsWith('{') || !e.data.endsWith('}'))
                __builtin_trap();
            previous = e.seq;
        }
    } else if (const auto *ready = std::get_if<StreamReady>(&*r.message)) {
        if (ready->head < 0 || !ready->userJson.startsWith('{'))
            __builtin_trap();
    } else if (const auto *reset = std::get_if<StreamReset>(&*r.message)) {
        if (reset->head < 0 || reset->topic.isEmpty())
            __builtin_trap();
    } else if (const auto *error = std::get_if<StreamError>(&*r.message)) {
        if (error->code.isEmpty())
            __builtin_trap();
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static nest::client::StreamDecoder decoder(64 * 1024); // reused, as in the client
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto copied = decoder.decode(input);
    check(copied);
    // The in-place path (spare capacity as padding) must agree with the copying one.
    QByteArray padded(input.data(), input.size());
    padded.reserve(input.size() + 64);
    const auto inPlace = decoder.decode(padded);
    check(inPlace);
    if (copied.ok() != inPlace.ok() || copied.error != inPlace.error)
        __builtin_trap();
    return 0;
}
