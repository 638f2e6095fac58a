// SPDX-License-Identifier: Apache-2.0
#include "k8sclient/kubeconfig.h"

#include "k8sclient/base64.h"
#include "k8sclient/filetext.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstdlib>
#include <utility>

namespace kedascope::k8s {

namespace {

struct ClusterEntry
{
    std::string name;
    std::string sourceFile;
    std::string server;
    std::string certificateAuthority; // absolute
    std::string certificateAuthorityData;
    bool insecureSkipTlsVerify = false;
    std::string tlsServerName;
    std::string proxyUrl;
};

struct UserEntry
{
    std::string name;
    std::string sourceFile;
    std::string clientCertificate; // absolute
    std::string clientCertificateData;
    std::string clientKey; // absolute
    std::string clientKeyData;
    std::string token;
    std::string tokenFile; // absolute
    std::string username;
    std::string password;
    std::string authProvider; // its name; empty: none
    bool impersonates = false;
    std::optional<ExecConfig> exec;
};

Error configError(std::string message)
{
    return Error::make(Error::Kind::Config, std::move(message));
}

std::string quoted(const std::string &text)
{
    return "\"" + text + "\"";
}

std::string joined(const std::vector<std::string> &items, const std::string &separator = ", ")
{
    std::string out;
    for (const auto &item : items) {
        if (!out.empty())
            out += separator;
        out += item;
    }
    return out;
}

// Walks one file's YAML tree; every error names the file, the place and the entry.
class FileReader
{
public:
    explicit FileReader(std::string file) : m_file(std::move(file)), m_folder(files::folderOf(m_file)) {}

    const std::string &file() const { return m_file; }

    Error fail(const YAML::Node &node, const std::string &what) const
    {
        const YAML::Mark mark = node.Mark();
        if (mark.is_null())
            return configError(m_file + ": " + what);
        return configError(m_file + ":" + std::to_string(mark.line + 1) + ":" +
                           std::to_string(mark.column + 1) + ": " + what);
    }

    static bool absent(const YAML::Node &node) { return !node.IsDefined() || node.IsNull(); }

    Status readString(const YAML::Node &map, const char *key, const std::string &owner,
                      std::string &out) const
    {
        const YAML::Node node = map[key];
        if (absent(node))
            return success();
        if (!node.IsScalar())
            return fail(node, owner + ": " + quoted(key) + " must be a string");
        out = node.Scalar();
        return success();
    }

    Status readPath(const YAML::Node &map, const char *key, const std::string &owner, std::string &out) const
    {
        if (auto status = readString(map, key, owner, out); !status)
            return status;
        out = files::resolveAgainst(m_folder, out);
        return success();
    }

    Status readBool(const YAML::Node &map, const char *key, const std::string &owner, bool &out) const
    {
        const YAML::Node node = map[key];
        if (absent(node))
            return success();
        if (!node.IsScalar() || !YAML::convert<bool>::decode(node, out))
            return fail(node, owner + ": " + quoted(key) + " must be true or false");
        return success();
    }

    Status readStringList(const YAML::Node &map, const char *key, const std::string &owner,
                          std::vector<std::string> &out) const
    {
        const YAML::Node node = map[key];
        if (absent(node))
            return success();
        if (!node.IsSequence())
            return fail(node, owner + ": " + quoted(key) + " must be a list of strings");
        for (const auto &item : node) {
            if (!item.IsScalar())
                return fail(item, owner + ": every entry of " + quoted(key) + " must be a string");
            out.push_back(item.Scalar());
        }
        return success();
    }

    // A list of {name, <bodyKey>: {...}} entries: checks the shape and hands each body on.
    template <typename Handle>
    Status forEachNamed(const YAML::Node &root, const char *listKey, const char *bodyKey, Handle handle) const
    {
        const YAML::Node list = root[listKey];
        if (absent(list))
            return success();
        if (!list.IsSequence())
            return fail(list, quoted(listKey) + " must be a list");
        std::vector<std::string> seen;
        std::size_t index = 0;
        for (const auto &entry : list) {
            const std::string position = std::string(listKey) + "[" + std::to_string(index++) + "]";
            if (!entry.IsMap())
                return fail(entry, position + " must be a mapping with \"name\" and " + quoted(bodyKey));
            const YAML::Node name = entry["name"];
            if (absent(name) || !name.IsScalar() || name.Scalar().empty())
                return fail(entry, position + " has no name");
            const std::string owner = position + " (" + quoted(name.Scalar()) + ")";
            if (std::find(seen.begin(), seen.end(), name.Scalar()) != seen.end())
                return fail(entry, owner + ": the name is used twice in " + quoted(listKey));
            seen.push_back(name.Scalar());
            const YAML::Node body = entry[bodyKey];
            if (!absent(body) && !body.IsMap())
                return fail(body, owner + ": " + quoted(bodyKey) + " must be a mapping");
            if (auto status =
                    handle(name.Scalar(), owner, absent(body) ? YAML::Node(YAML::NodeType::Map) : body);
                !status)
                return status;
        }
        return success();
    }

    Result<ClusterEntry> cluster(const std::string &name, const std::string &owner,
                                 const YAML::Node &body) const
    {
        ClusterEntry entry;
        entry.name = name;
        entry.sourceFile = m_file;
        Status status = readString(body, "server", owner, entry.server);
        if (status)
            status = readPath(body, "certificate-authority", owner, entry.certificateAuthority);
        if (status)
            status = readString(body, "certificate-authority-data", owner, entry.certificateAuthorityData);
        if (status)
            status = readBool(body, "insecure-skip-tls-verify", owner, entry.insecureSkipTlsVerify);
        if (status)
            status = readString(body, "tls-server-name", owner, entry.tlsServerName);
        if (status)
            status = readString(body, "proxy-url", owner, entry.proxyUrl);
        if (!status)
            return status.error();
        return entry;
    }

    Result<UserEntry> user(const std::string &name, const std::string &owner, const YAML::Node &body) const
    {
        UserEntry entry;
        entry.name = name;
        entry.sourceFile = m_file;
        Status status = readPath(body, "client-certificate", owner, entry.clientCertificate);
        if (status)
            status = readString(body, "client-certificate-data", owner, entry.clientCertificateData);
        if (status)
            status = readPath(body, "client-key", owner, entry.clientKey);
        if (status)
            status = readString(body, "client-key-data", owner, entry.clientKeyData);
        if (status)
            status = readString(body, "token", owner, entry.token);
        if (status)
            status = readPath(body, "tokenFile", owner, entry.tokenFile);
        if (status)
            status = readString(body, "username", owner, entry.username);
        if (status)
            status = readString(body, "password", owner, entry.password);
        if (status)
            status = authProvider(body, owner, entry);
        if (status)
            status = exec(body, owner, entry);
        if (!status)
            return status.error();
        entry.impersonates = !absent(body["as"]) || !absent(body["as-uid"]) || !absent(body["as-groups"]) ||
                             !absent(body["as-user-extra"]);
        return entry;
    }

    Status authProvider(const YAML::Node &body, const std::string &owner, UserEntry &entry) const
    {
        const YAML::Node node = body["auth-provider"];
        if (absent(node))
            return success();
        if (!node.IsMap())
            return fail(node, owner + ": \"auth-provider\" must be a mapping");
        if (auto status = readString(node, "name", owner + ": auth-provider", entry.authProvider); !status)
            return status;
        if (entry.authProvider.empty())
            entry.authProvider = "(unnamed)";
        return success();
    }

    Status exec(const YAML::Node &body, const std::string &owner, UserEntry &entry) const
    {
        const YAML::Node node = body["exec"];
        if (absent(node))
            return success();
        const std::string where = owner + ": exec";
        if (!node.IsMap())
            return fail(node, where + " must be a mapping");
        ExecConfig exec;
        Status status = readString(node, "apiVersion", where, exec.apiVersion);
        if (status)
            status = readString(node, "command", where, exec.command);
        if (status)
            status = readStringList(node, "args", where, exec.args);
        if (status)
            status = readString(node, "installHint", where, exec.installHint);
        if (status)
            status = readBool(node, "provideClusterInfo", where, exec.provideClusterInfo);
        if (status)
            status = readString(node, "interactiveMode", where, exec.interactiveMode);
        if (status)
            status = execEnv(node, where, exec);
        if (!status)
            return status;
        if (exec.command.find('/') != std::string::npos)
            exec.command = files::resolveAgainst(m_folder, exec.command);
        entry.exec = std::move(exec);
        return success();
    }

    Status execEnv(const YAML::Node &execNode, const std::string &where, ExecConfig &exec) const
    {
        const YAML::Node env = execNode["env"];
        if (absent(env))
            return success();
        if (!env.IsSequence())
            return fail(env, where + ": \"env\" must be a list of {name, value}");
        std::size_t index = 0;
        for (const auto &item : env) {
            const std::string position = where + ": env[" + std::to_string(index++) + "]";
            if (!item.IsMap())
                return fail(item, position + " must be a mapping with \"name\" and \"value\"");
            std::string name;
            std::string value;
            if (auto status = readString(item, "name", position, name); !status)
                return status;
            if (name.empty())
                return fail(item, position + " has no name");
            if (auto status = readString(item, "value", position, value); !status)
                return status;
            exec.env.emplace_back(std::move(name), std::move(value));
        }
        return success();
    }

private:
    std::string m_file;
    std::string m_folder;
};

bool isDnsLabel(const std::string &text)
{
    if (text.empty() || text.size() > 63)
        return false;
    const auto alnum = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
    if (!alnum(text.front()) || !alnum(text.back()))
        return false;
    return std::all_of(text.begin(), text.end(), [&](char c) { return alnum(c) || c == '-'; });
}

bool looksLikePem(const std::string &text)
{
    return text.find("-----BEGIN ") != std::string::npos && text.find("-----END ") != std::string::npos;
}

std::string authProviderAdvice(const std::string &provider)
{
    if (provider == "gcp")
        return "gke-gcloud-auth-plugin";
    if (provider == "azure")
        return "kubelogin";
    if (provider == "oidc")
        return "kubelogin's oidc-login";
    return "your provider's plugin";
}

// PEM text from a file or from base64 `-data` (validation refuses both being set).
Result<std::string> pemFrom(const std::string &owner, const std::string &path, const std::string &data,
                            const std::string &field)
{
    if (!path.empty()) {
        auto text = files::readText(path);
        if (!text)
            return configError(owner + ": " + field + ": " + text.error().message);
        if (!looksLikePem(*text))
            return configError(owner + ": " + field + ": " + quoted(path) + " does not hold PEM text");
        return std::move(*text);
    }
    auto decoded = base64::decode(data);
    if (!decoded)
        return configError(owner + ": " + field + "-data is not valid base64");
    if (!looksLikePem(*decoded))
        return configError(owner + ": " + field + "-data does not decode to PEM text");
    return std::move(*decoded);
}

// KUBECONFIG's entries: split on ':', empty ones dropped, made absolute, each once.
std::vector<std::string> splitKubeconfigList(const std::string &value)
{
    std::vector<std::string> paths;
    std::size_t start = 0;
    while (start <= value.size()) {
        const std::size_t colon = std::min(value.find(':', start), value.size());
        const std::string entry = value.substr(start, colon - start);
        if (!entry.empty()) {
            const std::string path = files::absolute(entry);
            if (std::find(paths.begin(), paths.end(), path) == paths.end())
                paths.push_back(path);
        }
        start = colon + 1;
    }
    return paths;
}

std::string valueOr(const std::optional<std::string> &given, const char *environmentVariable)
{
    if (given)
        return *given;
    const char *value = std::getenv(environmentVariable);
    return value ? std::string(value) : std::string();
}

Status applyCluster(const ClusterEntry &cluster, const std::string &where, ConnectionConfig &config)
{
    const std::string owner = where + ": cluster " + quoted(cluster.name) + " (" + cluster.sourceFile + ")";
    if (cluster.server.empty())
        return configError(owner + " has no server");
    config.server = cluster.server;
    const bool hasCa = !cluster.certificateAuthority.empty() || !cluster.certificateAuthorityData.empty();
    if (!cluster.certificateAuthority.empty() && !cluster.certificateAuthorityData.empty())
        return configError(owner +
                           " sets both certificate-authority and certificate-authority-data; keep one");
    if (hasCa && cluster.insecureSkipTlsVerify)
        return configError(
            owner + " sets a certificate authority and insecure-skip-tls-verify; kubectl refuses that too");
    if (hasCa) {
        auto ca = pemFrom(owner, cluster.certificateAuthority, cluster.certificateAuthorityData,
                          "certificate-authority");
        if (!ca)
            return ca.error();
        config.caPem = std::move(*ca);
    }
    config.insecureSkipTlsVerify = cluster.insecureSkipTlsVerify;
    config.tlsServerName = cluster.tlsServerName;
    config.proxyUrl = cluster.proxyUrl;
    return success();
}

Status checkExec(const ExecConfig &exec, const std::string &owner)
{
    if (exec.command.empty())
        return configError(owner + " has no command");
    if (exec.apiVersion.empty())
        return configError(owner + " has no apiVersion");
    const std::string &mode = exec.interactiveMode;
    if (mode.empty() && exec.apiVersion == "client.authentication.k8s.io/v1")
        return configError(owner + ": interactiveMode must be set (Never, IfAvailable or Always) for "
                                   "client.authentication.k8s.io/v1");
    if (!mode.empty() && mode != "Never" && mode != "IfAvailable" && mode != "Always")
        return configError(owner + ": interactiveMode " + quoted(mode) +
                           " is not one of Never, IfAvailable, Always");
    return success();
}

// The checks are client-go's (validation.go), with messages that never show a secret.
Status applyUser(const UserEntry &user, const std::string &where, ConnectionConfig &config)
{
    const std::string owner = where + ": user " + quoted(user.name) + " (" + user.sourceFile + ")";
    if (!user.authProvider.empty())
        return configError("user " + user.name + " uses auth-provider " + quoted(user.authProvider) +
                           ", which is not supported; use an exec credential plugin (e.g. " +
                           authProviderAdvice(user.authProvider) + ")");
    if (user.impersonates)
        return configError(owner + " asks for impersonation (as, as-groups), which is not supported");

    const bool hasCert = !user.clientCertificate.empty() || !user.clientCertificateData.empty();
    const bool hasKey = !user.clientKey.empty() || !user.clientKeyData.empty();
    if (!user.clientCertificate.empty() && !user.clientCertificateData.empty())
        return configError(owner + " sets both client-certificate and client-certificate-data; keep one");
    if (!user.clientKey.empty() && !user.clientKeyData.empty())
        return configError(owner + " sets both client-key and client-key-data; keep one");
    if (hasCert != hasKey)
        return configError(owner + " sets " + (hasCert ? "a client certificate" : "a client key") +
                           " without " +
                           (hasCert ? "its key (client-key or client-key-data)"
                                    : "its certificate (client-certificate or client-certificate-data)"));
    if (hasCert) {
        auto cert = pemFrom(owner, user.clientCertificate, user.clientCertificateData, "client-certificate");
        if (!cert)
            return cert.error();
        auto key = pemFrom(owner, user.clientKey, user.clientKeyData, "client-key");
        if (!key)
            return key.error();
        config.clientCertPem = std::move(*cert);
        config.clientKeyPem = std::move(*key);
    }

    const bool hasToken = !user.token.empty() || !user.tokenFile.empty();
    const bool hasBasic = !user.username.empty() || !user.password.empty();
    if (hasToken && hasBasic)
        return configError(owner +
                           " sets both a bearer token and a username/password; only one authentication "
                           "method is allowed");
    config.token = user.token;
    config.tokenFile = user.tokenFile;
    config.username = user.username;
    config.password = user.password;

    if (user.exec) {
        if (auto status = checkExec(*user.exec, owner + ": exec"); !status)
            return status;
        config.exec = user.exec;
        if (config.exec->interactiveMode.empty())
            config.exec->interactiveMode = "IfAvailable"; // v1beta1's default
    }
    return success();
}

} // namespace

struct Kubeconfig::Impl
{
    std::vector<ClusterEntry> clusters;
    std::vector<UserEntry> users;

    const ClusterEntry *cluster(const std::string &name) const
    {
        auto it =
            std::find_if(clusters.begin(), clusters.end(), [&](const auto &c) { return c.name == name; });
        return it == clusters.end() ? nullptr : &*it;
    }
    const UserEntry *user(const std::string &name) const
    {
        auto it = std::find_if(users.begin(), users.end(), [&](const auto &u) { return u.name == name; });
        return it == users.end() ? nullptr : &*it;
    }
};

Result<Kubeconfig> Kubeconfig::fromYaml(const std::string &text, const std::string &sourcePath)
{
    const FileReader reader(files::absolute(sourcePath));
    YAML::Node root;
    try {
        root = YAML::Load(text);
    } catch (const YAML::Exception &e) {
        if (e.mark.is_null())
            return configError(reader.file() + ": " + e.msg);
        return configError(reader.file() + ":" + std::to_string(e.mark.line + 1) + ":" +
                           std::to_string(e.mark.column + 1) + ": " + e.msg);
    }

    Kubeconfig config;
    config.m_files.push_back(reader.file());
    auto impl = std::make_shared<Impl>();
    if (FileReader::absent(root)) {
        config.d = impl;
        return config;
    }
    if (!root.IsMap())
        return reader.fail(root,
                           "a kubeconfig must be a mapping (apiVersion, clusters, users, contexts, ...)");

    try {
        Status status = reader.readString(root, "current-context", "the file", config.m_currentContext);
        if (status)
            status = reader.forEachNamed(
                root, "clusters", "cluster",
                [&](const auto &name, const auto &owner, const YAML::Node &body) -> Status {
                    auto entry = reader.cluster(name, owner, body);
                    if (!entry)
                        return entry.error();
                    impl->clusters.push_back(std::move(*entry));
                    return success();
                });
        if (status)
            status = reader.forEachNamed(
                root, "users", "user",
                [&](const auto &name, const auto &owner, const YAML::Node &body) -> Status {
                    auto entry = reader.user(name, owner, body);
                    if (!entry)
                        return entry.error();
                    impl->users.push_back(std::move(*entry));
                    return success();
                });
        if (status)
            status = reader.forEachNamed(
                root, "contexts", "context",
                [&](const auto &name, const auto &owner, const YAML::Node &body) -> Status {
                    Context context;
                    context.name = name;
                    context.sourceFile = reader.file();
                    Status read = reader.readString(body, "cluster", owner, context.cluster);
                    if (read)
                        read = reader.readString(body, "user", owner, context.user);
                    if (read)
                        read = reader.readString(body, "namespace", owner, context.ns);
                    if (read)
                        config.m_contexts.push_back(std::move(context));
                    return read;
                });
        if (!status)
            return status.error();
    } catch (const YAML::Exception &e) {
        return configError(reader.file() + ": " + e.msg);
    }
    config.d = impl;
    return config;
}

Result<Kubeconfig> Kubeconfig::load(const LoadOptions &options)
{
    const bool explicitGiven = !options.explicitPath.empty();
    std::vector<std::string> candidates;
    if (explicitGiven) {
        candidates.push_back(files::absolute(options.explicitPath));
    } else if (const std::string env = valueOr(options.kubeconfigEnv, "KUBECONFIG"); !env.empty()) {
        // As kubectl: when KUBECONFIG is set, ~/.kube/config is not read even if every listed file is
        // missing.
        candidates = splitKubeconfigList(env);
    } else if (const std::string home = valueOr(options.home, "HOME"); !home.empty()) {
        candidates.push_back(files::absolute(home + "/.kube/config"));
    }

    Kubeconfig merged;
    auto impl = std::make_shared<Impl>();
    for (const auto &path : candidates) {
        if (files::presence(path) == files::Presence::Missing) {
            if (explicitGiven)
                return configError("the kubeconfig file " + quoted(path) +
                                   " given with --kubeconfig does not exist");
            continue;
        }
        auto text = files::readText(path);
        if (!text)
            return text.error();
        auto file = fromYaml(*text, path);
        if (!file)
            return file.error();
        merged.m_files.push_back(path);
        if (merged.m_currentContext.empty())
            merged.m_currentContext = file->m_currentContext;
        for (const auto &context : file->m_contexts) {
            if (!merged.findContext(context.name))
                merged.m_contexts.push_back(context);
        }
        for (const auto &cluster : file->d->clusters) {
            if (!impl->cluster(cluster.name))
                impl->clusters.push_back(cluster);
        }
        for (const auto &user : file->d->users) {
            if (!impl->user(user.name))
                impl->users.push_back(user);
        }
    }
    merged.d = impl;
    return merged;
}

const Kubeconfig::Context *Kubeconfig::findContext(const std::string &name) const
{
    auto it =
        std::find_if(m_contexts.begin(), m_contexts.end(), [&](const auto &c) { return c.name == name; });
    return it == m_contexts.end() ? nullptr : &*it;
}

Result<ConnectionConfig> Kubeconfig::resolve(const std::string &contextName) const
{
    const std::string filesRead =
        m_files.empty() ? std::string("no kubeconfig file was found") : joined(m_files);
    std::vector<std::string> known;
    for (const auto &context : m_contexts)
        known.push_back(quoted(context.name));
    const std::string knownText =
        known.empty() ? "it defines no contexts" : "known contexts: " + joined(known);

    const std::string name = contextName.empty() ? m_currentContext : contextName;
    if (name.empty()) {
        if (m_files.empty())
            return configError(
                "there is no context to connect to: no kubeconfig file was found (give --kubeconfig, "
                "set KUBECONFIG or create ~/.kube/config)");
        return configError("there is no context to connect to: current-context is not set in " + filesRead +
                           " and no context was chosen; " + knownText);
    }
    const Context *context = findContext(name);
    if (!context)
        return configError("context " + quoted(name) + " is not in the kubeconfig (" + filesRead + "); " +
                           knownText);
    const std::string where = "context " + quoted(name);
    if (!context->ns.empty() && !isDnsLabel(context->ns))
        return configError(where + ": namespace " + quoted(context->ns) + " is not a valid namespace name");
    if (context->cluster.empty())
        return configError(where + " (" + context->sourceFile + ") names no cluster");
    const ClusterEntry *cluster = d ? d->cluster(context->cluster) : nullptr;
    if (!cluster)
        return configError(where + " uses cluster " + quoted(context->cluster) +
                           ", which is not defined in " + filesRead);
    const UserEntry *user = d && !context->user.empty() ? d->user(context->user) : nullptr;
    if (!user && !context->user.empty())
        return configError(where + " uses user " + quoted(context->user) + ", which is not defined in " +
                           filesRead);

    ConnectionConfig config;
    config.contextName = name;
    config.clusterName = cluster->name;
    config.sourceFile = context->sourceFile;
    if (!context->ns.empty())
        config.defaultNamespace = context->ns;
    if (auto status = applyCluster(*cluster, where, config); !status)
        return status.error();
    // A context without a user connects without credentials, as kubectl does.
    if (user) {
        config.userName = user->name;
        if (auto status = applyUser(*user, where, config); !status)
            return status.error();
    }
    return config;
}

} // namespace kedascope::k8s
