#include "hub/WorkerPool.h"

#include <algorithm>
#include <atomic>
#include <stdexcept>

namespace examroom::centersync {

struct WorkerPool::Job
{
    std::function<void(std::size_t)> work;
    std::size_t count;
    std::atomic<std::size_t> next{0};
    int active = 0; // workers inside runShare, guarded by m_mutex
    std::mutex errorMutex;
    std::exception_ptr error;
};

WorkerPool::WorkerPool(int threads)
    : m_threads(threads > 0 ? threads
                            : std::max(1, static_cast<int>(std::thread::hardware_concurrency())))
{
}

WorkerPool::~WorkerPool()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    for (auto& worker : m_workers)
        worker.join();
}

void WorkerPool::runShare(Job& job)
{
    for (std::size_t i = job.next++; i < job.count; i = job.next++) {
        try {
            job.work(i);
        } catch (...) {
            std::lock_guard lock(job.errorMutex);
            if (!job.error)
                job.error = std::current_exception();
        }
    }
}

void WorkerPool::workerLoop()
{
    unsigned long seen = 0;
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [&] { return m_stop || m_generation != seen; });
        if (m_stop)
            return;
        seen = m_generation;
        Job* job = m_job;
        if (!job)
            continue; // woken for a job that has already ended
        ++job->active;
        lock.unlock();
        runShare(*job);
        lock.lock();
        if (--job->active == 0)
            m_done.notify_all();
    }
}

void WorkerPool::forEach(std::size_t count, const std::function<void(std::size_t)>& work)
{
    if (count == 0)
        return;
    start(count, work);
    finish();
}

void WorkerPool::start(std::size_t count, std::function<void(std::size_t)> work)
{
    if (m_started)
        throw std::logic_error("WorkerPool::start: the job started before is not finished");
    m_started = std::make_unique<Job>();
    m_started->work = std::move(work);
    m_started->count = count;
    if (m_threads > 1 && count > 1) {
        {
            std::lock_guard lock(m_mutex);
            while (static_cast<int>(m_workers.size()) < m_threads - 1)
                m_workers.emplace_back([this] { workerLoop(); });
            m_job = m_started.get();
            ++m_generation;
        }
        m_wake.notify_all();
    }
}

void WorkerPool::finish()
{
    if (!m_started)
        return;
    const auto job = std::move(m_started);
    runShare(*job);
    {
        std::unique_lock lock(m_mutex);
        // Every index is taken; wait for the workers still running theirs.
        m_done.wait(lock, [&] { return job->active == 0; });
        m_job = nullptr;
    }
    if (job->error)
        std::rethrow_exception(job->error);
}

} // namespace examroom::centersync
