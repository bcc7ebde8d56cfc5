#pragma once

#include <QElapsedTimer>
#include <QObject>

#include <cstdio>

namespace nest::desktop {

class DesktopApp;

//! `nest-desktop --startup-report`: prints a line to stdout at each start-up milestone, for
//! `nest-bench startup`, which times the lines from outside the process (so the dynamic loader
//! and Qt's own start are counted too). The milestones:
//! - `window`: the main window's first paint;
//! - `live`: the Dashboard has painted the server's data and the stream is live;
//! - `streamed`: the first painted frame with a newer second than the first data frame, i.e. one
//!   that arrived on the stream.
//! Each line also carries the milliseconds since main() started, as the process saw them.
class StartupProbe final : public QObject {
    Q_OBJECT
public:
    StartupProbe(DesktopApp &app, const QElapsedTimer &sinceMain, std::FILE *out = stdout);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onFrame();
    void reportLiveOnce();
    void report(const char *milestone);

    DesktopApp &m_app;
    QElapsedTimer m_sinceMain;
    std::FILE *m_out;
    bool m_windowPainted = false;
    qint64 m_dataEndMs = 0; //!< newest second drawn in the first frame with data; 0 before it
    bool m_liveReported = false;
    bool m_done = false;
};

} // namespace nest::desktop
