// SPDX-License-Identifier: Apache-2.0
#include "k8sclient/execplugin.h"

#include "k8sclient/age.h"

#include "k8sclient/base64.h"
#include "k8sclient/json.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <ctime>
#include <map>
#include <vector>

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace kedascope::k8s::exec {

namespace {

using Clock = std::chrono::steady_clock;

constexpr std::size_t kMaxStdout = 8 * 1024 * 1024;
constexpr std::size_t kMaxStderr = 256 * 1024;
constexpr std::size_t kStderrLinesShown = 20;
// A plugin that exits while a child of its own keeps the pipes open is not waited for longer than this.
constexpr std::chrono::seconds kPipeGraceAfterExit{2};

const std::string kV1 = "client.authentication.k8s.io/v1";
const std::string kV1beta1 = "client.authentication.k8s.io/v1beta1";
const std::string kV1alpha1 = "client.authentication.k8s.io/v1alpha1";

Error authError(std::string message)
{
    return Error::make(Error::Kind::Auth, std::move(message));
}

std::string quoted(const std::string &text)
{
    return "\"" + text + "\"";
}

struct ProcessOutcome
{
    enum class Start { Started, NotFound, NotExecutable, Failed } start = Start::Started;
    int startErrno = 0;
    bool timedOut = false;
    bool exited = false;
    int exitCode = 0;
    int signal = 0;
    std::string out;
    std::string err;
};

class FileDescriptor
{
public:
    FileDescriptor() = default;
    explicit FileDescriptor(int fd) : m_fd(fd) {}
    FileDescriptor(const FileDescriptor &) = delete;
    FileDescriptor &operator=(const FileDescriptor &) = delete;
    ~FileDescriptor() { reset(); }
    int get() const { return m_fd; }
    int *target() { return &m_fd; }
    void reset()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }

private:
    int m_fd = -1;
};

struct Pipe
{
    FileDescriptor read;
    FileDescriptor write;
    bool open()
    {
        int fds[2];
        if (::pipe2(fds, O_CLOEXEC) != 0)
            return false;
        *read.target() = fds[0];
        *write.target() = fds[1];
        return true;
    }
};

std::vector<std::string> childEnvironment(const std::vector<std::pair<std::string, std::string>> &extra)
{
    std::vector<std::string> result;
    for (char **entry = environ; entry && *entry; ++entry)
        result.emplace_back(*entry);
    for (const auto &[name, value] : extra) {
        const std::string prefix = name + "=";
        result.erase(std::remove_if(result.begin(), result.end(),
                                    [&](const std::string &item) {
                                        return item.compare(0, prefix.size(), prefix) == 0;
                                    }),
                     result.end());
        result.push_back(prefix + value);
    }
    return result;
}

// Drains what `fd` has now; false on end of file.
bool drain(int fd, std::string &into, std::size_t limit)
{
    char buffer[16384];
    for (;;) {
        const ssize_t count = ::read(fd, buffer, sizeof buffer);
        if (count > 0) {
            const std::size_t room = limit > into.size() ? limit - into.size() : 0;
            into.append(buffer, std::min(room, static_cast<std::size_t>(count)));
            continue;
        }
        if (count == 0)
            return false;
        if (errno == EINTR)
            continue;
        return errno == EAGAIN || errno == EWOULDBLOCK;
    }
}

void recordExit(ProcessOutcome &outcome, int status)
{
    outcome.exited = true;
    if (WIFEXITED(status))
        outcome.exitCode = WEXITSTATUS(status);
    else if (WIFSIGNALED(status))
        outcome.signal = WTERMSIG(status);
}

ProcessOutcome runProcess(const std::string &command, const std::vector<std::string> &args,
                          const std::vector<std::string> &environment, std::chrono::milliseconds timeout)
{
    ProcessOutcome outcome;
    Pipe out;
    Pipe err;
    if (!out.open() || !err.open()) {
        outcome.start = ProcessOutcome::Start::Failed;
        outcome.startErrno = errno;
        return outcome;
    }

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, out.write.get(), STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, err.write.get(), STDERR_FILENO);

    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    sigset_t noSignals;
    sigemptyset(&noSignals);
    sigset_t defaultSignals;
    sigemptyset(&defaultSignals);
    sigaddset(&defaultSignals, SIGPIPE);
    sigaddset(&defaultSignals, SIGINT);
    sigaddset(&defaultSignals, SIGTERM);
    posix_spawnattr_setsigmask(&attributes, &noSignals);
    posix_spawnattr_setsigdefault(&attributes, &defaultSignals);
    posix_spawnattr_setpgroup(&attributes, 0); // its own group, so a timeout stops its children too
    posix_spawnattr_setflags(&attributes,
                             POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP);

    std::vector<char *> argv;
    argv.push_back(const_cast<char *>(command.c_str()));
    for (const auto &arg : args)
        argv.push_back(const_cast<char *>(arg.c_str()));
    argv.push_back(nullptr);
    std::vector<char *> envp;
    for (const auto &entry : environment)
        envp.push_back(const_cast<char *>(entry.c_str()));
    envp.push_back(nullptr);

    pid_t pid = -1;
    const int spawned =
        ::posix_spawnp(&pid, command.c_str(), &actions, &attributes, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    out.write.reset();
    err.write.reset();
    if (spawned != 0) {
        outcome.startErrno = spawned;
        outcome.start = spawned == ENOENT || spawned == ENOTDIR ? ProcessOutcome::Start::NotFound
                        : spawned == EACCES                     ? ProcessOutcome::Start::NotExecutable
                                                                : ProcessOutcome::Start::Failed;
        return outcome;
    }
    ::fcntl(out.read.get(), F_SETFL, O_NONBLOCK);
    ::fcntl(err.read.get(), F_SETFL, O_NONBLOCK);

    const auto deadline = Clock::now() + timeout;
    std::optional<Clock::time_point> exitedAt;
    bool outOpen = true;
    bool errOpen = true;
    for (;;) {
        if (!outcome.exited) {
            int status = 0;
            const pid_t reaped = ::waitpid(pid, &status, WNOHANG);
            if (reaped == pid) {
                recordExit(outcome, status);
                exitedAt = Clock::now();
            } else if (reaped < 0 && errno == ECHILD) {
                // Someone else's SIGCHLD handler reaped it; its exit code is lost, its output is not.
                outcome.exited = true;
                exitedAt = Clock::now();
            }
        }
        const auto now = Clock::now();
        if (outcome.exited && (!(outOpen || errOpen) || now >= *exitedAt + kPipeGraceAfterExit))
            break;
        if (now >= deadline) {
            ::kill(-pid, SIGKILL);
            if (!outcome.exited) {
                int status = 0;
                while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
                }
                outcome.timedOut = true;
            }
            break;
        }

        pollfd fds[2];
        nfds_t count = 0;
        if (outOpen)
            fds[count++] = {out.read.get(), POLLIN, 0};
        if (errOpen)
            fds[count++] = {err.read.get(), POLLIN, 0};
        auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - now);
        // With both pipes closed only the exit is left to see; check for it often.
        wait = std::min(wait, count == 0 ? std::chrono::milliseconds(5) : std::chrono::milliseconds(100));
        const int ready = ::poll(fds, count, static_cast<int>(std::max<long long>(1, wait.count())));
        if (ready < 0 && errno != EINTR) {
            outcome.start = ProcessOutcome::Start::Failed;
            outcome.startErrno = errno;
            ::kill(-pid, SIGKILL);
            int status = 0;
            while (!outcome.exited && ::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
            }
            break;
        }
        for (nfds_t i = 0; ready > 0 && i < count; ++i) {
            if (fds[i].revents == 0)
                continue;
            if (fds[i].fd == out.read.get())
                outOpen = drain(fds[i].fd, outcome.out, kMaxStdout);
            else
                errOpen = drain(fds[i].fd, outcome.err, kMaxStderr);
        }
    }
    return outcome;
}

std::string stderrExcerpt(const std::string &text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    const std::string trimmed = text.substr(first, last - first + 1);
    std::string excerpt;
    std::size_t lines = 0;
    std::size_t start = 0;
    while (start <= trimmed.size() && lines < kStderrLinesShown) {
        const std::size_t end = std::min(trimmed.find('\n', start), trimmed.size());
        if (lines++ > 0)
            excerpt += '\n';
        excerpt += trimmed.substr(start, end - start);
        start = end + 1;
    }
    if (start < trimmed.size())
        excerpt += "\n(more lines left out)";
    return excerpt;
}


// Plugin output is never quoted in errors, except an apiVersion of the expected family.
std::string apiVersionForMessage(const std::string &text)
{
    const std::string family = "client.authentication.k8s.io/";
    const bool plain = std::all_of(text.begin(), text.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '/';
    });
    if (text.size() <= 64 && text.compare(0, family.size(), family) == 0 && plain)
        return quoted(text);
    return "an unexpected value";
}

std::string durationText(std::chrono::milliseconds duration)
{
    if (duration.count() % 1000 == 0)
        return std::to_string(duration.count() / 1000) + " s";
    return std::to_string(duration.count()) + " ms";
}

} // namespace

std::string execInfoJson(const ConnectionConfig &config)
{
    json::Document doc(rapidjson::kObjectType);
    auto &alloc = doc.GetAllocator();
    const ExecConfig exec = config.exec.value_or(ExecConfig{});
    json::setString(doc, "apiVersion", exec.apiVersion, alloc);
    json::setString(doc, "kind", "ExecCredential", alloc);
    json::Value spec(rapidjson::kObjectType);
    if (exec.provideClusterInfo) {
        json::Value cluster(rapidjson::kObjectType);
        json::setString(cluster, "server", config.server, alloc);
        if (!config.tlsServerName.empty())
            json::setString(cluster, "tls-server-name", config.tlsServerName, alloc);
        if (config.insecureSkipTlsVerify)
            json::setMember(cluster, "insecure-skip-tls-verify", json::Value(true), alloc);
        if (!config.caPem.empty())
            json::setString(cluster, "certificate-authority-data", base64::encode(config.caPem), alloc);
        if (!config.proxyUrl.empty())
            json::setString(cluster, "proxy-url", config.proxyUrl, alloc);
        json::setMember(spec, "cluster", std::move(cluster), alloc);
    }
    json::setMember(spec, "interactive", json::Value(false), alloc);
    json::setMember(doc, "spec", std::move(spec), alloc);
    return json::serialize(doc);
}

Result<ExecCredential> parseExecCredential(const std::string &output, const ExecConfig &exec)
{
    const std::string plugin = "exec plugin " + quoted(exec.command);
    std::string parseError;
    auto doc = json::parse(output, &parseError);
    if (!doc)
        return authError(plugin + " did not print valid ExecCredential JSON on stdout (" + parseError + ")");
    if (!doc->IsObject())
        return authError(plugin + " did not print valid ExecCredential JSON on stdout (expected an object)");

    const json::Value *apiVersion = json::find(*doc, "apiVersion");
    if (!apiVersion || !apiVersion->IsString())
        return authError(plugin + " printed an ExecCredential without apiVersion; expected " +
                         quoted(exec.apiVersion));
    const std::string version = apiVersion->GetString();
    if (version != exec.apiVersion)
        return authError(plugin + " printed an ExecCredential of apiVersion " +
                         apiVersionForMessage(version) + ", but the kubeconfig asks for " +
                         quoted(exec.apiVersion));
    if (json::stringAt(*doc, "kind") != "ExecCredential")
        return authError(plugin +
                         " did not print valid ExecCredential JSON on stdout (kind is not ExecCredential)");

    const json::Value *status = json::find(*doc, "status");
    if (!status || status->IsNull())
        return authError(plugin + " printed an ExecCredential without status");
    if (!status->IsObject())
        return authError(plugin +
                         " did not print valid ExecCredential JSON on stdout (status is not an object)");

    ExecCredential credential;
    const std::pair<const char *, std::string *> fields[] = {
        {"token", &credential.token},
        {"clientCertificateData", &credential.clientCertPem},
        {"clientKeyData", &credential.clientKeyPem}};
    for (const auto &[field, target] : fields) {
        const json::Value *value = json::find(*status, field);
        if (!value || value->IsNull())
            continue;
        if (!value->IsString())
            return authError(plugin + " did not print valid ExecCredential JSON on stdout (status." +
                             std::string(field) + " is not a string)");
        *target = value->GetString();
    }
    if (credential.token.empty() && credential.clientCertPem.empty() && credential.clientKeyPem.empty())
        return authError(plugin + " returned neither status.token nor status.clientCertificateData and "
                                  "status.clientKeyData");
    if (credential.clientCertPem.empty() != credential.clientKeyPem.empty())
        return authError(plugin +
                         " returned only one of status.clientCertificateData and status.clientKeyData; "
                         "both are needed");

    const json::Value *expiry = json::find(*status, "expirationTimestamp");
    if (expiry && !expiry->IsNull()) {
        std::optional<std::chrono::system_clock::time_point> when;
        if (expiry->IsString())
            when = parseTimestamp(expiry->GetString());
        if (!when)
            return authError(plugin + " returned a status.expirationTimestamp that is not an RFC 3339 time");
        credential.expiry = when;
    }
    return credential;
}

Result<ExecCredential> run(const ConnectionConfig &config, std::chrono::milliseconds timeout)
{
    if (!config.exec)
        return authError("context " + quoted(config.contextName) + " has no exec plugin");
    const ExecConfig &exec = *config.exec;
    const std::string plugin = "exec plugin " + quoted(exec.command);
    if (exec.apiVersion == kV1alpha1)
        return authError(plugin + " is configured with " + kV1alpha1 +
                         ", which kubectl no longer supports; use " + kV1 + " or " + kV1beta1);
    if (exec.apiVersion != kV1 && exec.apiVersion != kV1beta1)
        return authError(plugin + " is configured with apiVersion " + quoted(exec.apiVersion) +
                         "; supported are " + kV1 + " and " + kV1beta1);
    if (exec.interactiveMode == "Always")
        return authError(plugin + " needs interactiveMode Always, but there is no terminal to interact with");

    auto extraEnvironment = exec.env;
    extraEnvironment.emplace_back("KUBERNETES_EXEC_INFO", execInfoJson(config));
    const ProcessOutcome outcome =
        runProcess(exec.command, exec.args, childEnvironment(extraEnvironment), timeout);

    switch (outcome.start) {
    case ProcessOutcome::Start::Started:
        break;
    case ProcessOutcome::Start::NotFound: {
        std::string message = "exec plugin: executable " + quoted(exec.command) + " was not found";
        if (!exec.installHint.empty())
            message += "\n\n" + exec.installHint;
        return authError(message);
    }
    case ProcessOutcome::Start::NotExecutable:
        return authError(plugin + " cannot be run: " + std::strerror(outcome.startErrno));
    case ProcessOutcome::Start::Failed:
        return authError(plugin + " could not be run: " + std::strerror(outcome.startErrno));
    }

    const std::string excerpt = stderrExcerpt(outcome.err);
    const std::string stderrPart =
        excerpt.empty() ? std::string(" (it wrote nothing to stderr)") : ":\n" + excerpt;
    if (outcome.timedOut)
        return authError(plugin + " did not finish within " + durationText(timeout) + " and was stopped" +
                         stderrPart);
    if (outcome.signal != 0)
        return authError(plugin + " was killed by signal " + std::to_string(outcome.signal) + stderrPart);
    if (outcome.exitCode != 0)
        return authError(plugin + " failed with exit code " + std::to_string(outcome.exitCode) + stderrPart);
    return parseExecCredential(outcome.out, exec);
}

} // namespace kedascope::k8s::exec
