#pragma once

#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace examroom::centersync {

// A few threads that share the independent parts of one job with the thread that asks for it
// (the hub parses and verifies the items of an upload on every core; only the store is
// serial). One caller at a time: the pool is owned by one HubStore, which is not thread-safe.
class WorkerPool
{
public:
    // `threads` counts the caller: 1 runs everything on the caller's thread; 0 means one per
    // core (std::thread::hardware_concurrency). The extra threads start at the first job.
    explicit WorkerPool(int threads = 0);
    ~WorkerPool();
    WorkerPool(const WorkerPool&) = delete;
    WorkerPool& operator=(const WorkerPool&) = delete;

    int threads() const { return m_threads; }

    // Calls work(i) once for every i in [0, count), spread over the pool and the caller, and
    // returns when every call has returned. If calls throw, every other call still runs and
    // the first exception is rethrown here.
    void forEach(std::size_t count, const std::function<void(std::size_t)>& work);

    // forEach in two halves, so the caller can do other work while the pool's threads run the
    // job (hub serve stores one upload while the next one's signatures are checked): start()
    // hands the job to the pool's threads and returns at once; finish() has the caller take the
    // indices still left, waits for the rest and rethrows the first exception. With one
    // thread, finish() runs all of it. One job at a time: start() throws std::logic_error
    // while a started job is not finished.
    void start(std::size_t count, std::function<void(std::size_t)> work);
    void finish();

private:
    struct Job;
    void workerLoop();
    static void runShare(Job& job);

    int m_threads;
    std::vector<std::thread> m_workers;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_done;
    Job* m_job = nullptr;           // the job the workers may join, guarded by m_mutex
    std::unique_ptr<Job> m_started; // started, not yet finished (the caller's thread only)
    unsigned long m_generation = 0;
    bool m_stop = false;
};

} // namespace examroom::centersync
