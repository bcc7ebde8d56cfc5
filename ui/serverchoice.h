#pragma once

#include <QUrl>

namespace nest::ui {

//! Which server the user works with: the embedded one on this computer, or a remote one.
struct ServerChoice {
    enum class Kind { ThisComputer, Remote };
    Kind kind = Kind::ThisComputer;
    QUrl remoteUrl; //!< only for Remote

    bool isOffline() const { return kind == Kind::ThisComputer; }
    //! Remembered between runs (QSettings "server/..."): never a secret.
    static ServerChoice load();
    void save() const;
    //! An http(s) URL with a host, or an empty URL when `text` is not one.
    static QUrl parseRemote(const QString &text);
};

} // namespace nest::ui
