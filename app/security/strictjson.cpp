#include "strictjson.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace nest::security::strictjson {

namespace {

bool isJsonWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

qsizetype countTopLevelMembers(QByteArrayView text)
{
    qsizetype i = 0;
    while (i < text.size() && isJsonWhitespace(text[i]))
        ++i;
    if (i >= text.size() || text[i] != '{')
        return -1;

    // Every member of an object has exactly one name separator ':' at that object's depth, and
    // ':' cannot occur elsewhere outside strings, so counting them counts members as written.
    qsizetype members = 0;
    int depth = 0;
    bool inString = false;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i; // the escaped character cannot end the string
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '{':
        case '[':
            ++depth;
            break;
        case '}':
        case ']':
            --depth;
            if (depth == 0)
                return members;
            break;
        case ':':
            if (depth == 1)
                ++members;
            break;
        default:
            break;
        }
    }
    return members;
}

std::optional<QJsonObject> parseObject(QByteArrayView text)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    QJsonObject object = document.object();
    // QJsonObject compares names after unescaping, so "a" and "\u0061" count as one name here.
    if (countTopLevelMembers(text) != object.size())
        return std::nullopt;
    return object;
}

} // namespace nest::security::strictjson
