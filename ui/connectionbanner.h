#pragma once

#include "connectionindicator.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace nest::ui {

//! The strip above the views that says plainly which server the user is on when it is not
//! simply live with the chosen one: this computer's server, the remote lost (and since when),
//! or this computer standing in for an unreachable remote.
class ConnectionBanner final : public QFrame {
    Q_OBJECT
public:
    explicit ConnectionBanner(QWidget *parent = nullptr);
    void setStatus(const ConnectionStatus &status, const QString &serverName);
    QString text() const;

Q_SIGNALS:
    void retryRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void applyColors();

    QLabel *m_label;
    QPushButton *m_retry;
    ConnectionStatus m_status;
    QString m_serverName;
    bool m_problem = true;
    bool m_paletteSet = false;
};

} // namespace nest::ui
