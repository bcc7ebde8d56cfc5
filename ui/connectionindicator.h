#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;

namespace nest::ui {

//! What the window shows about the live connection (fed from the stream client).
struct ConnectionStatus {
    enum class State { Offline, Connecting, Live, Reconnecting };
    State state = State::Offline;
    int reconnectInMs = 0;
    int rttMs = -1; //!< -1 until measured
    bool embeddedServer = true;
    QDateTime since; //!< when the current state began
    //! The remote server is unreachable and this computer's server stands in for it (analytics);
    //! `since` is then when the remote became unreachable.
    bool fallback = false;
};

//! Status-bar item: a coloured dot, the connection state and the measured round-trip time.
class ConnectionIndicator final : public QWidget {
    Q_OBJECT
public:
    explicit ConnectionIndicator(QWidget *parent = nullptr);
    void setStatus(const ConnectionStatus &status);
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_dot;
    QLabel *m_label;
    ConnectionStatus m_status;
};

} // namespace nest::ui
