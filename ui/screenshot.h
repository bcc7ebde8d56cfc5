#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace nest::ui {

class MainWindow;

//! Renders every view the user can see, one PNG each ("view-<id>.png"), into `dir`.
//! Works with the offscreen platform. Returns the files written; `error` says what failed.
QStringList saveViewScreenshots(MainWindow &window, const QString &dir, QString *error);
//! Renders one widget (e.g. the sign-in dialog) to `dir/<name>.png`.
bool saveWidgetScreenshot(QWidget &widget, const QString &dir, const QString &name, QString *error);

} // namespace nest::ui
