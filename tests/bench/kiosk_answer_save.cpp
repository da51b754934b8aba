// Kiosk answer save latency, printed as ratios against a baseline measured in the same run
// (never asserted: machines differ). Run: build/<dir>/tests/kiosk_answer_save [N]
//   ExamSession::setAnswer (one journal entry + resume point, one SQLCipher transaction with
//   synchronous=FULL) against a bare write()+fsync() of the same number of bytes (the entry's
//   fields) to a file in the same folder. p50 and p99 of each; goal <= 1.5x. Also the CPU time
//   of one save (this thread's, so the disk and the neighbours' load do not enter it).
#include "exam/ExamSession.h"
#include "exam/KioskStore.h"
#include "import/CentreFiles.h"
#include "TestSupport.h"
#include "util/IsoTime.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <fcntl.h>
#include <unistd.h>

using namespace examroom;
using Clock_ = std::chrono::steady_clock;

namespace {

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, std::size_t(p * double(values.size())))];
}

double threadCpuMicros()
{
    timespec now{};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e6 + double(now.tv_nsec) / 1e3;
}

} // namespace

int main(int argc, char** argv)
{
    const int count = argc > 1 ? std::atoi(argv[1]) : 300;
    test::TempDir dir;
    FixedClock importClock(parseIsoTime("2027-03-01T09:00:00+08:00")->utc);
    auto imported = importCentreFiles(test::sampleDataDir(), importClock);
    if (!imported.files) {
        std::fprintf(stderr, "sample data does not import\n");
        return 1;
    }
    ExamContext context;
    context.plan = imported.files->plan;
    context.roster = imported.files->roster;
    context.bank = imported.files->bank;
    context.roomId = "R1";
    context.seatNo = 1;
    auto store = KioskStore::open(dir / "kiosk");
    SteadyMonotonicSource mono;
    SystemClock wall;
    PaperSeed seed{};
    seed.fill(7);
    auto session = ExamSession::begin(*store, context, context.roster.front(), seed, mono, wall);

    std::vector<double> save, bare, saveCpu, bareCpu;
    std::size_t entryBytes = 0;
    const int fd = ::open((dir / "bare.bin").c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
    for (int i = 0; i < count; ++i) {
        const int index = i % session->itemCount();
        auto start = Clock_::now();
        double cpu = threadCpuMicros();
        session->setAnswer(
            index, ChoiceSet::fromBits(std::uint8_t(1u << ((i / session->itemCount()) % 2))));
        saveCpu.push_back(threadCpuMicros() - cpu);
        save.push_back(std::chrono::duration<double, std::micro>(Clock_::now() - start).count());
        if (!entryBytes) {
            AnswerJournal journal(store->database());
            auto head = journal.head(session->attemptId());
            entryBytes = head->attempt.size() + 20 + head->kind.size() + head->payload.size() +
                         head->bootId.size() + 64;
        }
        std::string bytes(entryBytes, char('a' + i % 26));
        start = Clock_::now();
        cpu = threadCpuMicros();
        if (::write(fd, bytes.data(), bytes.size()) != ssize_t(bytes.size()) || ::fsync(fd) != 0)
            return 1;
        bareCpu.push_back(threadCpuMicros() - cpu);
        bare.push_back(std::chrono::duration<double, std::micro>(Clock_::now() - start).count());
    }
    ::close(fd);
    const double s50 = percentile(save, 0.5), s99 = percentile(save, 0.99);
    const double b50 = percentile(bare, 0.5), b99 = percentile(bare, 0.99);
    std::printf("answer save (%d saves, %zu-byte entries)\n", count, entryBytes);
    std::printf("  setAnswer      p50 %8.1f us  p99 %8.1f us\n", s50, s99);
    std::printf("  write+fsync    p50 %8.1f us  p99 %8.1f us\n", b50, b99);
    std::printf("  ratio          p50 %8.2fx    p99 %8.2fx   (goal <= 1.5x)\n", s50 / b50,
                s99 / b99);
    std::printf("  CPU per save   setAnswer p50 %6.1f us, write+fsync p50 %6.1f us\n",
                percentile(saveCpu, 0.5), percentile(bareCpu, 0.5));
    std::printf("RESULT answer_save_p50|answer save p50 (%d saves)|%.0f us|write+fsync p50 %.0f us|"
                "%.2f\n",
                count, s50, b50, s50 / b50);
    std::printf("RESULT answer_save_p99|answer save p99|%.0f us|write+fsync p99 %.0f us|%.2f\n",
                s99, b99, s99 / b99);
    return 0;
}
