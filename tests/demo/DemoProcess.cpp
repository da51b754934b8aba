#include "DemoProcess.h"

#include <csignal>
#include <fcntl.h>
#include <fstream>
#include <poll.h>
#include <spawn.h>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>

extern char** environ;

namespace examroom::demo {

namespace fs = std::filesystem;
using Steady = std::chrono::steady_clock;

Child::Child(const std::vector<std::string>& args, fs::path log) : m_log(std::move(log))
{
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, m_log.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0600);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
    std::vector<char*> argv;
    for (const auto& a : args)
        argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    const int failed = posix_spawn(&m_pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (failed != 0)
        throw std::runtime_error("cannot start " + args.at(0));
}

Child::~Child()
{
    if (m_pid > 0 && m_exitCode == -2)
        kill();
}

bool Child::exited()
{
    if (m_exitCode != -2)
        return true;
    int status = 0;
    if (::waitpid(m_pid, &status, WNOHANG) != m_pid)
        return false;
    m_exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return true;
}

bool Child::wait(std::chrono::milliseconds limit)
{
    return waitUntil([this] { return exited(); }, limit);
}

void Child::kill()
{
    if (m_exitCode != -2)
        return;
    ::kill(m_pid, SIGKILL);
    int status = 0;
    ::waitpid(m_pid, &status, 0);
    m_exitCode = -1;
}

void Child::stop(std::chrono::milliseconds grace)
{
    if (exited())
        return;
    ::kill(m_pid, SIGTERM);
    if (!wait(grace))
        kill();
}

std::string Child::output() const
{
    return readText(m_log);
}

CommandResult runCommand(const std::vector<std::string>& args, const fs::path& log,
                         std::chrono::seconds limit)
{
    Child child(args, log);
    CommandResult result;
    if (!child.wait(limit))
        child.kill();
    result.exitCode = child.exitCode();
    result.output = child.output();
    return result;
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

std::string readText(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

void writeText(const fs::path& path, const std::string& text)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out.flush())
        throw std::runtime_error("cannot write " + path.string());
}

std::string lineAfter(const std::string& text, const std::string& marker)
{
    const auto at = text.find(marker);
    if (at == std::string::npos)
        return {};
    const auto begin = at + marker.size();
    return text.substr(begin, text.find('\n', begin) - begin);
}

} // namespace examroom::demo
