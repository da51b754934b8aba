// Kiosk paper draw + decrypt, printed as a ratio against a baseline measured in the same run
// (never asserted: machines differ). Run: build/<dir>/tests/kiosk_paper_draw [REPEATS [BANK]]
//   A BANK-question bank (default 10,000: 40 % true/false, 40 % single, 20 % multiple
//   choice) with a 100-question blueprint, packaged as the centre does
//   (package::buildPlanPackage: the bank sealed under the data key).
//   measured: the kiosk's path at unlock and exam open (RoomLink::openSession, then
//     ExamSession::begin's draw): room::openProvisionedBank (secretbox open and the index of
//     the binary sealed bank v3, package/SealedBank.h: the question table and the images),
//     room::openUnlockedSession (package::importUnlocked of plan and roster where the bundle
//     holds them, the QuestionBank built from the question table, the photos and images copied
//     into guarded memory: no file written), drawPaper of 100 items.
//   baseline: plain SQLite reads of the same rows: every question row the draw chooses from
//     (all columns, each read out) from an unencrypted SQLite file in the same RAM folder.
//   Also printed, not in the ratio: the paper's 100 rows alone read by id from that file, and
//     the earlier baseline (the same files in plain text: import + the same draw).
//   Goal: measured / baseline <= 1.3x (median of REPEATS runs each).
#include "crypto/Hex.h"
#include "domain/PaperDraw.h"
#include "import/CentreFiles.h"
#include "package/AuthorizationPassword.h"
#include "package/PlanPackage.h"
#include "room/OpenedSession.h"
#include "room/RoomClient.h"
#include "TestSupport.h"
#include "util/IsoTime.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sodium.h>
#include <sqlcipher/sqlite3.h>
#include <sstream>
#include <stdexcept>

using namespace examroom;
namespace fs = std::filesystem;
using Clock_ = std::chrono::steady_clock;

namespace {

const char* const kHeader =
    "题号,题型,题干,选项A,选项B,选项C,选项D,选项E,选项F,答案,知识点,难度,图片,解析\n";

std::string readText(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

void writeText(const fs::path& path, std::string_view text)
{
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
}

// `count` questions in the centre's CSV layout (40 % true/false, 40 % single, 20 % multiple
// choice); every 50th has an image under its stem.
std::string generatedBank(int count)
{
    std::string csv = kHeader;
    for (int i = 1; i <= count; ++i) {
        char id[16];
        std::snprintf(id, sizeof id, "GB%05d", i);
        const int area = 1 + i % 4, difficulty = 1 + i % 5;
        const std::string stem = "第" + std::to_string(i) +
                                 "题：在有限空间作业前，应当按照规定进行通风、检测，"
                                 "并确认作业环境符合安全要求（  ）。";
        const std::string image = i % 50 == 0 ? "images/sign-danger.png" : "";
        std::string row = std::string(id) + ",";
        if (i <= count * 2 / 5)
            row += "判断," + stem + ",,,,,,," + (i % 2 ? "对" : "错");
        else if (i <= count * 4 / 5)
            row += "单选," + stem + ",通风检测,佩戴防护,设置监护,办理审批,,," +
                   std::string(1, char('A' + i % 4));
        else
            row += "多选," + stem + ",通风检测,佩戴防护,设置监护,办理审批,口头通知,," +
                   (i % 2 ? "ABCD" : "ABC");
        row += ",K" + std::to_string(area) + "," + std::to_string(difficulty) + "," + image + ",\n";
        csv += row;
    }
    return csv;
}

// The sample centre files with the generated bank and a 100-question blueprint.
void writeCentreFiles(const fs::path& dir, int bankSize)
{
    const fs::path sample = test::sampleDataDir();
    fs::copy(sample, dir, fs::copy_options::recursive);
    writeText(dir / "bank.csv", generatedBank(bankSize));
    auto plan = nlohmann::json::parse(readText(sample / "plan.json"));
    auto& blueprint = plan.contains("blueprint") ? plan["blueprint"] : plan;
    blueprint["total_points"] = 100;
    blueprint["sections"] =
        nlohmann::json::array({{{"type", "判断"}, {"count", 40}, {"points_each", 1}},
                               {{"type", "单选"}, {"count", 40}, {"points_each", 1}},
                               {{"type", "多选"},
                                {"count", 20},
                                {"points_each", 1},
                                {"multi_scoring", "all_or_nothing"}}});
    writeText(dir / "plan.json", plan.dump(2));
}

template <typename Files> void writeFiles(const fs::path& dir, const Files& files)
{
    for (const auto& [name, bytes] : files)
        writeText(dir / name, bytes);
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double msSince(Clock_::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock_::now() - start).count();
}

fs::path ramFolder(const std::string& name)
{
    const char* runtime = std::getenv("XDG_RUNTIME_DIR");
    fs::path base = runtime && *runtime ? fs::path(runtime) : fs::path("/dev/shm");
    auto dir = base / (name + "-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

// A plain (unencrypted) SQLite connection: the baseline's, so SQLCipher's key is never set.
struct PlainDb
{
    sqlite3* db = nullptr;
    explicit PlainDb(const fs::path& path)
    {
        if (sqlite3_open(path.c_str(), &db) != SQLITE_OK)
            throw std::runtime_error("cannot open " + path.string());
    }
    ~PlainDb() { sqlite3_close(db); }
    PlainDb(const PlainDb&) = delete;
    PlainDb& operator=(const PlainDb&) = delete;
    void exec(const char* sql)
    {
        if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
            throw std::runtime_error(std::string("sqlite: ") + sqlite3_errmsg(db));
    }
    sqlite3_stmt* prepare(const char* sql)
    {
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK)
            throw std::runtime_error(std::string("sqlite: ") + sqlite3_errmsg(db));
        return st;
    }
};

constexpr int kColumns = 14;

// The bank's rows, one column per field of the centre's layout, in a plain SQLite file.
void writePlainBank(const fs::path& path, const QuestionBank& bank)
{
    PlainDb plain(path);
    plain.exec("CREATE TABLE question(id TEXT PRIMARY KEY, type INTEGER, stem TEXT, a TEXT, "
               "b TEXT, c TEXT, d TEXT, e TEXT, f TEXT, answer INTEGER, area TEXT, "
               "difficulty INTEGER, image TEXT, explanation TEXT); BEGIN");
    sqlite3_stmt* insert =
        plain.prepare("INSERT INTO question VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    for (const Question& q : bank.questions) {
        sqlite3_bind_text(insert, 1, q.id.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_int(insert, 2, int(q.type));
        sqlite3_bind_text(insert, 3, q.stem.c_str(), -1, SQLITE_TRANSIENT);
        for (std::size_t o = 0; o < 6; ++o)
            if (o < q.options.size())
                sqlite3_bind_text(insert, int(4 + o), q.options[o].c_str(), -1, SQLITE_TRANSIENT);
            else
                sqlite3_bind_null(insert, int(4 + o));
        sqlite3_bind_int(insert, 10, int(q.key.bits()));
        sqlite3_bind_text(insert, 11, q.area.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_int(insert, 12, q.difficulty.value_or(0));
        sqlite3_bind_text(insert, 13, q.image.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 14, q.explanation.c_str(), -1, SQLITE_TRANSIENT);
        if (sqlite3_step(insert) != SQLITE_DONE)
            throw std::runtime_error(std::string("sqlite: ") + sqlite3_errmsg(plain.db));
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    plain.exec("COMMIT");
}

// Reads every column of the rows `sql` selects (bound to `ids` one at a time when given) out
// into strings, as a reader that builds questions from them would; returns the rows read.
std::size_t readRows(const fs::path& path, const char* sql, const std::vector<std::string>* ids)
{
    PlainDb plain(path);
    sqlite3_stmt* select = plain.prepare(sql);
    std::vector<std::array<std::string, kColumns>> rows;
    auto drain = [&] {
        while (sqlite3_step(select) == SQLITE_ROW) {
            auto& row = rows.emplace_back();
            for (int c = 0; c < kColumns; ++c)
                if (auto* text = sqlite3_column_text(select, c))
                    row[std::size_t(c)].assign(reinterpret_cast<const char*>(text),
                                               std::size_t(sqlite3_column_bytes(select, c)));
        }
        sqlite3_reset(select);
    };
    if (ids)
        for (const auto& id : *ids) {
            sqlite3_bind_text(select, 1, id.c_str(), -1, SQLITE_STATIC);
            drain();
        }
    else
        drain();
    sqlite3_finalize(select);
    return rows.size();
}

} // namespace

int main(int argc, char** argv)
{
    if (sodium_init() < 0)
        return 1;
    const int repeats = argc > 1 ? std::max(3, std::atoi(argv[1])) : 15;
    const int generated = argc > 2 ? std::max(500, std::atoi(argv[2])) : 10000;
    const std::string importNow = "2027-03-01T09:00:00+08:00";
    FixedClock importClock(parseIsoTime(importNow)->utc);
    test::TempDir work;
    const fs::path centre = work / "centre";
    writeCentreFiles(centre, generated);

    // The centre's package, and the console's unlock (the data key from the password).
    auto imported = importCentreFiles(centre, importClock);
    if (!imported.files) {
        std::fprintf(stderr, "the generated centre files do not import (%d errors)\n",
                     int(imported.diagnostics.errorCount()));
        return 1;
    }
    const std::size_t bankSize = imported.files->bank.questions.size();
    auto input = package::collectPackageInput(*imported.files, "SITE-1", 1, importNow);
    auto centreKey = crypto::SigningKeyPair::generate();
    auto built = package::buildPlanPackage(input, centreKey, crypto::KdfStrength::MinForTests);
    auto info = package::verifyPlanPackage(built.document, centreKey.publicKey());
    if (!info)
        return 1;
    auto dataKey = package::unwrapDataKey(*info, package::groupPassword(built.password));
    if (!dataKey)
        return 1;
    room::ProvisionBundle bundle;
    bundle.planId = info->planId;
    bundle.siteId = info->siteId;
    bundle.roomId = "R1";
    bundle.judgedAt = importNow;
    bundle.files = info->openFiles;
    bundle.sealedBank = info->sealedBank;

    const fs::path plain = ramFolder("examroom-bench-plain");
    writeFiles(plain, info->openFiles);
    fs::copy_file(centre / "bank.csv", plain / "bank.csv");
    fs::copy(centre / "images", plain / "images", fs::copy_options::recursive);
    const fs::path plainDb = plain / "bank.sqlite";
    writePlainBank(plainDb, imported.files->bank);

    const char* everyRow = "SELECT id, type, stem, a, b, c, d, e, f, answer, area, difficulty, "
                           "image, explanation FROM question";
    const std::string byId = std::string(everyRow) + " WHERE id = ?";
    PaperSeed seed{};
    std::vector<double> measured, sqliteAll, sqlitePaper, textImport, decryptOnly, drawOnly;
    std::size_t drawn = 0, rowsRead = 0;
    for (int run = 0; run < repeats; ++run) {
        seed.fill(std::uint8_t(run + 1));
        std::vector<std::string> paperIds;
        // Rotate the order so that no side always runs first on a warm or cold cache.
        for (int turn = 0; turn < 3; ++turn) {
            const int side = (turn + run) % 3;
            auto start = Clock_::now();
            if (side == 2) {
                rowsRead = readRows(plainDb, everyRow, nullptr);
                sqliteAll.push_back(msSince(start));
                continue;
            }
            const bool sealedSide = side == 0;
            std::optional<room::OpenedSession> session; // the kiosk's, all in memory
            std::optional<CentreImport> files;
            if (sealedSide) {
                auto bank = room::openProvisionedBank(bundle, *dataKey);
                if (!bank)
                    return 1;
                decryptOnly.push_back(msSince(start));
                session = room::openUnlockedSession(bundle, *bank, 1);
                // `bank` is wiped as it goes here, as the kiosk's goes once imported (timed too)
            } else {
                files = importCentreFiles(plain, importClock);
            }
            if (sealedSide ? !session : !files->files)
                return 1;
            const QuestionBank& questions = sealedSide ? session->context.bank : files->files->bank;
            const ExamPlan& plan = sealedSide ? session->context.plan : files->files->plan;
            const auto drawStart = Clock_::now();
            Paper paper = drawPaper(questions, plan.blueprint, seed);
            if (!sealedSide)
                drawOnly.push_back(msSince(drawStart));
            drawn = paper.items.size();
            (sealedSide ? measured : textImport).push_back(msSince(start));
            if (sealedSide)
                for (const auto& item : paper.items)
                    paperIds.push_back(item.questionId);
        }
        const auto start = Clock_::now();
        if (readRows(plainDb, byId.c_str(), &paperIds) != paperIds.size())
            return 1;
        sqlitePaper.push_back(msSince(start));
    }
    fs::remove_all(plain);

    const double m = median(measured), b = median(sqliteAll);
    std::printf("paper draw + decrypt (%zu-question bank, %zu-question paper, %d runs, medians)\n",
                bankSize, drawn, repeats);
    std::printf("  sealed: open + import in memory + draw    %8.1f ms\n", m);
    std::printf("    of which openProvisionedBank            %8.1f ms\n", median(decryptOnly));
    std::printf("  plain SQLite: the %zu rows drawn from      %8.1f ms\n", rowsRead, b);
    std::printf("  plain SQLite: the paper's %zu rows by id   %8.2f ms\n", drawn,
                median(sqlitePaper));
    std::printf("  plain text files: import + draw           %8.1f ms (ratio %.2fx)\n",
                median(textImport), m / median(textImport));
    std::printf("    of which drawPaper                      %8.2f ms\n", median(drawOnly));
    std::printf("  ratio to plain SQLite reads               %8.2fx   (goal <= 1.3x)\n", m / b);
    std::printf("RESULT paper_draw|paper draw + decrypt, 100 of %zu questions|%.1f ms|plain "
                "SQLite reads of the %zu rows %.1f ms|%.2f\n",
                bankSize, m, rowsRead, b, m / b);
    return 0;
}
