#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <algorithm>
#include <vector>

//! The `p` quantile (0..1) of `values` by nearest rank; 0 for no values.
template<typename T> double percentileOf(std::vector<T> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return double(values[size_t(p * double(values.size() - 1))]);
}

//! Resident memory of process `pid` (this process for 0) in KiB, from /proc; 0 when unknown.
inline qint64 rssKiBOf(qint64 pid = 0)
{
    QFile status(pid == 0 ? QStringLiteral("/proc/self/status")
                          : QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}
