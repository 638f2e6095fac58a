// SPDX-License-Identifier: Apache-2.0
#include "ui/charttimewindow.h"

#include <QDateTime>
#include <QTimer>

#include <algorithm>

namespace kedascope::ui {

namespace {
constexpr qint64 kMinimumSpanMs = 10 * 1000;
constexpr qint64 kMaximumSpanMs = 7 * 24 * 3600 * 1000LL;
} // namespace

ChartTimeWindow::ChartTimeWindow(QObject *parent)
    : QObject(parent)
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_timer(new QTimer(this))
    , m_spanMs(presetSpanMs(FifteenMinutes))
    , m_toMs(m_now())
{
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &ChartTimeWindow::tick);
    m_timer->start();
}

qint64 ChartTimeWindow::presetSpanMs(Preset preset)
{
    switch (preset) {
    case FiveMinutes:
        return 5 * 60 * 1000LL;
    case FifteenMinutes:
        return 15 * 60 * 1000LL;
    case OneHour:
        return 3600 * 1000LL;
    case SixHours:
        return 6 * 3600 * 1000LL;
    case OneDay:
    case Custom:
        break;
    }
    return 24 * 3600 * 1000LL;
}

QString ChartTimeWindow::presetName(Preset preset)
{
    switch (preset) {
    case FiveMinutes:
        return tr("5 min");
    case FifteenMinutes:
        return tr("15 min");
    case OneHour:
        return tr("1 hour");
    case SixHours:
        return tr("6 hours");
    case OneDay:
        return tr("24 hours");
    case Custom:
        break;
    }
    return tr("Custom…");
}

void ChartTimeWindow::setPreset(Preset preset)
{
    if (preset == Custom)
        return;
    m_preset = preset;
    const bool wasFollowing = m_follow;
    m_follow = true;
    setWindow(m_now(), presetSpanMs(preset));
    if (!wasFollowing)
        Q_EMIT followChanged(true);
}

void ChartTimeWindow::setRange(qint64 fromMs, qint64 toMs)
{
    if (toMs <= fromMs)
        return;
    m_preset = Custom;
    setFollowLive(false);
    setWindow(toMs, toMs - fromMs);
}

void ChartTimeWindow::setFollowLive(bool follow)
{
    if (m_follow == follow)
        return;
    m_follow = follow;
    Q_EMIT followChanged(follow);
    if (follow)
        setWindow(m_now(), m_spanMs);
}

void ChartTimeWindow::zoom(double factor, double anchor)
{
    if (factor <= 0)
        return;
    anchor = std::clamp(anchor, 0.0, 1.0);
    const qint64 span = std::clamp(qint64(double(m_spanMs) * factor), kMinimumSpanMs, kMaximumSpanMs);
    const qint64 anchorMs = fromMs() + qint64(anchor * double(m_spanMs));
    qint64 to = anchorMs + qint64((1.0 - anchor) * double(span));
    if (m_follow)
        to = m_now();
    m_preset = Custom;
    setWindow(to, span);
}

void ChartTimeWindow::pan(double fraction)
{
    const qint64 shift = qint64(fraction * double(m_spanMs));
    if (shift == 0)
        return;
    const qint64 now = m_now();
    qint64 to = m_toMs + shift;
    if (to >= now) {
        to = now;
        if (!m_follow) {
            m_follow = true;
            Q_EMIT followChanged(true);
        }
    } else if (m_follow) {
        m_follow = false;
        Q_EMIT followChanged(false);
    }
    setWindow(to, m_spanMs);
}

void ChartTimeWindow::setTickIntervalMs(int ms)
{
    m_timer->setInterval(ms);
}

void ChartTimeWindow::setClock(std::function<qint64()> nowMs)
{
    m_now = std::move(nowMs);
    if (m_follow)
        setWindow(m_now(), m_spanMs);
}

void ChartTimeWindow::tick()
{
    if (m_follow)
        setWindow(m_now(), m_spanMs);
}

void ChartTimeWindow::setWindow(qint64 toMs, qint64 spanMs)
{
    if (toMs == m_toMs && spanMs == m_spanMs)
        return;
    m_toMs = toMs;
    m_spanMs = spanMs;
    Q_EMIT changed();
}

} // namespace kedascope::ui
