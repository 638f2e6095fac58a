// SPDX-License-Identifier: Apache-2.0
#include "sim/scenario.h"

#include "k8sclient/filetext.h"
#include "k8sclient/yamljson.h"

#include <fstream>

namespace kedascope::sim {

namespace json = k8s::json;

namespace {

k8s::Error scenarioError(const std::string &source, const std::string &message)
{
    return k8s::Error::make(k8s::Error::Kind::Config, source + ": " + message);
}

double number(const json::Value &object, const char *key, double fallback)
{
    const auto *v = json::find(object, key);
    if (!v)
        return fallback;
    if (v->IsNumber())
        return v->GetDouble();
    if (v->IsString()) {
        try {
            return std::stod(v->GetString());
        } catch (...) {
        }
    }
    return fallback;
}

k8s::Result<std::vector<std::pair<double, double>>> readCsv(const std::string &path)
{
    std::ifstream in(path);
    if (!in)
        return k8s::Error::make(k8s::Error::Kind::Config, "cannot read " + path);
    std::vector<std::pair<double, double>> points;
    std::string line;
    while (std::getline(in, line)) {
        const auto comma = line.find(',');
        if (comma == std::string::npos)
            continue;
        try {
            points.emplace_back(std::stod(line.substr(0, comma)), std::stod(line.substr(comma + 1)));
        } catch (...) {
            continue; // a header line
        }
    }
    if (points.empty())
        return k8s::Error::make(k8s::Error::Kind::Config, path + " holds no \"seconds,value\" lines");
    return points;
}

k8s::Result<EventSourceSpec> parseSource(const json::Value &v, const std::string &source,
                                         const std::string &baseDir)
{
    EventSourceSpec s;
    s.name = json::stringAt(v, "name");
    if (s.name.empty())
        return scenarioError(source, "every source needs a name");
    const std::string kind = json::stringAt(v, "kind", "gauge");
    if (kind != "queue" && kind != "gauge")
        return scenarioError(source, "source " + s.name + ": kind must be queue or gauge, not " + kind);
    s.queue = kind == "queue";
    const std::string shape = json::stringAt(v, "shape", "constant");
    static const std::map<std::string, EventSourceSpec::Shape> shapes = {
        {"constant", EventSourceSpec::Shape::Constant},
        {"ramp", EventSourceSpec::Shape::Ramp},
        {"sine", EventSourceSpec::Shape::Sine},
        {"bursts", EventSourceSpec::Shape::Bursts},
        {"csv", EventSourceSpec::Shape::Csv}};
    const auto found = shapes.find(shape);
    if (found == shapes.end())
        return scenarioError(source,
                             "source " + s.name + ": shape must be constant, ramp, sine, bursts or csv");
    s.shape = found->second;
    s.value = number(v, "value", s.value);
    s.from = number(v, "from", s.from);
    s.to = number(v, "to", s.to);
    s.duration = number(v, "duration", s.duration);
    s.base = number(v, "base", s.base);
    s.amplitude = number(v, "amplitude", s.amplitude);
    s.period = number(v, "period", s.period);
    s.every = number(v, "every", s.every);
    s.size = number(v, "size", s.size);
    s.start = number(v, "start", s.start);
    s.width = number(v, "width", s.width);
    s.drainPerReplica = number(v, "drainPerReplica", s.drainPerReplica);
    s.initial = number(v, "initial", s.initial);
    s.latencySeconds = number(v, "latencySeconds", s.latencySeconds);
    s.error = json::stringAt(v, "error");
    if (const auto *loop = json::find(v, "loop"); loop && loop->IsBool())
        s.loop = loop->GetBool();
    if (s.shape == EventSourceSpec::Shape::Csv) {
        const std::string file = json::stringAt(v, "file");
        if (file.empty())
            return scenarioError(source, "source " + s.name + ": a csv source needs file");
        auto points = readCsv(!file.empty() && file[0] == '/' ? file : baseDir + "/" + file);
        if (!points)
            return scenarioError(source, "source " + s.name + ": " + points.error().message);
        s.points = std::move(points.value());
    }
    if (const auto *failures = json::find(v, "failures"); failures && failures->IsArray()) {
        for (const auto &f : failures->GetArray())
            s.failures.push_back({number(f, "start", 0), number(f, "duration", 0), number(f, "every", 0)});
    }
    return s;
}

// `at` and `every` must be numbers when present; `at` is required.
k8s::Result<ScheduledFault> parseFault(const json::Value &v, const std::string &entry)
{
    if (!v.IsObject())
        return k8s::Error::make(k8s::Error::Kind::Config, entry + ": a fault entry is a mapping");
    ScheduledFault fault;
    const auto *at = json::find(v, "at");
    if (!at)
        return k8s::Error::make(k8s::Error::Kind::Config,
                                entry + ".at: missing (simulated seconds since start)");
    if (!at->IsNumber())
        return k8s::Error::make(k8s::Error::Kind::Config, entry + ".at: must be a number of seconds");
    fault.at = at->GetDouble();
    if (fault.at < 0)
        return k8s::Error::make(k8s::Error::Kind::Config, entry + ".at: must not be negative");
    if (const auto *every = json::find(v, "every")) {
        if (!every->IsNumber() || every->GetDouble() <= 0)
            return k8s::Error::make(k8s::Error::Kind::Config,
                                    entry + ".every: must be a number of seconds above 0");
        fault.every = every->GetDouble();
    }
    auto action = parseFaultAction(v, std::nullopt);
    if (!action)
        return k8s::Error::make(k8s::Error::Kind::Config, entry + "." + action.error().message);
    fault.action = std::move(action.value());
    return fault;
}

} // namespace

k8s::Result<Scenario> Scenario::parse(const std::string &yaml, const std::string &sourceName,
                                      const std::string &baseDir)
{
    auto docs = k8s::yamlToJson(yaml, sourceName);
    if (!docs)
        return docs.error();
    if (docs.value().size() != 1 || !docs.value()[0].IsObject())
        return scenarioError(sourceName, "a scenario is one YAML mapping");
    const json::Value &root = docs.value()[0];
    Scenario scenario;
    scenario.podStartupSeconds = number(root, "podStartupSeconds", scenario.podStartupSeconds);
    if (const auto *sources = json::find(root, "sources"); sources && sources->IsArray()) {
        for (const auto &v : sources->GetArray()) {
            auto source = parseSource(v, sourceName, baseDir);
            if (!source)
                return source.error();
            scenario.sources.push_back(std::move(source.value()));
        }
    }
    if (const auto *bindings = json::find(root, "bindings"); bindings && bindings->IsObject()) {
        for (const auto &m : bindings->GetObject()) {
            auto &names = scenario.bindings[m.name.GetString()];
            if (m.value.IsString())
                names.push_back(m.value.GetString());
            else if (m.value.IsArray())
                for (const auto &n : m.value.GetArray())
                    names.push_back(n.IsString() ? n.GetString() : "");
        }
    }
    if (const auto *jobs = json::find(root, "jobs"); jobs && jobs->IsObject())
        for (const auto &m : jobs->GetObject())
            scenario.jobRunSeconds[m.name.GetString()] = number(m.value, "runSeconds", 30);
    if (const auto *objects = json::find(root, "objects"); objects && objects->IsArray()) {
        for (const auto &o : objects->GetArray()) {
            if (!o.IsObject() || json::stringAt(o, "kind").empty() ||
                json::stringAt(o, "metadata.name").empty())
                return scenarioError(sourceName, "every object needs kind and metadata.name");
            auto doc = std::make_shared<json::Document>();
            doc->CopyFrom(o, doc->GetAllocator());
            scenario.objects.push_back(std::move(doc));
        }
    }
    if (const auto *faults = json::find(root, "faults"); faults && !faults->IsNull()) {
        if (!faults->IsArray())
            return scenarioError(sourceName, "faults: must be a list");
        for (rapidjson::SizeType i = 0; i < faults->Size(); ++i) {
            auto fault = parseFault((*faults)[i], "faults[" + std::to_string(i) + "]");
            if (!fault)
                return scenarioError(sourceName, fault.error().message);
            scenario.faults.push_back(std::move(fault.value()));
        }
    }
    return scenario;
}

k8s::Result<Scenario> Scenario::load(const std::string &path)
{
    auto text = k8s::files::readText(path);
    if (!text)
        return text.error();
    const auto slash = path.rfind('/');
    return parse(text.value(), path, slash == std::string::npos ? "." : path.substr(0, slash));
}

} // namespace kedascope::sim
