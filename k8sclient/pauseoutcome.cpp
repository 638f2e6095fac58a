// SPDX-License-Identifier: Apache-2.0
#include "k8sclient/pauseoutcome.h"

#include "k8sclient/age.h"

#include <regex>

namespace kedascope::k8s::pause {

int RunReport::count(Outcome::Kind kind) const
{
    int n = 0;
    for (const auto &outcome : outcomes)
        n += outcome.kind == kind ? 1 : 0;
    return n;
}

std::vector<PlannedChange> RunReport::undoPlan() const
{
    std::vector<PlannedChange> undo;
    for (const auto &outcome : outcomes)
        if (outcome.kind == Outcome::Kind::Done)
            undo.push_back(outcome.change.inverse(outcome.resourceVersionAfter));
    return undo;
}

std::string missingPermission(const std::string &message)
{
    static const std::regex pattern(
        R"re(cannot (\w+) resource "([^"]+)" in API group "([^"]*)"(?: in the namespace "([^"]+)"| at the cluster scope)?)re");
    std::smatch match;
    if (!std::regex_search(message, match, pattern))
        return {};
    std::string permission = match[1].str() + ' ' + match[2].str();
    if (match[3].length() > 0)
        permission += '.' + match[3].str();
    if (match[4].matched)
        permission += " in namespace \"" + match[4].str() + '"';
    return permission;
}

Outcome failedOutcome(const PlannedChange &change, const Error &error)
{
    Outcome outcome;
    outcome.change = change;
    outcome.kind = Outcome::Kind::Failed;
    if (error.kind == Error::Kind::Api && !error.reason.empty())
        outcome.message = error.reason + ": " + error.message;
    else
        outcome.message = error.message;
    if (error.kind == Error::Kind::Api && error.code == 403)
        outcome.permission = missingPermission(error.message);
    return outcome;
}

Outcome skippedOutcome(const PlannedChange &change)
{
    Outcome outcome;
    outcome.change = change;
    outcome.kind = Outcome::Kind::Skipped;
    outcome.message = change.skipped;
    return outcome;
}

Outcome doneOutcome(const PlannedChange &change, const std::string &resourceVersionAfter, bool rebased)
{
    Outcome outcome;
    outcome.change = change;
    outcome.kind = Outcome::Kind::Done;
    outcome.resourceVersionAfter = resourceVersionAfter;
    outcome.rebased = rebased;
    if (rebased)
        outcome.message = "applied to resourceVersion " + change.resourceVersion +
                          " after a conflict: only fields other than its annotations had changed";
    return outcome;
}

Outcome conflictOutcome(const PlannedChange &change, const std::string &current)
{
    Outcome outcome;
    outcome.change = change;
    outcome.kind = Outcome::Kind::Conflict;
    outcome.currentResourceVersion = current;
    outcome.message = "changed by someone else after it was read (resourceVersion " + change.resourceVersion +
                      (current.empty() ? std::string() : " is now " + current) +
                      "); not overwritten, plan again to act on the new version";
    return outcome;
}

std::string describeOutcome(const Outcome &outcome)
{
    const PlannedChange &change = outcome.change;
    std::string line = change.object.display() + ' ';
    switch (outcome.kind) {
    case Outcome::Kind::Done:
        if (change.action == Action::Pause) {
            line += "paused (" + describeMode(change.request) + "; replicas " + describeReplicas(change) + ')';
            if (change.request.until)
                line += " until " + formatTimestamp(*change.request.until);
        } else {
            line += "resumed";
        }
        if (outcome.rebased)
            line += " [" + outcome.message + ']';
        return line;
    case Outcome::Kind::Failed:
        line += "failed: " + outcome.message;
        if (!outcome.permission.empty())
            line += " (missing permission: " + outcome.permission + ')';
        return line;
    case Outcome::Kind::Conflict:
        return line + "conflict: " + outcome.message;
    case Outcome::Kind::Skipped:
        return line + "unchanged: " + outcome.message;
    }
    return line;
}

} // namespace kedascope::k8s::pause
