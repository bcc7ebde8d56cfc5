#include "streamdecoder.h"

#include <array>
#include <cstring>
#include <simdjson.h>
#include <string_view>

namespace nest::client {

namespace od = simdjson::ondemand;
using namespace std::string_view_literals;

namespace {

enum class Type { Missing, Unknown, Ready, Event, Batch, Reset, Error };

Type typeOf(std::string_view name)
{
    if (name == "event"sv)
        return Type::Event;
    if (name == "batch"sv)
        return Type::Batch;
    if (name == "ready"sv)
        return Type::Ready;
    if (name == "reset"sv)
        return Type::Reset;
    if (name == "error"sv)
        return Type::Error;
    return Type::Unknown;
}

QString toQString(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

//! Shared strings for the known types: every frame reports its type, none should allocate for it.
QString typeName(Type type, std::string_view name)
{
    static const QString event = QStringLiteral("event"), batch = QStringLiteral("batch"),
                         ready = QStringLiteral("ready"), reset = QStringLiteral("reset"),
                         error = QStringLiteral("error");
    switch (type) {
    case Type::Event:
        return event;
    case Type::Batch:
        return batch;
    case Type::Ready:
        return ready;
    case Type::Reset:
        return reset;
    case Type::Error:
        return error;
    case Type::Missing:
    case Type::Unknown:
        break;
    }
    return name.size() <= 32 ? toQString(name) : QString();
}

//! Topics and kinds repeat endlessly: hand out shared copies instead of decoding each one again.
class StringCache {
public:
    QString get(std::string_view s)
    {
        for (Entry &e : m_entries) {
            if (e.bytes.size() == qsizetype(s.size())
                && std::memcmp(e.bytes.constData(), s.data(), s.size()) == 0)
                return e.string;
        }
        Entry &slot = m_entries[m_next];
        m_next = (m_next + 1) % m_entries.size();
        slot.bytes = QByteArray(s.data(), qsizetype(s.size()));
        slot.string = toQString(s);
        return slot.string;
    }

private:
    struct Entry {
        QByteArray bytes;
        QString string;
    };
    std::array<Entry, 32> m_entries;
    size_t m_next = 0;
};

// The parsing helpers return nullptr on success and a static reason otherwise, so that the
// success path never builds a string.
using Reason = const char *;

Reason readInteger(od::value v, qint64 &out, const char *what)
{
    int64_t n = 0;
    if (v.get_int64().get(n) != simdjson::SUCCESS)
        return what;
    if (n < 0 || n > StreamDecoder::kMaxInteger)
        return what;
    out = qint64(n);
    return nullptr;
}

Reason validate(od::value v, int depth);

Reason validateObject(od::object object, int depth)
{
    if (depth > StreamDecoder::kMaxDepth)
        return "nested too deeply";
    for (auto member : object) {
        od::field field;
        std::string_view key;
        if (std::move(member).get(field) || field.unescaped_key().get(key))
            return "malformed object";
        if (Reason r = validate(field.value(), depth + 1))
            return r;
    }
    return nullptr;
}

//! Walks a whole value so that the raw bytes handed on are known-good JSON.
Reason validate(od::value v, int depth)
{
    od::json_type type;
    if (v.type().get(type))
        return "malformed value";
    switch (type) {
    case od::json_type::object: {
        od::object object;
        if (v.get_object().get(object))
            return "malformed object";
        return validateObject(object, depth);
    }
    case od::json_type::array: {
        if (depth > StreamDecoder::kMaxDepth)
            return "nested too deeply";
        od::array array;
        if (v.get_array().get(array))
            return "malformed array";
        for (auto element : array) {
            od::value child;
            if (std::move(element).get(child))
                return "malformed array";
            if (Reason r = validate(child, depth + 1))
                return r;
        }
        return nullptr;
    }
    case od::json_type::string: {
        std::string_view s;
        return v.get_string().get(s) ? "malformed string" : nullptr;
    }
    case od::json_type::number: {
        simdjson::ondemand::number n;
        return v.get_number().get(n) ? "number out of range" : nullptr;
    }
    case od::json_type::boolean: {
        bool b = false;
        return v.get_bool().get(b) ? "malformed literal" : nullptr;
    }
    case od::json_type::null: {
        bool isNull = false;
        return v.is_null().get(isNull) || !isNull ? "malformed literal" : nullptr;
    }
    }
    return "malformed value";
}

//! A member we do not interpret. Known keys are plain ASCII and matched raw; any other key is
//! unescaped once, only to prove it is a valid string.
Reason validateMember(od::field &field, od::value v, int depth)
{
    std::string_view key;
    if (field.unescaped_key().get(key))
        return "malformed key";
    return validate(v, depth);
}

//! The raw bytes of a value just walked: from its first byte to the token after it.
Reason rawSince(od::document &doc, const char *start, std::string_view &out)
{
    const char *end = nullptr;
    if (doc.current_location().get(end) || end < start)
        return "malformed JSON";
    while (end > start && (end[-1] == ' ' || end[-1] == '\n' || end[-1] == '\r' || end[-1] == '\t'))
        --end;
    out = std::string_view(start, size_t(end - start));
    return nullptr;
}

} // namespace

struct StreamDecoder::Impl {
    od::parser parser;
    std::unique_ptr<char[]> scratch;
    size_t scratchCapacity = 0;
    StringCache topics;
    StringCache kinds;
    od::document doc;

    Result run(const char *bytes, size_t size, size_t capacity);
    Reason parseRoot(Result &result);
    //! Which of an event's members were seen (each may appear once).
    struct EventFields {
        bool seq = false, ts = false, topic = false, data = false;
        bool complete() const { return seq && ts && topic && data; }
    };
    //! Reads `key` when it is one of an event's own members (seq, ts, topic, data), for both a
    //! top-level event and a batch element; `*matched` says whether it was.
    Reason readEventField(const od::raw_json_string &key, od::value &v, StreamEvent &event,
                          EventFields &seen, bool *matched);
    Reason parseEvent(od::object object, StreamEvent &event);
    Reason parseData(od::value v, StreamEvent &event);
    Reason parseTopic(od::value v, QString &out);
    Reason parseRaw(od::value v, QByteArray &out);
};

StreamDecoder::StreamDecoder(qsizetype maxBytes)
    : d(std::make_unique<Impl>())
    , m_maxBytes(maxBytes)
{}

StreamDecoder::~StreamDecoder() = default;

StreamDecoder::Result StreamDecoder::decode(const QByteArray &frame)
{
    if (frame.size() > m_maxBytes)
        return {std::nullopt, QStringLiteral("frame too large"), {}};
    // QByteArray's spare capacity is allocated memory, which is all simdjson's padding needs.
    const auto size = size_t(frame.size());
    const auto capacity = size_t(frame.capacity());
    if (capacity >= size + simdjson::SIMDJSON_PADDING)
        return d->run(frame.constData(), size, capacity);
    return decode(QByteArrayView(frame));
}

StreamDecoder::Result StreamDecoder::decode(QByteArrayView frame)
{
    if (frame.size() > m_maxBytes)
        return {std::nullopt, QStringLiteral("frame too large"), {}};
    const auto size = size_t(frame.size());
    const size_t needed = size + simdjson::SIMDJSON_PADDING;
    if (d->scratchCapacity < needed) {
        // Grow geometrically so that a stream of slightly larger frames does not reallocate each.
        const size_t capacity = std::max(needed, d->scratchCapacity * 2);
        d->scratch = std::make_unique_for_overwrite<char[]>(capacity);
        d->scratchCapacity = capacity;
    }
    if (size > 0)
        std::memcpy(d->scratch.get(), frame.data(), size);
    std::memset(d->scratch.get() + size, 0, simdjson::SIMDJSON_PADDING);
    return d->run(d->scratch.get(), size, d->scratchCapacity);
}

StreamDecoder::Result StreamDecoder::Impl::run(const char *bytes, size_t size, size_t capacity)
{
    Result result;
    Reason reason = nullptr;
    if (parser.iterate(simdjson::padded_string_view(bytes, size, capacity)).get(doc))
        reason = "not valid UTF-8 JSON";
    else
        reason = parseRoot(result);
    if (reason) {
        result.message.reset();
        result.error = QString::fromLatin1(reason);
    }
    return result;
}

Reason StreamDecoder::Impl::parseRoot(Result &result)
{
    od::object root;
    if (doc.get_object().get(root))
        return "not a JSON object";

    Type type = Type::Missing;
    StreamEvent event;
    EventFields seen;
    StreamEvents batch;
    bool seenEvents = false;
    QByteArray user;
    bool seenUser = false;
    qint64 head = 0;
    bool seenHead = false;
    QString code, message;
    bool seenCode = false, seenMessage = false;

    // One pass over the members in any order; each known member has exactly one meaning.
    for (auto member : root) {
        od::field field;
        if (std::move(member).get(field))
            return "malformed object";
        const od::raw_json_string key = field.key();
        od::value v = field.value();
        bool matched = false;
        if (Reason r = readEventField(key, v, event, seen, &matched))
            return r;
        if (matched)
            continue;
        if (key == "type"sv) {
            std::string_view name;
            if (type != Type::Missing)
                return "duplicate type";
            if (v.get_string().get(name))
                return "type is not a string";
            type = typeOf(name);
            result.type = typeName(type, name);
        } else if (key == "events"sv) {
            if (std::exchange(seenEvents, true))
                return "duplicate events";
            od::array array;
            if (v.get_array().get(array))
                return "events is not an array";
            for (auto element : array) {
                od::object object;
                if (element.get_object().get(object))
                    return "batch element is not an object";
                if (batch.events.size() >= kMaxBatchEvents)
                    return "batch too large";
                StreamEvent &e = batch.events.emplace_back();
                if (Reason r = parseEvent(object, e))
                    return r;
                // The whole batch or nothing: one stale or repeated seq refuses it all.
                if (batch.events.size() > 1
                    && e.seq <= batch.events.at(batch.events.size() - 2).seq)
                    return "batch not in increasing seq";
            }
        } else if (key == "user"sv) {
            if (std::exchange(seenUser, true))
                return "duplicate user";
            od::json_type t;
            if (v.type().get(t) || t != od::json_type::object)
                return "user is not an object";
            if (Reason r = parseRaw(v, user))
                return r;
        } else if (key == "head"sv) {
            if (std::exchange(seenHead, true))
                return "duplicate head";
            if (Reason r = readInteger(v, head, "head is not a non-negative integer"))
                return r;
        } else if (key == "code"sv) {
            if (std::exchange(seenCode, true))
                return "duplicate code";
            std::string_view s;
            if (v.get_string().get(s))
                return "code is not a string";
            code = toQString(s);
        } else if (key == "message"sv) {
            if (std::exchange(seenMessage, true))
                return "duplicate message";
            std::string_view s;
            if (v.get_string().get(s))
                return "message is not a string";
            message = toQString(s);
        } else if (Reason r = validateMember(field, v, 1)) {
            return r; // unknown members are ignored, but only once known to be sound
        }
    }
    // Past the root object the iterator must be at the end; anything else is trailing junk.
    const char *rest = nullptr;
    if (doc.current_location().get(rest) != simdjson::OUT_OF_BOUNDS)
        return "trailing content after the object";

    switch (type) {
    case Type::Missing:
        return "missing type";
    case Type::Unknown:
        return "unknown type";
    case Type::Event:
        if (!seen.complete())
            return "event lacks seq, ts, topic or data";
        if (event.seq == 0)
            return "seq is not a positive integer";
        batch.events.append(std::move(event));
        result.message = std::move(batch);
        return nullptr;
    case Type::Batch:
        if (!seenEvents || batch.events.isEmpty())
            return "batch without events";
        result.message = std::move(batch);
        return nullptr;
    case Type::Ready:
        if (!seenUser || !seenHead)
            return "ready lacks user or head";
        result.message = StreamReady{std::move(user), head};
        return nullptr;
    case Type::Reset:
        if (!seen.topic || !seenHead)
            return "reset lacks topic or head";
        result.message = StreamReset{std::move(event.topic), head};
        return nullptr;
    case Type::Error:
        if (!seenCode || code.isEmpty())
            return "error lacks code";
        result.message = StreamError{std::move(code), std::move(message)};
        return nullptr;
    }
    return "unknown type";
}

Reason StreamDecoder::Impl::readEventField(const od::raw_json_string &key, od::value &v,
                                           StreamEvent &event, EventFields &seen, bool *matched)
{
    *matched = true;
    if (key == "seq"sv) {
        if (std::exchange(seen.seq, true))
            return "duplicate seq";
        return readInteger(v, event.seq, "seq is not a positive integer");
    }
    if (key == "ts"sv) {
        if (std::exchange(seen.ts, true))
            return "duplicate ts";
        return readInteger(v, event.ts, "ts is not a non-negative integer");
    }
    if (key == "topic"sv) {
        if (std::exchange(seen.topic, true))
            return "duplicate topic";
        return parseTopic(v, event.topic);
    }
    if (key == "data"sv) {
        if (std::exchange(seen.data, true))
            return "duplicate data";
        return parseData(v, event);
    }
    *matched = false;
    return nullptr;
}

Reason StreamDecoder::Impl::parseEvent(od::object object, StreamEvent &event)
{
    EventFields seen;
    bool seenType = false;
    for (auto member : object) {
        od::field field;
        if (std::move(member).get(field))
            return "malformed event";
        const od::raw_json_string key = field.key();
        od::value v = field.value();
        bool matched = false;
        if (Reason r = readEventField(key, v, event, seen, &matched))
            return r;
        if (matched)
            continue;
        if (key == "type"sv) {
            std::string_view name;
            if (std::exchange(seenType, true))
                return "duplicate type";
            if (v.get_string().get(name) || name != "event"sv)
                return "batch element is not an event";
        } else if (Reason r = validateMember(field, v, 2)) {
            return r;
        }
    }
    if (!seen.complete())
        return "event lacks seq, ts, topic or data";
    if (event.seq == 0)
        return "seq is not a positive integer";
    return nullptr;
}

Reason StreamDecoder::Impl::parseTopic(od::value v, QString &out)
{
    std::string_view s;
    if (v.get_string().get(s))
        return "topic is not a string";
    if (s.empty() || s.size() > size_t(kMaxTopicBytes))
        return "topic is empty or too long";
    out = topics.get(s);
    return nullptr;
}

Reason StreamDecoder::Impl::parseData(od::value v, StreamEvent &event)
{
    // The value's first byte: where the raw `data` bytes handed on begin.
    const char *start = v.raw_json_token().data();
    od::object object;
    if (v.get_object().get(object))
        return "data is not an object";
    bool seenKind = false;
    for (auto member : object) {
        od::field field;
        if (std::move(member).get(field))
            return "malformed data";
        const od::raw_json_string key = field.key();
        od::value child = field.value();
        if (key == "kind"sv) {
            std::string_view kind;
            if (std::exchange(seenKind, true))
                return "duplicate data.kind";
            if (child.get_string().get(kind))
                return "data.kind is not a string";
            event.kind = kinds.get(kind);
        } else if (Reason r = validateMember(field, child, 2)) {
            return r;
        }
    }
    std::string_view raw;
    if (Reason r = rawSince(doc, start, raw))
        return r;
    event.data = QByteArray(raw.data(), qsizetype(raw.size()));
    return nullptr;
}

Reason StreamDecoder::Impl::parseRaw(od::value v, QByteArray &out)
{
    const char *start = v.raw_json_token().data();
    if (Reason r = validate(v, 1))
        return r;
    std::string_view raw;
    if (Reason r = rawSince(doc, start, raw))
        return r;
    out = QByteArray(raw.data(), qsizetype(raw.size()));
    return nullptr;
}

} // namespace nest::client
