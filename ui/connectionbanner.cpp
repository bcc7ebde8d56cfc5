#include "connectionbanner.h"

#include "bidi.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace nest::ui {

ConnectionBanner::ConnectionBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_retry(new QPushButton(this))
{
    setObjectName(QStringLiteral("connectionBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0xfd, 0xf1, 0xd6));
    p.setColor(QPalette::WindowText, QColor(0x4a, 0x37, 0x00));
    setPalette(p);
    m_label->setTextFormat(Qt::PlainText); // the server name comes from user input
    m_label->setWordWrap(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_retry);
    connect(m_retry, &QPushButton::clicked, this, &ConnectionBanner::retryRequested);
    setVisible(false);
    retranslateUi();
}

void ConnectionBanner::setStatus(const ConnectionStatus &status, const QString &serverName)
{
    m_status = status;
    m_serverName = serverName;
    retranslateUi();
}

QString ConnectionBanner::text() const
{
    return m_label->text();
}

void ConnectionBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void ConnectionBanner::retranslateUi()
{
    m_retry->setText(tr("Retry now"));
    const QString since = locale().toString(m_status.since.time(), QLocale::ShortFormat);
    QString text;
    switch (m_status.state) {
    case ConnectionStatus::State::Live:
    case ConnectionStatus::State::Connecting:
        text.clear();
        break;
    case ConnectionStatus::State::Reconnecting: {
        const int seconds = (m_status.reconnectInMs + 999) / 1000;
        text = tr("The connection to %1 was lost at %2. Reconnecting in %Ln s; what you see may "
                  "be out of date.",
                  nullptr, seconds)
                   .arg(isolated(m_serverName), since);
        break;
    }
    case ConnectionStatus::State::Offline:
        text = tr("Not connected to %1 since %2.").arg(isolated(m_serverName), since);
        break;
    }
    m_label->setText(text);
    m_retry->setVisible(m_status.state != ConnectionStatus::State::Live);
    setVisible(!text.isEmpty());
}

} // namespace nest::ui
