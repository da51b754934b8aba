// room-console-sim: a test console on the core RoomServer, for the multi-process tests and the
// demo (no UI). It builds a plan package from the centre's files (once; kept in --state-dir so a
// restarted console serves the same sealed bank), pairs every kiosk that asks (seats in order),
// provisions each, unlocks them all with the authorization password once --kiosks are
// provisioned, gives each waiting candidate a paper seed (the same seed again after a restart),
// and writes every signed sheet to --sheets-dir. Runs until SIGTERM/SIGINT or --run-seconds.
//   room-console-sim --centre-files DIR --import-now ISO --state-dir DIR --kiosks N
//                    [--room R1] [--sheets-dir DIR] [--run-seconds S] [--commands FILE]
//                    [--session-tickets FILE]
// --session-tickets FILE: the candidates seated in this room (one ticket a line); the roster
// sent to the kiosks holds only them (room::restrictRoster). Without it, the whole roster.
// --commands FILE: the proctor's hand, for tests. Lines appended to FILE are read as they
// come: `allow-move TICKET` (换机续考: the next login elsewhere is allowed and the seat the
// candidate was at gets a lock command), `command SEAT KIND [MINUTES]` (a proctor command,
// KIND as on the wire: extend, pause, resume, force-submit, lock, unlock, release).
// --state-dir/console.env gets room=, pairing=, key= (Z85) for the kiosks' options.
// Each kiosk's first heartbeat after pairing that knows its read-aloud verdict goes through the
// console's equipment check (site::checkEquipment, default rules) and prints
// `console: equipment seat N …`.
// Test tool: the authorization password is kept in the state folder, which no site would do.
#include "crypto/Hex.h"
#include "import/CentreFiles.h"
#include "net/Z85.h"
#include "package/AuthorizationPassword.h"
#include "package/PlanPackage.h"
#include "room/EquipmentReport.h"
#include "room/RoomServer.h"
#include "room/SessionRoster.h"
#include "util/IsoTime.h"

#include <csignal>
#include <fcntl.h>
#include <fstream>
#include <iostream>
#include <map>
#include <poll.h>
#include <set>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

using namespace examroom;
namespace fs = std::filesystem;

namespace {

volatile std::sig_atomic_t g_stop = 0;

std::string readText(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

void writeText(const fs::path& path, const std::string& text)
{
    const auto temp = path.string() + ".tmp";
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        out << text;
    }
    ::chmod(temp.c_str(), 0600);
    fs::rename(temp, path);
}

std::map<std::string, std::string> readEnv(const fs::path& path)
{
    std::map<std::string, std::string> values;
    std::istringstream in(readText(path));
    for (std::string line; std::getline(in, line);)
        if (auto eq = line.find('='); eq != std::string::npos)
            values[line.substr(0, eq)] = line.substr(eq + 1);
    return values;
}

struct Args
{
    fs::path centreFiles, stateDir, sheetsDir, commands, sessionTickets;
    std::string importNow, roomId = "R1";
    int kiosks = 1;
    int runSeconds = 600;
};

Args parse(int argc, char** argv)
{
    Args a;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string key = argv[i], value = argv[i + 1];
        if (key == "--centre-files")
            a.centreFiles = value;
        else if (key == "--state-dir")
            a.stateDir = value;
        else if (key == "--sheets-dir")
            a.sheetsDir = value;
        else if (key == "--import-now")
            a.importNow = value;
        else if (key == "--room")
            a.roomId = value;
        else if (key == "--kiosks")
            a.kiosks = std::stoi(value);
        else if (key == "--run-seconds")
            a.runSeconds = std::stoi(value);
        else if (key == "--commands")
            a.commands = value;
        else if (key == "--session-tickets")
            a.sessionTickets = value;
        else
            throw std::invalid_argument("unknown option " + key);
    }
    if (a.centreFiles.empty() || a.stateDir.empty() || a.importNow.empty())
        throw std::invalid_argument("--centre-files, --state-dir and --import-now are required");
    return a;
}

// The console key, made once.
crypto::CurveKeyPair consoleKey(const fs::path& stateDir)
{
    const auto path = stateDir / "console.key";
    if (fs::exists(path)) {
        auto hex = crypto::fromHex(readText(path));
        if (!hex || hex->size() != 32)
            throw std::runtime_error("console.key is damaged");
        return crypto::CurveKeyPair::fromSecretKey(crypto::SecretBytes(*hex));
    }
    auto key = crypto::CurveKeyPair::generate();
    writeText(path,
              crypto::toHex(crypto::ByteSpan(key.secretKey().data(), key.secretKey().size())));
    return key;
}

// The plan package and its password, made once.
std::pair<package::PackageInfo, std::string> planPackage(const Args& args)
{
    const auto docPath = args.stateDir / "package.json";
    const auto passPath = args.stateDir / "password.txt";
    auto centre = crypto::SigningKeyPair::generate();
    if (!fs::exists(docPath)) {
        auto at = parseIsoTime(args.importNow);
        if (!at)
            throw std::invalid_argument("--import-now is not an ISO-8601 time with offset");
        FixedClock clock(at->utc);
        auto imported = importCentreFiles(args.centreFiles, clock);
        if (!imported.files)
            throw std::runtime_error("the centre files do not import");
        auto input = package::collectPackageInput(*imported.files, "SITE-1", 1, args.importNow);
        auto built = package::buildPlanPackage(input, centre, crypto::KdfStrength::MinForTests);
        writeText(docPath, built.document.toJson());
        writeText(passPath, package::groupPassword(built.password));
    }
    auto document = SignedDocument::fromJson(readText(docPath));
    if (!document)
        throw std::runtime_error("package.json is damaged");
    std::string error;
    auto info = package::verifyPlanPackage(*document, document->signer, &error);
    if (!info)
        throw std::runtime_error("the plan package does not verify: " + error);
    return {std::move(*info), readText(passPath)};
}

// Lines appended to the commands file since the last call (complete lines only).
std::vector<std::string> newCommandLines(const fs::path& path, std::size_t& consumed)
{
    std::vector<std::string> lines;
    if (path.empty())
        return lines;
    const std::string text = readText(path);
    while (consumed < text.size()) {
        const auto end = text.find('\n', consumed);
        if (end == std::string::npos)
            break;
        lines.push_back(text.substr(consumed, end - consumed));
        consumed = end + 1;
    }
    return lines;
}

} // namespace

int main(int argc, char** argv)
{
    try {
        const Args args = parse(argc, argv);
        fs::create_directories(args.stateDir);
        if (!args.sheetsDir.empty())
            fs::create_directories(args.sheetsDir);
        std::signal(SIGTERM, [](int) { g_stop = 1; });
        std::signal(SIGINT, [](int) { g_stop = 1; });
        auto [info, password] = planPackage(args);

        room::ProvisionBundle bundle;
        bundle.planId = info.planId;
        bundle.siteId = info.siteId;
        bundle.roomId = args.roomId;
        bundle.sessionId = info.planId + "/" + args.roomId;
        bundle.judgedAt = args.importNow;
        bundle.files = info.openFiles;
        bundle.sealedBank = info.sealedBank;
        if (!args.sessionTickets.empty()) {
            std::set<std::string> tickets;
            std::istringstream in(readText(args.sessionTickets));
            for (std::string ticket; in >> ticket;)
                tickets.insert(ticket);
            std::cout << "console: roster of " << room::restrictRoster(bundle, tickets)
                      << " candidates" << std::endl;
        }

        // Endpoints: the same ports again after a restart.
        const auto envPath = args.stateDir / "console.env";
        auto env = fs::exists(envPath) ? readEnv(envPath) : std::map<std::string, std::string>{};
        room::RoomServerOptions options;
        options.roomId = args.roomId;
        if (env.count("room"))
            options.roomEndpoint = env["room"];
        if (env.count("pairing"))
            options.pairingEndpoint = env["pairing"];
        options.resendAfter = std::chrono::milliseconds(1000);

        std::map<std::string, std::string> ticketAt; // ticket -> fingerprint last seen with it
        std::set<std::string> provisionAsked, seeded, equipmentChecked;
        std::map<std::string, std::string> seeds; // ticket -> hex
        {
            std::istringstream in(readText(args.stateDir / "seeds.txt"));
            for (std::string t, s; in >> t >> s;)
                seeds[t] = s;
        }
        bool unlockedAll = false;
        room::RoomServer* serverPtr = nullptr;
        const auto pairedPath = args.stateDir / "paired.txt";

        auto onEvent = [&](const room::RoomEvent& event) {
            auto& server = *serverPtr;
            if (auto request = std::get_if<room::PairingRequested>(&event)) {
                const int seat = int(server.pairedKiosks().size()) + 1;
                if (auto paired = server.acceptPairing(request->code, seat)) {
                    std::ofstream(pairedPath, std::ios::app)
                        << paired->fingerprint << ' ' << crypto::toHex(paired->curveKey) << ' '
                        << crypto::toHex(paired->signingKey) << ' ' << seat << '\n';
                    std::cout << "console: paired seat " << seat << " code " << request->code
                              << " fingerprint " << request->fingerprint << std::endl;
                }
            } else if (auto status = std::get_if<room::SeatStatus>(&event)) {
                const auto& s = status->status;
                if (s.seatNo > 0 && room::equipmentKnown(*status) &&
                    equipmentChecked.insert(status->fingerprint).second) {
                    const auto report = room::equipmentReport(*status);
                    const auto result = site::checkEquipment(report, site::EquipmentRules{});
                    std::cout << "console: equipment seat " << s.seatNo << " screen "
                              << report.screenWidth << "x" << report.screenHeight << " disk "
                              << report.freeDiskMiB << " MiB skew " << report.clockSkewSeconds
                              << " s version " << report.version << " tts "
                              << (report.ttsAvailable ? "yes" : "no") << ": "
                              << (result.passed ? "passed" : "failed");
                    for (const auto& reason : result.reasons)
                        std::cout << " | " << reason;
                    std::cout << std::endl;
                }
                if (!s.ticketNo.empty())
                    ticketAt[s.ticketNo] = status->fingerprint;
                if (s.provisionedSession.empty() && !provisionAsked.count(status->fingerprint)) {
                    provisionAsked.insert(status->fingerprint);
                    (void)server.provision(status->fingerprint, bundle);
                }
                if (s.state == "WaitingForProctor" && !s.ticketNo.empty() &&
                    !seeded.count(status->fingerprint + s.ticketNo)) {
                    seeded.insert(status->fingerprint + s.ticketNo);
                    if (!seeds.count(s.ticketNo)) {
                        auto random = crypto::SecretBytes::random(32);
                        seeds[s.ticketNo] =
                            crypto::toHex(crypto::ByteSpan(random.data(), random.size()));
                        std::ofstream(args.stateDir / "seeds.txt", std::ios::app)
                            << s.ticketNo << ' ' << seeds[s.ticketNo] << '\n';
                    }
                    room::SeedGrant grant;
                    grant.ticketNo = s.ticketNo;
                    grant.seed = *crypto::fromHex(seeds[s.ticketNo]);
                    (void)server.grantSeed(status->fingerprint, grant);
                    std::cout << "console: seed for " << s.ticketNo << " at seat " << s.seatNo
                              << std::endl;
                }
            } else if (auto progress = std::get_if<room::ProvisionProgress>(&event)) {
                if (progress->done || progress->failed)
                    std::cout << "console: provisioning " << progress->fingerprint << ' '
                              << (progress->done ? "done" : "failed: " + progress->why)
                              << std::endl;
            } else if (auto sheet = std::get_if<room::SheetReceived>(&event)) {
                std::string name = sheet->sheet.id;
                for (char& c : name)
                    if (c == '/')
                        c = '_';
                if (!args.sheetsDir.empty())
                    writeText(args.sheetsDir / (name + ".json"), sheet->sheet.toJson());
                std::cout << "console: sheet " << sheet->sheet.id << " from seat " << sheet->seatNo
                          << std::endl;
            } else if (auto unlock = std::get_if<room::UnlockResult>(&event)) {
                std::cout << "console: unlock " << (unlock->ok ? "ok" : "refused: " + unlock->why)
                          << std::endl;
            } else if (auto login = std::get_if<room::LoginChecked>(&event)) {
                std::cout << "console: login " << login->ticketNo << " at seat " << login->seatNo
                          << ": " << room::name(login->verdict) << std::endl;
            } else if (auto applied = std::get_if<room::CommandApplied>(&event)) {
                std::cout << "console: applied " << applied->commandId << ' '
                          << (applied->ok ? "ok" : "refused: " + applied->why) << std::endl;
            } else if (auto offline = std::get_if<room::SeatOffline>(&event)) {
                std::cout << "console: seat " << offline->seatNo << " offline" << std::endl;
            } else if (auto refused = std::get_if<room::LinkRefused>(&event)) {
                std::cout << "console: refused " << refused->who << ": " << refused->why
                          << std::endl;
            }
        };
        room::RoomServer server(consoleKey(args.stateDir), options, onEvent);
        serverPtr = &server;
        {
            std::istringstream in(readText(pairedPath));
            for (std::string fp, curve, signing, seat; in >> fp >> curve >> signing >> seat;) {
                room::PairedKiosk kiosk;
                kiosk.fingerprint = fp;
                auto c = crypto::fromHex(curve);
                auto s = crypto::fromHex(signing);
                std::copy(c->begin(), c->end(), kiosk.curveKey.begin());
                std::copy(s->begin(), s->end(), kiosk.signingKey.begin());
                kiosk.seatNo = std::stoi(seat);
                server.addPairedKiosk(kiosk);
            }
        }
        writeText(envPath, "room=" + server.roomEndpoint() +
                               "\npairing=" + server.pairingEndpoint() +
                               "\nkey=" + net::z85Encode(server.publicKey()) + "\n");
        std::cout << "console: listening " << server.roomEndpoint() << std::endl;

        std::size_t commandsRead = 0;
        int commandCounter = 0;
        auto runCommand = [&](const std::string& line) {
            std::istringstream in(line);
            std::string verb;
            in >> verb;
            if (verb == "allow-move") {
                std::string ticket;
                in >> ticket;
                server.allowMove(ticket);
                std::cout << "console: move allowed for " << ticket << std::endl;
                if (auto old = ticketAt.find(ticket); old != ticketAt.end()) {
                    room::ProctorCommand lock;
                    lock.commandId = "sim-lock-" + ticket + "-" + std::to_string(++commandCounter);
                    lock.kind = room::CommandKind::Lock;
                    lock.reason = "moved";
                    (void)server.sendCommand(old->second, lock);
                    std::cout << "console: sent " << lock.commandId << std::endl;
                }
            } else if (verb == "command") {
                int seat = 0, minutes = 0;
                std::string kind;
                in >> seat >> kind >> minutes;
                auto fingerprint = server.fingerprintAtSeat(seat);
                auto parsed = room::commandKindFromName(kind);
                if (!fingerprint || !parsed) {
                    std::cout << "console: bad command line: " << line << std::endl;
                    return;
                }
                room::ProctorCommand command;
                command.commandId = "sim-" + kind + "-" + std::to_string(++commandCounter);
                command.kind = *parsed;
                command.minutes = minutes;
                command.reason = "test";
                (void)server.sendCommand(*fingerprint, command);
                std::cout << "console: sent " << command.commandId << std::endl;
            } else if (!verb.empty()) {
                std::cout << "console: unknown command: " << line << std::endl;
            }
        };

        const auto deadline =
            std::chrono::steady_clock::now() + std::chrono::seconds(args.runSeconds);
        while (!g_stop && std::chrono::steady_clock::now() < deadline) {
            pollfd fds[2] = {{server.fd(), POLLIN, 0}, {server.pairingFd(), POLLIN, 0}};
            ::poll(fds, 2, 100);
            server.processEvents();
            for (const auto& line : newCommandLines(args.commands, commandsRead))
                runCommand(line);
            if (!unlockedAll) {
                int provisioned = 0;
                for (const auto& kiosk : server.pairedKiosks())
                    if (auto s = server.status(kiosk.fingerprint);
                        s && s->provisionedSession == bundle.sessionId)
                        ++provisioned;
                if (provisioned >= args.kiosks) {
                    // 通过授权密码开启考试: the password unwraps the bank key for the room.
                    auto dataKey = package::unwrapDataKey(info, password);
                    if (!dataKey)
                        throw std::runtime_error("the authorization password is wrong");
                    server.unlockAll(*dataKey);
                    unlockedAll = true;
                    std::cout << "console: unlocking " << provisioned << " seats" << std::endl;
                }
            }
        }
        // What the mirror holds, for the tests: attempt, entries, head hash.
        std::ostringstream mirror;
        for (const auto& [ticket, seed] : seeds)
            for (int attempt = 1; attempt <= 2; ++attempt) {
                const auto id = info.planId + "/" + ticket + "/" + std::to_string(attempt);
                auto entries = server.mirror(id);
                if (!entries.empty())
                    mirror << id << ' ' << entries.size() << ' '
                           << crypto::toHex(entries.back().hash) << '\n';
            }
        writeText(args.stateDir / "mirror.txt", mirror.str());
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "room-console-sim: " << e.what() << '\n';
        return 1;
    }
}
