// SPDX-License-Identifier: Apache-2.0
// kedascope-ctl: the command-line face of k8sclient, answering as kubectl does.
#include "commands.h"
#include "printers.h"

#include "k8sclient/apiclient.h"
#include "k8sclient/kubeconfig.h"
#include "k8sclient/pauseplan.h"
#include "k8sclient/resourcetype.h"

#include <iomanip>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

using namespace kedascope;

namespace {

const char *const usage = R"(kedascope-ctl: KEDA objects through Kedascope's Kubernetes client.

Usage:
  kedascope-ctl [--kubeconfig FILE] [--context NAME] contexts
  kedascope-ctl [--kubeconfig FILE] [--context NAME] get TYPE [NAME] [-n NAMESPACE | -A] [-o name|json|yaml]
                [--paused]
  kedascope-ctl [--kubeconfig FILE] [--context NAME] pause NS/NAME... | -n NS --all [MODE] [--for D | --until T]
  kedascope-ctl [--kubeconfig FILE] [--context NAME] resume NS/NAME... | -n NS --all | --expired
  kedascope-ctl [--kubeconfig FILE] [--context NAME] apply -f FILE [-n NAMESPACE] [--dry-run] [--diff]

TYPE: scaledobjects (so), scaledjobs (sj), triggerauthentications (ta), clustertriggerauthentications (cta)
--paused lists only paused ScaledObjects or ScaledJobs, with the mode, since when and the planned end.
`kedascope-ctl pause --help` and `kedascope-ctl resume --help` describe pausing and its exit codes;
`kedascope-ctl apply --help` applying manifests as the editor does.
)";

struct Arguments
{
    std::string kubeconfig;
    std::string context;
    std::string ns;
    bool allNamespaces = false;
    bool paused = false;
    std::string output;
    std::vector<std::string> positional;
};

int fail(const std::string &message)
{
    std::cerr << "error: " << message << '\n';
    return 1;
}

int failWith(const k8s::Error &error)
{
    if (error.kind == k8s::Error::Kind::Api && !error.reason.empty())
        std::cerr << "Error from server (" << error.reason << "): " << error.message << '\n';
    else
        std::cerr << "error: " << error.message << '\n';
    return 1;
}

// Accepts "--flag value", "--flag=value" and "-n value"; returns an error text when malformed.
std::optional<std::string> parse(int argc, char **argv, Arguments &args)
{
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        std::string value;
        const auto eq = arg.find('=');
        const bool hasInlineValue = arg.rfind("--", 0) == 0 && eq != std::string::npos;
        if (hasInlineValue) {
            value = arg.substr(eq + 1);
            arg = arg.substr(0, eq);
        }
        auto takeValue = [&](std::string &target) -> std::optional<std::string> {
            if (hasInlineValue) {
                target = value;
                return std::nullopt;
            }
            if (i + 1 >= argc)
                return "flag needs an argument: " + arg;
            target = argv[++i];
            return std::nullopt;
        };
        std::optional<std::string> problem;
        if (arg == "--kubeconfig")
            problem = takeValue(args.kubeconfig);
        else if (arg == "--context")
            problem = takeValue(args.context);
        else if (arg == "-n" || arg == "--namespace")
            problem = takeValue(args.ns);
        else if (arg == "-o" || arg == "--output")
            problem = takeValue(args.output);
        else if (arg == "-A" || arg == "--all-namespaces")
            args.allNamespaces = true;
        else if (arg == "--paused")
            args.paused = true;
        else if (arg == "-h" || arg == "--help")
            args.positional.insert(args.positional.begin(), "help");
        else if (!arg.empty() && arg[0] == '-')
            return "unknown flag: " + arg;
        else
            args.positional.push_back(arg);
        if (problem)
            return problem;
    }
    return std::nullopt;
}

int listContexts(const k8s::Kubeconfig &config)
{
    std::size_t nameWidth = 4, clusterWidth = 7, userWidth = 8;
    for (const auto &c : config.contexts()) {
        nameWidth = std::max(nameWidth, c.name.size());
        clusterWidth = std::max(clusterWidth, c.cluster.size());
        userWidth = std::max(userWidth, c.user.size());
    }
    std::cout << std::left << std::setw(10) << "CURRENT" << std::setw(nameWidth + 3) << "NAME"
              << std::setw(clusterWidth + 3) << "CLUSTER" << std::setw(userWidth + 3) << "AUTHINFO"
              << "NAMESPACE\n";
    for (const auto &c : config.contexts()) {
        std::cout << std::setw(10) << (c.name == config.currentContext() ? "*" : "") << std::setw(nameWidth + 3)
                  << c.name << std::setw(clusterWidth + 3) << c.cluster << std::setw(userWidth + 3) << c.user
                  << c.ns << '\n';
    }
    return 0;
}

// Only the paused objects; a table of their pauses, or the objects themselves in other formats.
int printPaused(const k8s::ResourceType &type, const std::vector<std::string> &objects, ctl::OutputFormat format,
                const Arguments &args, const std::string &ns)
{
    std::vector<std::pair<std::string, k8s::pause::PauseState>> paused;
    std::vector<std::string> pausedObjects;
    for (const auto &text : objects) {
        auto doc = k8s::json::parse(text);
        if (!doc)
            continue;
        auto state = k8s::pause::pauseStateOf(type, *doc);
        if (!state.paused)
            continue;
        paused.emplace_back(text, std::move(state));
        pausedObjects.push_back(text);
    }
    if (format != ctl::OutputFormat::Table) {
        ctl::printObjects(std::cout, type, pausedObjects, format, args.allNamespaces, false);
        return 0;
    }
    if (paused.empty()) {
        if (ns.empty())
            std::cerr << "No paused resources found\n";
        else
            std::cerr << "No paused resources found in " << ns << " namespace.\n";
        return 0;
    }
    ctl::printPausedTable(std::cout, type, paused, args.allNamespaces);
    return 0;
}

int get(const k8s::Kubeconfig &config, const Arguments &args)
{
    if (args.positional.size() < 2)
        return fail("You must specify the type of resource to get. Use one of: scaledobjects (so), scaledjobs "
                    "(sj), triggerauthentications (ta), clustertriggerauthentications (cta)");
    if (args.positional.size() > 3)
        return fail("get takes TYPE and at most one NAME");
    const k8s::ResourceType *type = k8s::resources::kedaByName(args.positional[1]);
    if (!type)
        return fail("the server doesn't have a resource type \"" + args.positional[1] + "\"");

    ctl::OutputFormat format = ctl::OutputFormat::Table;
    if (args.output == "name")
        format = ctl::OutputFormat::Name;
    else if (args.output == "json")
        format = ctl::OutputFormat::Json;
    else if (args.output == "yaml")
        format = ctl::OutputFormat::Yaml;
    else if (!args.output.empty() && args.output != "wide")
        return fail("unable to match a printer suitable for the output format \"" + args.output +
                    "\", allowed formats are: json,name,wide,yaml");

    auto connection = config.resolve(args.context);
    if (!connection)
        return failWith(connection.error());
    const std::string ns = !type->namespaced || args.allNamespaces
                               ? std::string()
                               : (args.ns.empty() ? connection->defaultNamespace : args.ns);
    auto client = k8s::ApiClient::create(connection.value());
    if (!client)
        return failWith(client.error());

    std::vector<std::string> objects;
    const bool single = args.positional.size() == 3;
    if (single) {
        if (args.allNamespaces && type->namespaced)
            return fail("a resource cannot be retrieved by name across all namespaces");
        auto object = client.value()->get(*type, ns, args.positional[2]);
        if (!object)
            return failWith(object.error());
        objects.push_back(k8s::json::serialize(object.value()));
    } else {
        k8s::ListOptions options;
        options.limit = 500;
        auto list = client.value()->listAll(*type, ns, options);
        if (!list)
            return failWith(list.error());
        objects = std::move(list->items);
        if (objects.empty() && format == ctl::OutputFormat::Table) {
            if (ns.empty())
                std::cerr << "No resources found\n";
            else
                std::cerr << "No resources found in " << ns << " namespace.\n";
            return 0;
        }
    }
    if (args.paused)
        return printPaused(*type, objects, format, args, ns);
    ctl::printObjects(std::cout, *type, objects, format, args.allNamespaces, single);
    return 0;
}

// Commands with flags of their own get the words after their name; --kubeconfig and --context
// may come before the command.
std::optional<int> runCommandWithOwnFlags(int argc, char **argv)
{
    ctl::GlobalOptions global;
    int i = 1;
    for (; i < argc; ++i) {
        const std::string arg = argv[i];
        std::string *target = arg == "--kubeconfig" ? &global.kubeconfig
                              : arg == "--context"  ? &global.context
                                                    : nullptr;
        if (target && i + 1 < argc) {
            *target = argv[++i];
        } else if (arg.rfind("--kubeconfig=", 0) == 0) {
            global.kubeconfig = arg.substr(13);
        } else if (arg.rfind("--context=", 0) == 0) {
            global.context = arg.substr(10);
        } else {
            break;
        }
    }
    if (i >= argc)
        return std::nullopt;
    const std::string command = argv[i];
    const std::vector<std::string> rest(argv + i + 1, argv + argc);
    if (command == "pause")
        return ctl::pauseCommand(global, rest);
    if (command == "resume")
        return ctl::resumeCommand(global, rest);
    if (command == "apply")
        return ctl::applyCommand(global, rest);
    return std::nullopt;
}

} // namespace

int main(int argc, char **argv)
{
    if (auto status = runCommandWithOwnFlags(argc, argv))
        return *status;
    Arguments args;
    if (auto problem = parse(argc, argv, args))
        return fail(*problem + "\nSee 'kedascope-ctl --help' for usage.");
    if (args.positional.empty() || args.positional[0] == "help") {
        std::cout << usage;
        return args.positional.empty() ? 1 : 0;
    }

    k8s::Kubeconfig::LoadOptions load;
    load.explicitPath = args.kubeconfig;
    auto config = k8s::Kubeconfig::load(load);
    if (!config)
        return failWith(config.error());

    const std::string &command = args.positional[0];
    if (command == "contexts")
        return listContexts(config.value());
    if (command == "get")
        return get(config.value(), args);
    return fail("unknown command \"" + command + "\" for \"kedascope-ctl\"\nSee 'kedascope-ctl --help' for usage.");
}
