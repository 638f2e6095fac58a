// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace kedascope::sim {

// When a source's scaler errors: from `start` for `duration` simulated seconds (since the scenario
// began), again every `every` seconds when that is above zero.
struct FailureWindow
{
    double start = 0;
    double duration = 0;
    double every = 0;
    bool covers(double t) const;
};

// What a trigger reads, as a scenario describes it. A gauge's value is the shape itself; a queue's
// shape is its arrivals (per second; per burst for bursts) and ready consumers drain it.
struct EventSourceSpec
{
    enum class Shape { Constant, Ramp, Sine, Bursts, Csv };
    std::string name;
    Shape shape = Shape::Constant;
    bool queue = false;
    double value = 0;                              // constant
    double from = 0, to = 0, duration = 60;        // ramp, then holds `to`
    double base = 0, amplitude = 0, period = 300;  // sine
    double every = 120, size = 100, start = 0;     // bursts: `size` at start, start+every, ...
    double width = 15;                             // bursts of a gauge: seconds at `size` (else `base`)
    std::vector<std::pair<double, double>> points; // csv: (seconds, value), linearly interpolated
    bool loop = true;                              // csv: start again after the last point
    double drainPerReplica = 1;                    // queue: messages per second per ready replica
    double initial = 0;                            // queue: backlog at the start
    double latencySeconds = 0.004;
    std::string error; // the scaler's error while failing
    std::vector<FailureWindow> failures;
};

class EventSource
{
public:
    explicit EventSource(EventSourceSpec spec);

    const EventSourceSpec &spec() const { return m_spec; }
    // Moves the source to `t` (simulated seconds since the scenario began); a queue is drained by
    // `readyConsumers` over the time passed.
    void advance(double t, int readyConsumers);
    double value() const { return m_value; }
    // A queue's messages handed to a consumer (a ScaledJob's Job) leave it.
    void take(double messages);
    bool failing(double t) const;
    std::string errorMessage() const;

private:
    double shapeAt(double t) const;
    double arrivalsBetween(double from, double to) const;

    EventSourceSpec m_spec;
    double m_time = 0;
    double m_value = 0;
};

} // namespace kedascope::sim
