// SPDX-License-Identifier: Apache-2.0
// kedascope-ctl pause / resume: the plan and run the console uses (k8sclient/pauserun.h), for scripts.
#include "commands.h"

#include "k8sclient/age.h"
#include "k8sclient/kubeconfig.h"
#include "k8sclient/pauserun.h"

#include <iostream>
#include <optional>
#include <string>
#include <vector>

namespace kedascope::ctl {

namespace {

namespace pause = k8s::pause;

// Exit codes a script can rely on.
enum ExitCode {
    AllDone = 0,      // every object was changed, or needed no change
    SomeFailed = 1,   // at least one object failed (the API's reason is printed); others may be done
    UsageError = 2,   // the command line is wrong; nothing was read or changed
    SomeConflict = 3, // no failure, but at least one object changed under us and was left alone
    NotReached = 4,   // the kubeconfig or the cluster could not be used; nothing was changed
};

const char *const pauseUsage = R"(Usage:
  kedascope-ctl pause NS/NAME... | -n NS --all [--kind so|sj]
                [--replicas N | --freeze | --scale-in | --scale-out] [--for DURATION | --until TIME] [--dry-run]

Pauses KEDA scaling with KEDA's annotations. NAME is a ScaledObject; write sj/NS/NAME for a ScaledJob
(so/NS/NAME is accepted too). Modes: --replicas N holds the target at N replicas (paused-replicas),
--freeze (the default) stops scaling at the current count (paused), --scale-in / --scale-out block one
direction (paused-scale-in / paused-scale-out). ScaledJobs support --freeze only.
--for 2h (or 90m, 1h30m, 1d) or --until 2026-11-22T18:00:00Z stores the planned end on the object
(kedascope.io/pause-until); `kedascope-ctl resume --expired` resumes what is over.
--dry-run prints what would change and changes nothing.

Exit codes: 0 all done (or nothing to change), 1 some failed (API errors, e.g. a missing permission),
2 usage error, 3 some objects changed under us (conflict; nothing overwritten), 4 cluster not reachable.
Done and unchanged objects are printed on stdout, failures and conflicts on stderr.
)";

const char *const resumeUsage = R"(Usage:
  kedascope-ctl resume NS/NAME... | -n NS --all [--kind so|sj] | --expired [-n NS] [--dry-run]

Restores exactly the annotations Kedascope's pause set (and the values they replaced), leaving any
others. --expired resumes every object whose planned end (kedascope.io/pause-until) has passed, in
NS or in all namespaces; meant for a cron job.

Exit codes: 0 all done (or nothing to change), 1 some failed (API errors, e.g. a missing permission),
2 usage error, 3 some objects changed under us (conflict; nothing overwritten), 4 cluster not reachable.
)";

struct Options
{
    std::vector<pause::ObjectRef> objects;
    std::string ns;
    bool all = false;
    bool expired = false;
    bool dryRun = false;
    std::vector<k8s::ResourceType> kinds{k8s::resources::scaledObjects(), k8s::resources::scaledJobs()};
    pause::PauseRequest request;
};

int usageError(const std::string &message, const char *usage)
{
    std::cerr << "error: " << message << "\n\n" << usage;
    return UsageError;
}

std::optional<pause::ObjectRef> parseObject(const std::string &word)
{
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (std::size_t slash = word.find('/'); slash != std::string::npos; slash = word.find('/', start)) {
        parts.push_back(word.substr(start, slash - start));
        start = slash + 1;
    }
    parts.push_back(word.substr(start));
    const k8s::ResourceType *type = &k8s::resources::scaledObjects();
    if (parts.size() == 3) {
        type = k8s::resources::kedaByName(parts[0]);
        if (!type || !(*type == k8s::resources::scaledObjects() || *type == k8s::resources::scaledJobs()))
            return std::nullopt;
        parts.erase(parts.begin());
    }
    if (parts.size() != 2 || parts[0].empty() || parts[1].empty())
        return std::nullopt;
    return pause::ObjectRef{*type, parts[0], parts[1]};
}

// Returns an error text, or nothing when `args` parsed into `options`.
std::optional<std::string> parseArguments(const std::vector<std::string> &args, bool pausing, Options &options)
{
    int modes = 0, ends = 0;
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string arg = args[i];
        std::optional<std::string> inlineValue;
        if (const auto eq = arg.find('='); arg.rfind("--", 0) == 0 && eq != std::string::npos) {
            inlineValue = arg.substr(eq + 1);
            arg = arg.substr(0, eq);
        }
        auto value = [&]() -> std::optional<std::string> {
            if (inlineValue)
                return inlineValue;
            if (i + 1 < args.size())
                return args[++i];
            return std::nullopt;
        };
        if (arg == "-n" || arg == "--namespace") {
            const auto ns = value();
            if (!ns || ns->empty())
                return "flag needs an argument: " + arg;
            options.ns = *ns;
        } else if (arg == "--all") {
            options.all = true;
        } else if (arg == "--dry-run") {
            options.dryRun = true;
        } else if (arg == "--kind") {
            const auto kind = value();
            const k8s::ResourceType *type = kind ? k8s::resources::kedaByName(*kind) : nullptr;
            if (!type || !(*type == k8s::resources::scaledObjects() || *type == k8s::resources::scaledJobs()))
                return "--kind takes so or sj";
            options.kinds = {*type};
        } else if (!pausing && arg == "--expired") {
            options.expired = true;
        } else if (pausing && arg == "--replicas") {
            const auto count = value();
            if (!count || count->empty() || count->find_first_not_of("0123456789") != std::string::npos ||
                count->size() > 9)
                return "--replicas takes a count of 0 or more";
            options.request.mode = pause::Mode::HoldReplicas;
            options.request.replicas = std::stoi(*count);
            ++modes;
        } else if (pausing && (arg == "--freeze" || arg == "--scale-in" || arg == "--scale-out")) {
            options.request.mode = arg == "--freeze"     ? pause::Mode::Freeze
                                   : arg == "--scale-in" ? pause::Mode::BlockScaleIn
                                                         : pause::Mode::BlockScaleOut;
            ++modes;
        } else if (pausing && arg == "--for") {
            const auto text = value();
            const auto duration = text ? pause::parseDuration(*text) : std::nullopt;
            if (!duration)
                return "--for takes a duration such as 2h, 90m, 1h30m or 1d";
            options.request.until = std::chrono::system_clock::now() + *duration;
            ++ends;
        } else if (pausing && arg == "--until") {
            const auto text = value();
            const auto until = text ? k8s::parseTimestamp(*text) : std::nullopt;
            if (!until)
                return "--until takes an RFC 3339 time such as 2026-11-22T18:00:00Z";
            if (*until <= std::chrono::system_clock::now())
                return "--until " + *text + " is in the past";
            options.request.until = *until;
            ++ends;
        } else if (arg == "-h" || arg == "--help") {
            return std::string("help");
        } else if (!arg.empty() && arg[0] == '-') {
            return "unknown flag: " + arg;
        } else {
            auto object = parseObject(arg);
            if (!object)
                return "\"" + arg + "\" is not NAMESPACE/NAME (or so/NAMESPACE/NAME, sj/NAMESPACE/NAME)";
            options.objects.push_back(std::move(*object));
        }
    }
    if (modes > 1)
        return "choose one of --replicas, --freeze, --scale-in, --scale-out";
    if (ends > 1)
        return "choose one of --for and --until";
    const int selections = (options.objects.empty() ? 0 : 1) + (options.all ? 1 : 0) + (options.expired ? 1 : 0);
    if (selections == 0)
        return pausing ? "name objects as NAMESPACE/NAME, or give -n NAMESPACE --all"
                       : "name objects as NAMESPACE/NAME, or give -n NAMESPACE --all, or --expired";
    if (selections > 1)
        return "name objects, or use --all" + std::string(pausing ? "" : ", or --expired") + ", not several";
    return std::nullopt;
}

int exitCodeOf(const pause::RunReport &report)
{
    if (report.count(pause::Outcome::Kind::Failed) > 0)
        return SomeFailed;
    if (report.count(pause::Outcome::Kind::Conflict) > 0)
        return SomeConflict;
    return AllDone;
}

void printDryRun(const pause::Plan &plan)
{
    for (const auto &change : plan.changes) {
        std::string line = change.object.display() + ' ';
        if (!change.willChange()) {
            line += "unchanged: " + change.skipped;
        } else if (change.action == pause::Action::Pause) {
            line += "would pause (" + pause::describeMode(change.request) + "; replicas " +
                    pause::describeReplicas(change) + ')';
            if (change.request.until)
                line += " until " + k8s::formatTimestamp(*change.request.until);
        } else {
            line += "would resume (replicas " + pause::describeReplicas(change) + ')';
        }
        if (!change.note.empty())
            line += " [" + change.note + ']';
        std::cout << line << '\n';
    }
    for (const auto &outcome : plan.unreadable)
        std::cerr << pause::describeOutcome(outcome) << '\n';
}

int printReport(const pause::RunReport &report, pause::Action action)
{
    for (const auto &outcome : report.outcomes) {
        const bool bad = outcome.kind == pause::Outcome::Kind::Failed ||
                         outcome.kind == pause::Outcome::Kind::Conflict;
        (bad ? std::cerr : std::cout) << pause::describeOutcome(outcome) << '\n';
    }
    const int code = exitCodeOf(report);
    if (code != AllDone) {
        const int done = report.count(pause::Outcome::Kind::Done);
        std::cerr << "error: " << (action == pause::Action::Pause ? "paused " : "resumed ") << done << " of "
                  << report.outcomes.size() << "; " << report.count(pause::Outcome::Kind::Failed)
                  << " failed, " << report.count(pause::Outcome::Kind::Conflict) << " conflicted\n";
    }
    return code;
}

int run(const GlobalOptions &global, const std::vector<std::string> &args, pause::Action action)
{
    const bool pausing = action == pause::Action::Pause;
    const char *usage = pausing ? pauseUsage : resumeUsage;
    Options options;
    if (const auto problem = parseArguments(args, pausing, options)) {
        if (*problem == "help") {
            std::cout << usage;
            return AllDone;
        }
        return usageError(*problem, usage);
    }

    k8s::Kubeconfig::LoadOptions load;
    load.explicitPath = global.kubeconfig;
    auto config = k8s::Kubeconfig::load(load);
    if (!config) {
        std::cerr << "error: " << config.error().message << '\n';
        return NotReached;
    }
    auto connection = config->resolve(global.context);
    if (!connection) {
        std::cerr << "error: " << connection.error().message << '\n';
        return NotReached;
    }
    auto client = k8s::ApiClient::create(connection.value());
    if (!client) {
        std::cerr << "error: " << client.error().message << '\n';
        return NotReached;
    }

    pause::PauseRunner runner(client.value());
    const auto now = std::chrono::system_clock::now();
    pause::Plan plan;
    if (!options.objects.empty()) {
        plan = runner.planObjects(options.objects, action, options.request, now);
    } else {
        for (const auto &kind : options.kinds) {
            const std::string ns =
                options.expired ? options.ns : (options.ns.empty() ? connection->defaultNamespace : options.ns);
            auto part = options.expired ? runner.planExpired(ns, now)
                                        : runner.planNamespace(kind, ns, action, options.request, now);
            if (!part) {
                const auto &error = part.error();
                std::cerr << (error.reason.empty() ? "error: " : "Error from server (" + error.reason + "): ")
                          << error.message << '\n';
                return NotReached;
            }
            plan.changes.insert(plan.changes.end(), part->changes.begin(), part->changes.end());
            if (options.expired)
                break; // planExpired covers both kinds
        }
    }
    if (plan.changes.empty() && plan.unreadable.empty())
        std::cerr << (pausing ? "No objects to pause\n" : "No objects to resume\n");
    if (options.dryRun) {
        printDryRun(plan);
        return plan.unreadable.empty() ? AllDone : SomeFailed;
    }
    return printReport(runner.run(plan), action);
}

} // namespace

int pauseCommand(const GlobalOptions &global, const std::vector<std::string> &args)
{
    return run(global, args, pause::Action::Pause);
}

int resumeCommand(const GlobalOptions &global, const std::vector<std::string> &args)
{
    return run(global, args, pause::Action::Resume);
}

} // namespace kedascope::ctl
