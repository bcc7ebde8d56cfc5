#pragma once

#include "connectionindicator.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace nest::ui {

//! The strip above the views that says plainly when the app is not live with its server.
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

    QLabel *m_label;
    QPushButton *m_retry;
    ConnectionStatus m_status;
    QString m_serverName;
};

} // namespace nest::ui
