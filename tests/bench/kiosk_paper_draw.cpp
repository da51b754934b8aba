// Kiosk paper draw + decrypt, printed as a ratio against a baseline measured in the same run
// (never asserted: machines differ). Run: build/<dir>/tests/kiosk_paper_draw [REPEATS]
//   A 10,000-question bank is generated (4,000 true/false, 4,000 single, 2,000 multiple
//   choice) with a 100-question blueprint, and packaged as the centre does
//   (package::buildPlanPackage: the bank sealed under the data key).
//   measured: the kiosk's path at unlock and exam open (RoomLink::openSession, then
//     ExamSession::begin's draw): room::openProvisionedBank (secretbox open and the index of
//     the binary sealed bank, package/SealedBank.h),
//     the files written to a RAM folder, importCentreFiles over it, drawPaper of 100 items.
//   baseline: the same files already in plain text in a RAM folder, importCentreFiles over
//     them and drawPaper of the same 100 items: plain reads of the same rows.
//   Goal: measured / baseline <= 1.3x (median of REPEATS runs each).
#include "crypto/Hex.h"
#include "domain/PaperDraw.h"
#include "import/CentreFiles.h"
#include "package/AuthorizationPassword.h"
#include "package/PlanPackage.h"
#include "room/RoomClient.h"
#include "TestSupport.h"
#include "util/IsoTime.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sodium.h>
#include <sstream>

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

// 10,000 questions in the centre's CSV layout; every 50th has an image under its stem.
std::string generatedBank()
{
    std::string csv = kHeader;
    for (int i = 1; i <= 10000; ++i) {
        char id[16];
        std::snprintf(id, sizeof id, "GB%05d", i);
        const int area = 1 + i % 4, difficulty = 1 + i % 5;
        const std::string stem = "第" + std::to_string(i) +
                                 "题：在有限空间作业前，应当按照规定进行通风、检测，"
                                 "并确认作业环境符合安全要求（  ）。";
        const std::string image = i % 50 == 0 ? "images/sign-danger.png" : "";
        std::string row = std::string(id) + ",";
        if (i <= 4000)
            row += "判断," + stem + ",,,,,,," + (i % 2 ? "对" : "错");
        else if (i <= 8000)
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
void writeCentreFiles(const fs::path& dir)
{
    const fs::path sample = test::sampleDataDir();
    fs::copy(sample, dir, fs::copy_options::recursive);
    writeText(dir / "bank.csv", generatedBank());
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

} // namespace

int main(int argc, char** argv)
{
    if (sodium_init() < 0)
        return 1;
    const int repeats = argc > 1 ? std::max(3, std::atoi(argv[1])) : 15;
    const std::string importNow = "2027-03-01T09:00:00+08:00";
    FixedClock importClock(parseIsoTime(importNow)->utc);
    test::TempDir work;
    const fs::path centre = work / "centre";
    writeCentreFiles(centre);

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
    bundle.files = info->openFiles;
    bundle.sealedBank = info->sealedBank;

    const fs::path ram = ramFolder("examroom-bench-sealed");
    const fs::path plain = ramFolder("examroom-bench-plain");
    writeFiles(plain, info->openFiles);
    fs::copy_file(centre / "bank.csv", plain / "bank.csv");
    fs::copy(centre / "images", plain / "images", fs::copy_options::recursive);

    PaperSeed seed{};
    std::vector<double> measured, baseline, decryptOnly, drawOnly;
    std::size_t drawn = 0;
    for (int run = 0; run < repeats; ++run) {
        seed.fill(std::uint8_t(run + 1));
        // Alternate the order so that neither side always runs on a warm cache.
        for (int side = 0; side < 2; ++side) {
            const bool sealedSide = (side == 0) == (run % 2 == 0);
            auto start = Clock_::now();
            if (sealedSide) {
                auto bank = room::openProvisionedBank(bundle, *dataKey);
                if (!bank)
                    return 1;
                decryptOnly.push_back(msSince(start));
                writeFiles(ram, bundle.files);
                writeFiles(ram, bank->files());
            }
            auto files = importCentreFiles(sealedSide ? ram : plain, importClock);
            if (!files.files)
                return 1;
            if (sealedSide)
                fs::remove(ram / "bank.csv");
            const auto drawStart = Clock_::now();
            Paper paper = drawPaper(files.files->bank, files.files->plan.blueprint, seed);
            if (!sealedSide)
                drawOnly.push_back(msSince(drawStart));
            drawn = paper.items.size();
            (sealedSide ? measured : baseline).push_back(msSince(start));
        }
    }
    fs::remove_all(ram);
    fs::remove_all(plain);

    const double m = median(measured), b = median(baseline);
    std::printf("paper draw + decrypt (%zu-question bank, %zu-question paper, %d runs, medians)\n",
                bankSize, drawn, repeats);
    std::printf("  sealed: open + write RAM + import + draw  %8.1f ms\n", m);
    std::printf("    of which openProvisionedBank            %8.1f ms\n", median(decryptOnly));
    std::printf("  plain:  import + draw                     %8.1f ms\n", b);
    std::printf("    of which drawPaper                      %8.2f ms\n", median(drawOnly));
    std::printf("  ratio                                     %8.2fx   (goal <= 1.3x)\n", m / b);
    return 0;
}
