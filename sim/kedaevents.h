// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <map>
#include <mutex>
#include <string>

namespace kedascope::sim {

class ObjectStore;
class SimClock;

struct InvolvedObject
{
    std::string apiVersion = "keda.sh/v1alpha1";
    std::string kind = "ScaledObject";
    std::string ns;
    std::string name;
    std::string uid;
};

// Writes the events KEDA's operator emits into the store, once, as core v1 Events; events.k8s.io/v1
// serves the same events converted (reportingController keda-operator). A repeat of the same reason
// and message about the same object bumps the count and series of the existing event instead of
// adding one.
class KedaEventRecorder
{
public:
    KedaEventRecorder(ObjectStore &store, const SimClock &clock);

    // `controller`: who reports it (keda-operator; horizontal-pod-autoscaler for the HPA's own events).
    void record(const InvolvedObject &object, const std::string &type, const std::string &reason,
                const std::string &message, const std::string &controller = "keda-operator");

private:
    struct EventText
    {
        const std::string &type;
        const std::string &reason;
        const std::string &message;
        const std::string &controller;
    };
    void writeCoreEvent(const InvolvedObject &object, const std::string &name, const EventText &text);

    ObjectStore &m_store;
    const SimClock &m_clock;
    std::mutex m_mutex;
    std::map<std::string, std::string> m_names; // object uid + reason + message -> event name
    unsigned long long m_sequence = 0;
};

} // namespace kedascope::sim
