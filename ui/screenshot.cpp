#include "screenshot.h"

#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QPixmap>

namespace nest::ui {
namespace {
void settle()
{
    // Let layouts, deferred updates and frame timers (charts draw at most once per 16 ms)
    // land before grabbing.
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 120)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
}
} // namespace

bool saveWidgetScreenshot(QWidget &widget, const QString &dir, const QString &name, QString *error)
{
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("cannot create %1").arg(dir);
        return false;
    }
    widget.show();
    settle();
    const QString path = QDir(dir).filePath(name + u".png");
    if (!widget.grab().save(path)) {
        *error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    return true;
}

QStringList saveViewScreenshots(MainWindow &window, const QString &dir, QString *error)
{
    QStringList written;
    const QString previous = window.currentViewId();
    for (const QString &id : window.visibleViewIds()) {
        window.showView(id);
        if (!saveWidgetScreenshot(window, dir, u"view-" + id, error))
            return written;
        written << QDir(dir).filePath(u"view-" + id + u".png");
    }
    window.showView(previous);
    return written;
}

} // namespace nest::ui
