// SPDX-License-Identifier: Apache-2.0
#include "applyoptions.h"

namespace kedascope::ctl {

const char *applyUsage()
{
    return R"(Apply a YAML file of KEDA objects (and any others) by server-side apply, field manager "kedascope".

Usage:
  kedascope-ctl [--kubeconfig FILE] [--context NAME] apply -f FILE [--dry-run] [--diff] [--force-conflicts]
                [-n NAMESPACE]

The file is validated first (KEDA's CRD schema and admission rules, the scaler catalog); nothing is sent
when it has an error. --diff prints what changes against the live objects; --dry-run asks the server
without storing anything; --force-conflicts takes over fields other managers own.
)";
}

std::optional<std::string> parseApplyArguments(const std::vector<std::string> &words, ApplyArguments &args)
{
    for (std::size_t i = 0; i < words.size(); ++i) {
        std::string word = words[i];
        std::string value;
        const auto eq = word.find('=');
        const bool inlineValue = word.rfind("--", 0) == 0 && eq != std::string::npos;
        if (inlineValue) {
            value = word.substr(eq + 1);
            word = word.substr(0, eq);
        }
        auto take = [&](std::string &target) -> std::optional<std::string> {
            if (inlineValue) {
                target = value;
                return std::nullopt;
            }
            if (i + 1 >= words.size())
                return "flag needs an argument: " + word;
            target = words[++i];
            return std::nullopt;
        };
        std::optional<std::string> problem;
        if (word == "-f" || word == "--filename")
            problem = take(args.file);
        else if (word == "-n" || word == "--namespace")
            problem = take(args.ns);
        else if (word == "--dry-run") {
            if (inlineValue && value != "server" && value != "none")
                return "--dry-run takes \"server\" or \"none\" (a client-side dry run is not supported)";
            args.dryRun = !inlineValue || value == "server";
        } else if (word == "--diff")
            args.diff = true;
        else if (word == "--force-conflicts")
            args.forceConflicts = !inlineValue || value == "true";
        else if (word == "--server-side")
            continue;
        else if (word == "-h" || word == "--help")
            args.help = true;
        else
            return "unknown argument: " + word;
        if (problem)
            return problem;
    }
    if (args.file.empty() && !args.help)
        return "must specify one of -f and -k";
    return std::nullopt;
}

} // namespace kedascope::ctl
