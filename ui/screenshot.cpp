#include "screenshot.h"

#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>

namespace nest::ui {
namespace {
void settle()
{
    // Let layouts, deferred updates and queued model changes land before grabbing.
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
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
