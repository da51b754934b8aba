// kiosk.db's cipher page size: new files take 1 KiB pages (one answer save writes one small
// page); a kiosk.db made with the 4096-byte pages of earlier versions still opens, keeps its
// format and resumes its exam, also from a crash that left committed answers in the WAL.
#include "exam/ExamSession.h"
#include "ExamTestSupport.h"
#include "store/Migrations.h"

#include <csignal>
#include <span>
#include <sys/wait.h>
#include <unistd.h>

using namespace examroom;

namespace {

std::int64_t pragmaValue(store::Database& db, const char* pragma)
{
    auto statement = db.prepare(std::string("PRAGMA ") + pragma);
    REQUIRE(statement.step());
    return statement.columnInt64(0);
}

// kiosk.db as the versions before 1 KiB pages made it: KioskStore::open was
// Database::open with full durability and the default page size (4096), then the kiosk schema.
void makeLegacyKioskDb(const std::filesystem::path& dir)
{
    std::string key(32, '\0');
    for (std::size_t i = 0; i < key.size(); ++i)
        key[i] = char(0x5a ^ i);
    test::writeFile(dir / "kiosk.key", key);
    store::OpenOptions options;
    options.durability = store::Durability::Full;
    auto db = store::Database::open(
        dir / "kiosk.db",
        std::span<const std::uint8_t, 32>(reinterpret_cast<const std::uint8_t*>(key.data()), 32),
        options);
    store::migrate(db, schema::kioskMigrations());
    CHECK(pragmaValue(db, "cipher_page_size") == 4096);
}

} // namespace

TEST_CASE("a new kiosk store writes kiosk.db with 1 KiB pages")
{
    test::TempDir dir;
    auto context = test::sampleContext();
    ManualMonotonicSource mono;
    FixedClock wall{parseIsoTime("2027-03-08T08:05:00+08:00")->utc};
    auto store = KioskStore::open(dir.path());
    auto session =
        ExamSession::begin(*store, context, context.roster.front(), test::seedOf(3), mono, wall);
    session->setAnswer(0, ChoiceSet::single(1));
    CHECK(pragmaValue(store->database(), "cipher_page_size") == 1024);
    CHECK(pragmaValue(store->database(), "page_size") == 1024);
    CHECK(test::walPageSize(dir / "kiosk.db-wal") == 1024);
}

TEST_CASE("a kiosk.db with 4096-byte pages killed mid-exam resumes with every answer")
{
    test::TempDir dir;
    makeLegacyKioskDb(dir.path());
    auto context = test::sampleContext();
    const Candidate& candidate = context.roster.front();
    FixedClock wall{parseIsoTime("2027-03-08T08:05:00+08:00")->utc};
    SteadyMonotonicSource mono;
    constexpr int saves = 45; // more than the 30 items: later saves overwrite earlier ones

    // The exam runs in a child that kills itself after its last save: the answers committed
    // since the store opened are in kiosk.db-wal only, as after a crash.
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        try {
            auto store = KioskStore::open(dir.path());
            auto session =
                ExamSession::begin(*store, context, candidate, test::seedOf(9), mono, wall);
            for (int round = 0; round < saves; ++round)
                session->setAnswer(round % session->itemCount(),
                                   ChoiceSet::single(round / session->itemCount()));
            session->goTo(7);
            ::kill(::getpid(), SIGKILL);
        } catch (...) {
        }
        ::_exit(3);
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    REQUIRE(WIFSIGNALED(status));
    REQUIRE(std::filesystem::file_size(dir / "kiosk.db-wal") > 0);
    CHECK(test::walPageSize(dir / "kiosk.db-wal") == 4096);

    // What each item holds: the last of the rounds that wrote it.
    std::vector<ChoiceSet> expected(30);
    for (int round = 0; round < saves; ++round)
        expected[std::size_t(round % 30)] = ChoiceSet::single(round / 30);
    for (int restart = 0; restart < 2; ++restart) {
        auto store = KioskStore::open(dir.path());
        CHECK(pragmaValue(store->database(), "cipher_page_size") == 4096);
        auto session = ExamSession::recover(*store, context, mono, wall);
        REQUIRE(session);
        REQUIRE(session->itemCount() == 30);
        CHECK(session->candidate().ticketNo == candidate.ticketNo);
        CHECK(session->currentIndex() == 7);
        CHECK(session->answeredCount() == 30);
        for (std::size_t index = 0; index < expected.size(); ++index) {
            INFO("item " << index);
            CHECK(session->answers()[index] == expected[index]);
        }
        CHECK(AnswerJournal(store->database()).verify(session->attemptId()).ok);
        // The reopened legacy file keeps taking saves in its own format.
        session->setAnswer(0, ChoiceSet::single(restart));
        expected[0] = ChoiceSet::single(restart);
    }
}
