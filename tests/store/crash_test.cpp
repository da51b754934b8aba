#include "store/Transaction.h"
#include "StoreTestHelpers.h"
#include "TestSupport.h"

#include <csignal>
#include <doctest/doctest.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace examroom::store;
using examroom::store::test::countRows;
using examroom::store::test::testKey;

// A process killed in the middle of a transaction must leave exactly the committed rows.
// The child never returns into doctest: it dies by SIGKILL or leaves with _exit.

namespace {

constexpr int childFailed = 3;

void insertRows(Database& db, int count, int rowSize)
{
    Statement insert = db.prepare("INSERT INTO journal (payload) VALUES (?)");
    const std::vector<std::uint8_t> payload(static_cast<std::size_t>(rowSize), 0xab);
    for (int i = 0; i < count; ++i)
        insert.bind(1, payload).execute();
}

void commitRows(Database& db, int count)
{
    Transaction transaction(db);
    insertRows(db, count, 100);
    transaction.commit();
}

// Runs `body` in a child process and returns its wait status.
template <typename Body> int runChild(Body body, int* readyFd = nullptr)
{
    int pipeFds[2] = {-1, -1};
    if (readyFd)
        REQUIRE(::pipe(pipeFds) == 0);
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        if (readyFd)
            ::close(pipeFds[0]);
        try {
            body(pipeFds[1]);
        } catch (...) {
        }
        ::_exit(childFailed);
    }
    int status = 0;
    if (readyFd) {
        ::close(pipeFds[1]);
        *readyFd = pipeFds[0];
        char byte = 0;
        // Wait for the child to reach the point where it should be killed.
        if (::read(pipeFds[0], &byte, 1) == 1) {
            ::usleep(100 * 1000); // let it write uncommitted pages for a while
            ::kill(pid, SIGKILL);
        }
        ::close(pipeFds[0]);
    }
    REQUIRE(::waitpid(pid, &status, 0) == pid);
    return status;
}

std::string integrity(Database& db)
{
    Statement check = db.prepare("PRAGMA integrity_check");
    check.step();
    return check.columnText(0);
}

} // namespace

TEST_CASE("a process killed mid-transaction leaves exactly the rows committed before")
{
    examroom::test::TempDir dir;
    const auto path = dir / "crash.db";
    const auto key = testKey();
    {
        Database db = Database::open(path, key);
        db.exec("CREATE TABLE journal (id INTEGER PRIMARY KEY, payload BLOB)");
        commitRows(db, 250);
    }

    const int status = runChild([&](int) {
        Database db = Database::open(path, key);
        Transaction transaction(db);
        // Far more than the page cache holds, so uncommitted pages reach the -wal file.
        insertRows(db, 20000, 400);
        std::raise(SIGKILL);
    });
    REQUIRE(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == SIGKILL);

    Database db = Database::open(path, key);
    CHECK(integrity(db) == "ok");
    CHECK(countRows(db, "journal") == 250);
}

TEST_CASE("with full durability the rows committed before a kill during the next transaction stay")
{
    examroom::test::TempDir dir;
    const auto path = dir / "journal.db";
    const auto key = testKey(9);
    OpenOptions options;
    options.durability = Durability::Full;
    {
        Database db = Database::open(path, key, options);
        db.exec("CREATE TABLE journal (id INTEGER PRIMARY KEY, payload BLOB)");
    }

    int readyFd = -1;
    const int status = runChild(
        [&](int ready) {
            Database db = Database::open(path, key, options);
            for (int i = 0; i < 10; ++i)
                commitRows(db, 30); // 300 rows in 10 commits
            Transaction transaction(db);
            insertRows(db, 10, 400);
            const char byte = 'r';
            if (::write(ready, &byte, 1) != 1)
                ::_exit(childFailed);
            // Keep writing uncommitted rows until the parent kills us.
            for (;;)
                insertRows(db, 100, 400);
        },
        &readyFd);
    REQUIRE(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == SIGKILL);

    Database db = Database::open(path, key, options);
    CHECK(integrity(db) == "ok");
    CHECK(countRows(db, "journal") == 300);
}
