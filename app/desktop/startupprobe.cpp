#include "startupprobe.h"

#include "dashboardview.h"
#include "desktopapp.h"
#include "ratechart.h"

#include <QEvent>

namespace nest::desktop {

StartupProbe::StartupProbe(DesktopApp &app, const QElapsedTimer &sinceMain, std::FILE *out)
    : QObject(&app)
    , m_app(app)
    , m_sinceMain(sinceMain)
    , m_out(out)
{
    m_app.window().installEventFilter(this);
    connect(&m_app.stream(), &client::StreamClient::stateChanged, this,
            &StartupProbe::reportLiveOnce);
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_windowPainted && watched == &m_app.window() && event->type() == QEvent::Paint) {
        m_windowPainted = true;
        m_app.window().removeEventFilter(this);
        // The views are in the window once it shows.
        if (auto *dashboard = m_app.window().findChild<ui::DashboardView *>())
            connect(&dashboard->rateChart(), &ui::RateChart::frameRendered, this,
                    &StartupProbe::onFrame);
        // After this paint: the line means the window is on screen.
        QMetaObject::invokeMethod(
            this, [this] { report("window"); }, Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::onFrame()
{
    auto *chart = qobject_cast<ui::RateChart *>(sender());
    if (m_done || !chart || chart->renderedEndMs() <= 0)
        return;
    chart->repaint(); // the frame is on screen before a line is printed
    if (m_dataEndMs == 0) {
        m_dataEndMs = chart->renderedEndMs();
        reportLiveOnce();
    } else if (m_liveReported && chart->renderedEndMs() > m_dataEndMs) {
        m_done = true;
        report("streamed");
    }
}

void StartupProbe::reportLiveOnce()
{
    // Both the server's data on screen and the stream live, in whichever order they came.
    if (m_liveReported || m_dataEndMs == 0
        || m_app.stream().state() != client::StreamClient::State::Live)
        return;
    m_liveReported = true;
    report("live");
}

void StartupProbe::report(const char *milestone)
{
    std::fprintf(m_out, "startup %s %lld\n", milestone,
                 static_cast<long long>(m_sinceMain.elapsed()));
    std::fflush(m_out);
}

} // namespace nest::desktop
