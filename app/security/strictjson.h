#pragma once

#include <QByteArrayView>
#include <QJsonObject>

#include <optional>

//! JSON parsing for untrusted protocol input where QJsonDocument is too lenient.
namespace nest::security::strictjson {

//! Parses text that must be exactly one JSON object. Rejects duplicate member names at the top
//! level (QJsonDocument silently keeps one of them, so two parsers could disagree about a claim).
std::optional<QJsonObject> parseObject(QByteArrayView text);

//! The number of members of the top-level object as written in text, duplicates included;
//! -1 if text does not start with an object. Assumes text is otherwise valid JSON.
qsizetype countTopLevelMembers(QByteArrayView text);

} // namespace nest::security::strictjson
