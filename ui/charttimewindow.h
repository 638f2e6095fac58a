// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

#include <functional>

class QTimer;

namespace kedascope::ui {

// The time range a panel's charts share: a span ending now that moves with the clock (follow live),
// or a fixed range (frozen). Zoom and pan act on it; every chart of the panel repaints from it.
class ChartTimeWindow : public QObject
{
    Q_OBJECT
public:
    enum Preset { FiveMinutes, FifteenMinutes, OneHour, SixHours, OneDay, Custom };
    Q_ENUM(Preset)

    explicit ChartTimeWindow(QObject *parent = nullptr);

    static qint64 presetSpanMs(Preset preset);
    static QString presetName(Preset preset);

    void setPreset(Preset preset); // a span ending now; follows live again
    Preset preset() const { return m_preset; }
    // A fixed range chosen by the user (frozen, preset Custom).
    void setRange(qint64 fromMs, qint64 toMs);
    void setFollowLive(bool follow);
    bool followsLive() const { return m_follow; }

    qint64 fromMs() const { return m_toMs - m_spanMs; }
    qint64 toMs() const { return m_toMs; }
    qint64 spanMs() const { return m_spanMs; }

    // factor < 1 zooms in; `anchor` is the fraction of the width that stays put (1 = right edge).
    void zoom(double factor, double anchor = 1.0);
    // Moves by `fraction` of the span (negative: back in time). Going back freezes the view.
    void pan(double fraction);

    // How often a live window moves, and where "now" comes from (tests set a clock of their own).
    void setTickIntervalMs(int ms);
    void setClock(std::function<qint64()> nowMs);
    qint64 nowMs() const { return m_now(); }
    void tick(); // moves a live window to now

Q_SIGNALS:
    void changed();
    void followChanged(bool follow);

private:
    void setWindow(qint64 toMs, qint64 spanMs);

    std::function<qint64()> m_now;
    QTimer *m_timer;
    Preset m_preset = FifteenMinutes;
    qint64 m_spanMs;
    qint64 m_toMs;
    bool m_follow = true;
};

} // namespace kedascope::ui
