#include "ChildProcess.h"

#include <algorithm>
#include <csignal>
#include <fcntl.h>
#include <fstream>
#include <poll.h>
#include <spawn.h>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>

extern char** environ;

namespace examroom::test {

namespace fs = std::filesystem;
using Steady = std::chrono::steady_clock;

ChildProcess::ChildProcess(const std::vector<std::string>& args, fs::path log,
                           const std::vector<std::string>& env)
    : m_log(std::move(log))
{
    std::vector<std::string> environment;
    for (char** e = environ; *e; ++e) {
        const std::string entry(*e);
        const auto name = entry.substr(0, entry.find('=') + 1);
        if (std::none_of(env.begin(), env.end(),
                         [&](const std::string& o) { return o.rfind(name, 0) == 0; }))
            environment.push_back(entry);
    }
    environment.insert(environment.end(), env.begin(), env.end());
    std::vector<char*> envp;
    for (auto& entry : environment)
        envp.push_back(entry.data());
    envp.push_back(nullptr);
    std::vector<char*> argv;
    for (const auto& a : args)
        argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, m_log.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0600);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
    const int failed = posix_spawn(&m_pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (failed != 0)
        throw std::runtime_error("cannot start " + args.at(0));
}

ChildProcess::~ChildProcess()
{
    if (m_pid > 0 && m_exitCode == -2)
        kill();
}

bool ChildProcess::exited()
{
    if (m_exitCode != -2)
        return true;
    int status = 0;
    if (::waitpid(m_pid, &status, WNOHANG) != m_pid)
        return false;
    m_exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return true;
}

bool ChildProcess::wait(std::chrono::milliseconds limit)
{
    return waitUntil([this] { return exited(); }, limit);
}

void ChildProcess::signal(int sig)
{
    if (m_exitCode == -2)
        ::kill(m_pid, sig);
}

void ChildProcess::kill()
{
    if (m_exitCode != -2)
        return;
    ::kill(m_pid, SIGKILL);
    int status = 0;
    ::waitpid(m_pid, &status, 0);
    m_exitCode = -1;
}

void ChildProcess::stop(std::chrono::milliseconds grace)
{
    if (exited())
        return;
    ::kill(m_pid, SIGTERM);
    if (!wait(grace))
        kill();
}

std::string ChildProcess::output() const
{
    // Right after the start the child may not have opened its log yet: nothing printed.
    std::ifstream in(m_log, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

bool waitUntil(const std::function<bool()>& done, std::chrono::milliseconds limit,
               const std::function<void()>& idle)
{
    const auto deadline = Steady::now() + limit;
    while (Steady::now() < deadline) {
        if (done())
            return true;
        if (idle)
            idle();
        else
            ::poll(nullptr, 0, 20);
    }
    return done();
}

} // namespace examroom::test
