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
    bool problem = true;
    if (m_status.fallback) {
        text = tr("The server at %1 is unreachable since %2. Analytics from this computer; your "
                  "actions are queued and will be sent when it is back.")
                   .arg(isolated(m_serverName), since);
    } else {
        switch (m_status.state) {
        case ConnectionStatus::State::Live:
        case ConnectionStatus::State::Connecting:
            // Working on this computer is a choice, not a fault: said plainly, without alarm.
            problem = false;
            if (m_status.embeddedServer)
                text = tr("You are working on this computer's server: what you do stays on this "
                          "computer.");
            break;
        case ConnectionStatus::State::Reconnecting: {
            const int seconds = (m_status.reconnectInMs + 999) / 1000;
            text = tr("The connection to %1 was lost at %2. Reconnecting in %Ln s; what you see "
                      "may be out of date.",
                      nullptr, seconds)
                       .arg(isolated(m_serverName), since);
            break;
        }
        case ConnectionStatus::State::Offline:
            text = tr("Not connected to %1 since %2.").arg(isolated(m_serverName), since);
            break;
        }
    }
    if (problem != m_problem || !m_paletteSet) {
        m_problem = problem;
        m_paletteSet = true;
        applyColors();
    }
    m_label->setText(text);
    m_retry->setVisible(problem);
    setVisible(!text.isEmpty());
}

void ConnectionBanner::applyColors()
{
    if (!m_problem) {
        setPalette(QPalette()); // the theme's own colours: information, not a warning
        setBackgroundRole(QPalette::AlternateBase);
        return;
    }
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0xfd, 0xf1, 0xd6));
    p.setColor(QPalette::WindowText, QColor(0x4a, 0x37, 0x00));
    setPalette(p);
    setBackgroundRole(QPalette::Window);
}

} // namespace nest::ui
