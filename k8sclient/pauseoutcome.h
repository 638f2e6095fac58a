// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/pauseplan.h"
#include "k8sclient/result.h"

#include <string>
#include <vector>

namespace kedascope::k8s::pause {

// What became of one planned change. Nothing is retried: a failure or a conflict is reported as is.
struct Outcome
{
    enum class Kind { Done, Failed, Conflict, Skipped };
    PlannedChange change;
    Kind kind = Kind::Done;
    std::string message;              // the API's reason and message, or why it was skipped
    std::string permission;           // 403: the permission that is missing, e.g. "patch scaledobjects.keda.sh"
    std::string resourceVersionAfter; // Done: the version the patch produced
    std::string currentResourceVersion; // Conflict: the version on the server when re-read
    // Done after a 409 whose re-read showed only other fields had changed (e.g. KEDA's status
    // writes): the patch was sent once more, guarded by the re-read version.
    bool rebased = false;
};

// The outcomes of one run, and the plan that undoes what it did.
struct RunReport
{
    std::vector<Outcome> outcomes;

    int count(Outcome::Kind kind) const;
    bool allDone() const { return count(Outcome::Kind::Failed) == 0 && count(Outcome::Kind::Conflict) == 0; }
    // The inverse of every Done change, guarded by the version each produced.
    std::vector<PlannedChange> undoPlan() const;
};

// "patch scaledobjects.keda.sh in namespace \"ns\"" from a Forbidden Status message; empty when
// the message does not say.
std::string missingPermission(const std::string &forbiddenMessage);

// The outcome of a change whose read or patch failed (before a re-read for a conflict).
Outcome failedOutcome(const PlannedChange &change, const Error &error);
Outcome skippedOutcome(const PlannedChange &change);
Outcome doneOutcome(const PlannedChange &change, const std::string &resourceVersionAfter, bool rebased);
// A conflict: the object changed after it was planned; `current` is its version now (empty if unknown).
Outcome conflictOutcome(const PlannedChange &change, const std::string &current);

// One line per outcome for the command line: "scaledobject.keda.sh/ns/name paused (hold at 2 replicas; 5 -> 2)".
std::string describeOutcome(const Outcome &outcome);

} // namespace kedascope::k8s::pause
