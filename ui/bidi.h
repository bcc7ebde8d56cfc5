#pragma once

#include <QString>

namespace nest::ui {

//! `text` between Unicode isolates (FSI … PDI): a name or title a user wrote keeps its own
//! direction inside a translated sentence, so an English title in an Arabic sentence (or an
//! Arabic name in an English one) neither reorders the words around it nor is reordered.
//! Use for user text that goes into tr("…%1…").arg(); not for text shown on its own.
inline QString isolated(const QString &text)
{
    if (text.isEmpty())
        return text;
    return QChar(0x2068) + text + QChar(0x2069);
}

//! A translated `sentence` with its "@%<n>" placeholder filled with `username` as one handle:
//! the "@" goes into the isolate with the name, so that "@mira_k" stays whole (not "mira_k@")
//! in a right-to-left sentence. Keeps the translators' sentences as they are.
inline QString withHandle(QString sentence, int placeholder, const QString &username)
{
    const QString marker = QLatin1Char('%') + QString::number(placeholder);
    sentence.replace(QLatin1Char('@') + marker, marker);
    return sentence.replace(marker, isolated(QLatin1Char('@') + username));
}

} // namespace nest::ui
