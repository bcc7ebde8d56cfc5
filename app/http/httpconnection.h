#pragma once

#include "httprequest.h"
#include "httpresponse.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

class QTcpSocket;

namespace nest::http {

class HttpConnection;

//! The one-shot answer channel of a request; may be completed later (e.g. after a hash on a
//! worker thread). Copies share state; only the first `send()` counts. Safe to use after the
//! peer went away: the response is then dropped.
class HttpResponder {
public:
    HttpResponder() = default;
    void send(HttpResponse response) const;
    bool isSent() const;
    //! Adds a callback run once with the response when it is sent (logging, metrics, records).
    void addOnSent(std::function<void(const HttpResponse &)> callback) const;

private:
    friend class HttpConnection;
    struct State {
        QPointer<HttpConnection> connection;
        quint64 requestNumber = 0;
        bool sent = false;
        std::vector<std::function<void(const HttpResponse &)>> onSent;
    };
    explicit HttpResponder(std::shared_ptr<State> state)
        : m_state(std::move(state))
    {}
    std::shared_ptr<State> m_state;
};

struct HttpLimits {
    qsizetype maxHeadBytes = qsizetype(16) * 1024;
    qint64 maxBodyBytes = 1 << 20;
    int idleTimeoutMs = 30'000;    //!< keep-alive connection waiting for a request
    int requestTimeoutMs = 10'000; //!< first byte of a request to its last byte
};

using RequestHandler = std::function<void(const HttpRequest &, const HttpResponder &)>;
//! Takes over a socket whose WebSocket upgrade request is still unread in its buffer.
using UpgradeHandler = std::function<void(QTcpSocket *)>;
//! Told of every request the HTTP layer itself refused (400, 408, 413, 431, ...).
using ErrorObserver = std::function<void(int status, const QHostAddress &peer)>;

//! One client connection: reads requests one at a time, enforces limits and timeouts, writes
//! responses in order, and hands WebSocket upgrades over with the handshake bytes unread.
class HttpConnection final : public QObject {
    Q_OBJECT
public:
    HttpConnection(QTcpSocket *socket, const HttpLimits &limits, const RequestHandler &handler,
                   const QHash<QString, UpgradeHandler> &upgrades, const ErrorObserver &onError,
                   QObject *parent);
    ~HttpConnection() override;

    void sendResponse(quint64 requestNumber, const HttpResponse &response);

Q_SIGNALS:
    void finished();

private:
    enum class Phase { Head, Body, Handling, Draining, Closing };
    void onReadyRead();
    void processHead();
    void processBody();
    void dispatch();
    void fail(int status, const QString &code, const QString &message, bool drain = true);
    void closeAfterWrite();
    void armTimer(int ms);
    void armIdleTimer();
    void onTimeout();
    void finish();

    QTcpSocket *m_socket;
    const HttpLimits &m_limits;
    const RequestHandler &m_handler;
    const QHash<QString, UpgradeHandler> &m_upgrades;
    const ErrorObserver &m_onError;
    QTimer m_timer;
    Phase m_phase = Phase::Head;
    HttpRequest m_request;
    qint64 m_bodyRemaining = 0;
    bool m_keepAlive = true;
    quint64 m_requestNumber = 0;
    bool m_finished = false;
    bool m_requestTimerArmed = false; //!< the current request's timeout runs
    qint64 m_drained = 0;
    static constexpr qint64 kMaxDrainBytes = 8 << 20;
};

} // namespace nest::http
