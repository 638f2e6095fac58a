// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/json.h"
#include "k8sclient/resourcetype.h"

#include <chrono>
#include <map>
#include <optional>
#include <string>

namespace kedascope::k8s::pause {

using TimePoint = std::chrono::system_clock::time_point;

// Kedascope's own annotations on a paused object: when the pause is planned to end (RFC 3339, UTC),
// and what pausing set and which values it overwrote (JSON), so resume restores exactly those.
inline constexpr const char *untilAnnotation = "kedascope.io/pause-until";
inline constexpr const char *recordAnnotation = "kedascope.io/pause-record";

enum class Mode {
    HoldReplicas,  // autoscaling.keda.sh/paused-replicas: "N"
    Freeze,        // autoscaling.keda.sh/paused: "true"
    BlockScaleIn,  // autoscaling.keda.sh/paused-scale-in: "true"
    BlockScaleOut, // autoscaling.keda.sh/paused-scale-out: "true"
};
std::string modeName(Mode mode); // "hold", "freeze", "scale-in", "scale-out"
std::optional<Mode> modeFromName(const std::string &name);
// ScaledJobs pause only with autoscaling.keda.sh/paused.
bool supports(const ResourceType &type, Mode mode);

struct PauseRequest
{
    Mode mode = Mode::Freeze;
    int replicas = 0; // HoldReplicas only
    std::optional<TimePoint> until;
};

enum class Action { Pause, Resume };

// An annotation's value, or std::nullopt when it is (to be) absent.
using AnnotationValues = std::map<std::string, std::optional<std::string>>;

struct ObjectRef
{
    ResourceType type;
    std::string ns;
    std::string name;
    // "scaledobject.keda.sh/NS/NAME"
    std::string display() const;
};

// What pausing or resuming one object will do, computed from the object as read.
struct PlannedChange
{
    ObjectRef object;
    Action action = Action::Pause;
    PauseRequest request;           // for Pause
    std::string resourceVersion;    // the version the plan was made from; the patch is guarded by it
    std::optional<long long> currentReplicas; // the scale target's spec.replicas, when known
    AnnotationValues changes;       // annotation -> value afterwards
    AnnotationValues previous;      // annotation -> value before, for every key in `changes`
    std::string skipped;            // non-empty: nothing will be changed, and why
    std::string note;               // worth telling, e.g. a pause annotation set outside Kedascope wins

    bool willChange() const { return skipped.empty() && !changes.empty(); }
    // What the replicas become: a number when it is known (hold, freeze), else std::nullopt.
    std::optional<long long> replicasAfter() const;
    // The JSON merge patch: metadata.resourceVersion plus the annotation changes (null removes).
    std::string patch() const;
    // The change that undoes this one once it was applied at `resourceVersionAfter`.
    PlannedChange inverse(const std::string &resourceVersionAfter) const;
};

// After a 409: the same change guarded by `current`'s resourceVersion when every annotation it changes
// still has the value it was planned from (only other fields, e.g. the status, moved on); std::nullopt
// when the annotations changed, so the change must not be applied.
std::optional<PlannedChange> rebase(const PlannedChange &change, const json::Value &current);

// Plain English for the command line (the console words its own, translated).
std::string describeMode(const PauseRequest &request);
std::string describeReplicas(const PlannedChange &change); // "5 -> 2", "stays at 3", "3 or more", ...

// The workload a ScaledObject scales, when it is a kind whose replicas we can read.
struct ScaleTarget
{
    ResourceType type;
    std::string name;
};
std::optional<ScaleTarget> scaleTargetOf(const ResourceType &type, const json::Value &object);

PlannedChange planPause(const ResourceType &type, const json::Value &object, const PauseRequest &request,
                        std::optional<long long> currentReplicas, TimePoint now);
PlannedChange planResume(const ResourceType &type, const json::Value &object,
                         std::optional<long long> currentReplicas);

// What an object's annotations and Paused condition say about its pause.
struct PauseState
{
    bool paused = false;      // a KEDA pause annotation is in effect
    bool byKedascope = false; // pausing was recorded by Kedascope (resume can restore it)
    std::string mode;         // "hold at 2 replicas", "frozen", "scale-in blocked", ...
    std::optional<TimePoint> since; // the Paused condition's lastTransitionTime while it is True
    std::optional<TimePoint> until; // Kedascope's planned end
    bool expired(TimePoint now) const { return paused && until && *until <= now; }
};
PauseState pauseStateOf(const ResourceType &type, const json::Value &object);

// Go-style durations with days: "2h", "90m", "1h30m", "45s", "1d12h"; std::nullopt when malformed or not > 0.
std::optional<std::chrono::seconds> parseDuration(const std::string &text);

} // namespace kedascope::k8s::pause
