#include "httpparser.h"

#include <QUrl>

namespace nest::http {
namespace {

bool isTokenChar(char c)
{
    // RFC 9110 tchar
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool isFieldValue(QByteArrayView s)
{
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && u != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

ParseResult fail(int status, const char *code, const char *message)
{
    ParseResult r;
    r.status = ParseResult::Status::Error;
    r.errorStatus = status;
    r.errorCode = QString::fromLatin1(code);
    r.errorMessage = QString::fromLatin1(message);
    return r;
}

bool headerHasToken(QByteArrayView value, QByteArrayView token)
{
    for (QByteArrayView part : QLatin1StringView(value).tokenize(u',')) {
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

ParseResult parseRequestHead(QByteArrayView data, qsizetype maxHeadBytes, qint64 maxBodyBytes)
{
    // Tolerate (and skip) empty lines before a request line, as RFC 9112 2.2 allows.
    qsizetype start = 0;
    while (start + 1 < data.size() && data[start] == '\r' && data[start + 1] == '\n')
        start += 2;

    const qsizetype end = data.indexOf(QByteArrayView("\r\n\r\n"), start);
    if (end < 0) {
        if (data.size() > maxHeadBytes)
            return fail(431, "headers_too_large", "request head too large");
        return {};
    }
    const qsizetype headLength = end + 4;
    if (headLength > maxHeadBytes)
        return fail(431, "headers_too_large", "request head too large");

    ParseResult result;
    RequestHead &head = result.head;
    HttpRequest &req = head.request;

    const QByteArrayView headText = data.sliced(start, end - start);
    qsizetype lineEnd = headText.indexOf(QByteArrayView("\r\n"));
    const QByteArrayView requestLine = lineEnd < 0 ? headText : headText.first(lineEnd);

    const qsizetype sp1 = requestLine.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : requestLine.indexOf(' ', sp1 + 1);
    if (sp1 <= 0 || sp2 < 0 || requestLine.indexOf(' ', sp2 + 1) >= 0)
        return fail(400, "bad_request", "malformed request line");
    const QByteArrayView method = requestLine.first(sp1);
    const QByteArrayView target = requestLine.sliced(sp1 + 1, sp2 - sp1 - 1);
    const QByteArrayView version = requestLine.sliced(sp2 + 1);
    if (!isToken(method))
        return fail(400, "bad_request", "malformed method");
    if (version == QByteArrayView("HTTP/1.0"))
        req.http10 = true;
    else if (version != QByteArrayView("HTTP/1.1"))
        return fail(505, "http_version_not_supported", "only HTTP/1.1 and HTTP/1.0 are supported");
    if (target.isEmpty() || target[0] != '/')
        return fail(400, "bad_request", "request target must be an absolute path");
    for (char c : target) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f)
            return fail(400, "bad_request", "invalid character in request target");
    }

    req.method = method.toByteArray();
    req.target = target.toByteArray();
    const QUrl url = QUrl::fromEncoded(req.target, QUrl::StrictMode);
    if (!url.isValid())
        return fail(400, "bad_request", "invalid request target");
    req.path = url.path(QUrl::FullyDecoded);
    if (req.path.contains(QChar(0)))
        return fail(400, "bad_request", "invalid request target");
    req.query = QUrlQuery(url);

    bool sawContentLength = false;
    qsizetype pos = lineEnd < 0 ? headText.size() : lineEnd + 2;
    while (pos < headText.size()) {
        qsizetype next = headText.indexOf(QByteArrayView("\r\n"), pos);
        if (next < 0)
            next = headText.size();
        const QByteArrayView line = headText.sliced(pos, next - pos);
        pos = next + 2;
        if (line.isEmpty())
            continue;
        if (line[0] == ' ' || line[0] == '\t')
            return fail(400, "bad_request", "obsolete header line folding");
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return fail(400, "bad_request", "malformed header line");
        const QByteArrayView name = line.first(colon);
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        if (!isToken(name) || !isFieldValue(value))
            return fail(400, "bad_request", "malformed header");
        if (req.headers.size() >= 100)
            return fail(431, "headers_too_large", "too many headers");
        req.headers.append({name.toByteArray().toLower(), value.toByteArray()});
    }

    for (const auto &[name, value] : std::as_const(req.headers)) {
        if (name == "content-length") {
            bool ok = false;
            const qint64 n = value.toLongLong(&ok);
            if (!ok || n < 0 || value.isEmpty()
                || !std::all_of(value.begin(), value.end(),
                                [](char c) { return c >= '0' && c <= '9'; }))
                return fail(400, "bad_request", "invalid Content-Length");
            if (sawContentLength && n != head.contentLength)
                return fail(400, "bad_request", "conflicting Content-Length headers");
            sawContentLength = true;
            head.contentLength = n;
        } else if (name == "transfer-encoding") {
            return fail(501, "not_implemented",
                        "Transfer-Encoding is not supported; send Content-Length");
        } else if (name == "expect") {
            if (value.compare("100-continue", Qt::CaseInsensitive) != 0)
                return fail(417, "expectation_failed", "unsupported Expect header");
            head.expectContinue = true;
        }
    }
    if (head.contentLength > maxBodyBytes)
        return fail(413, "payload_too_large", "request body over the size limit");

    const QByteArray connection = req.header("connection");
    head.keepAlive = req.http10 ? headerHasToken(connection, "keep-alive")
                                : !headerHasToken(connection, "close");
    head.webSocketUpgrade = req.method == "GET" && headerHasToken(connection, "upgrade")
                            && headerHasToken(req.header("upgrade"), "websocket");

    result.status = ParseResult::Status::Complete;
    result.headLength = headLength;
    return result;
}

} // namespace nest::http
