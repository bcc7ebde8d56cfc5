// nest-desktop: the Nest desktop client.
#include "desktopapp.h"
#include "language.h"
#include "startupprobe.h"
#include "theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("nest-desktop"));
    QApplication::setApplicationDisplayName(QStringLiteral("Nest"));
    QApplication::setOrganizationName(QStringLiteral("Nest"));
    QApplication::setApplicationVersion(QStringLiteral(NEST_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.nest.Desktop"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/nest.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The Nest desktop client."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption offline(QStringLiteral("offline"),
                                     QStringLiteral("Work with the server on this computer."));
    const QCommandLineOption server(QStringLiteral("server"),
                                    QStringLiteral("Work with the Nest server at URL."),
                                    QStringLiteral("URL"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QStringLiteral("Offline, with demo content, signed in as the demo account."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QStringLiteral("Render every view to DIR as PNG once signed in, then exit."),
        QStringLiteral("DIR"));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QStringLiteral("Where the server on this computer keeps its data (default: the "
                       "per-user data folder)."),
        QStringLiteral("DIR"));
    const QCommandLineOption theme(
        QStringLiteral("theme"),
        QStringLiteral("Use the system, light or dark theme for this run."),
        QStringLiteral("THEME"));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QStringLiteral("Use this language for this run: en, ko, ja, zh_CN or ar."),
        QStringLiteral("CODE"));
    QCommandLineOption startupReport(
        QStringLiteral("startup-report"),
        QStringLiteral("Print a line at each start-up milestone (for nest-bench startup)."));
    startupReport.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({offline, server, demo, screenshot, dataDir, theme, lang, startupReport});
    parser.process(app);

    nest::desktop::DesktopApp::Options options;
    options.demo = parser.isSet(demo);
    options.offline = parser.isSet(offline) || options.demo;
    options.screenshotDir = parser.value(screenshot);
    options.dataDir = parser.value(dataDir);
    options.theme = parser.value(theme);
    options.language = parser.value(lang);
    if (!options.theme.isEmpty() && !nest::ui::Theme::modeFromKey(options.theme)) {
        std::fprintf(stderr, "nest-desktop: --theme is system, light or dark\n");
        return 1;
    }
    if (!options.language.isEmpty() && !nest::ui::Language::isSupported(options.language)) {
        std::fprintf(stderr, "nest-desktop: --lang is one of en, ko, ja, zh_CN, ar\n");
        return 1;
    }
    if (parser.isSet(server)) {
        options.server = QUrl(parser.value(server), QUrl::StrictMode);
        if (!options.server.isValid() || options.server.host().isEmpty()) {
            std::fprintf(stderr, "nest-desktop: --server wants a URL such as https://host:8787\n");
            return 1;
        }
    }
    nest::desktop::DesktopApp desktop(options);
    if (parser.isSet(startupReport))
        new nest::desktop::StartupProbe(desktop, sinceMain); // owned by desktop
    if (!desktop.start())
        return 1;
    return QApplication::exec();
}
