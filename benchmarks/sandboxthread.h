// SPDX-License-Identifier: MIT
#pragma once

#include <sandbox/embedded.h>

#include <QEventLoop>
#include <QFile>

#include <cstdio>

/// Runs the event loop until `sender` emits `signal` (the benchmarks' way to wait for a step).
template<typename Sender, typename Signal>
void waitFor(Sender* sender, Signal signal)
{
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    loop.exec();
}

/// Resident memory of this process, from /proc/self/status.
inline double residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

/// One JSON object per figure: name, value, unit, target, better (in that order).
inline void printFigure(const QString& name, double value, const QString& unit, double target, const char* better)
{
    const QString targetPart = target > 0 ? QStringLiteral(", \"target\": %1").arg(target) : QString();
    std::printf("{\"name\": \"%s\", \"value\": %.2f, \"unit\": \"%s\"%s, \"better\": \"%s\"}\n", qPrintable(name), value,
                qPrintable(unit), qPrintable(targetPart), better);
    std::fflush(stdout);
}
