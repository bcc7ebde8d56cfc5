#include "connectionindicator.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace nest::ui {

ConnectionIndicator::ConnectionIndicator(QWidget *parent)
    : QWidget(parent)
    , m_dot(new QLabel(this))
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("connectionIndicator"));
    m_label->setTextFormat(Qt::PlainText);
    m_dot->setFixedSize(10, 10);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_dot);
    layout->addWidget(m_label);
    retranslateUi();
}

void ConnectionIndicator::setStatus(const ConnectionStatus &status)
{
    m_status = status;
    retranslateUi();
}

QString ConnectionIndicator::text() const
{
    return m_label->text();
}

void ConnectionIndicator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ConnectionIndicator::retranslateUi()
{
    QString text;
    QColor colour;
    switch (m_status.state) {
    case ConnectionStatus::State::Live:
        text = m_status.rttMs >= 0 ? tr("Live · %1 ms").arg(locale().toString(m_status.rttMs))
                                   : tr("Live");
        colour = QColor(0x2e, 0xa0, 0x43);
        break;
    case ConnectionStatus::State::Connecting:
        text = tr("Connecting…");
        colour = QColor(0xd0, 0x9a, 0x1a);
        break;
    case ConnectionStatus::State::Reconnecting: {
        const int seconds = (m_status.reconnectInMs + 999) / 1000;
        text = seconds > 0 ? tr("Reconnecting in %Ln s", nullptr, seconds) : tr("Reconnecting…");
        colour = QColor(0xd0, 0x9a, 0x1a);
        break;
    }
    case ConnectionStatus::State::Offline:
        text = tr("Offline");
        colour = QColor(0x9a, 0x9a, 0x9a);
        break;
    }
    m_label->setText(text);
    m_dot->setStyleSheet(QStringLiteral("border-radius: 5px; background: %1;").arg(colour.name()));
    m_dot->setAccessibleName(text);
    setToolTip(m_status.embeddedServer ? tr("Server: this computer") : tr("Server: remote"));
}

} // namespace nest::ui
