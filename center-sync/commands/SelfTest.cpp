#include "commands/SelfTest.h"

#include "crypto/Bytes.h"
#include "crypto/CurveKeyPair.h"
#include "crypto/SigningKeyPair.h"
#include "net/CurveSetup.h"
#include "net/ZapAuthenticator.h"
#include "state/StateStore.h"
#include "store/Migration.h"
#include "store/Statement.h"

#include <cstdlib>
#include <fstream>
#include <stdexcept>
#include <string>
#include <zmq.hpp>

namespace examroom::centersync {
namespace {

// A private temporary folder, removed with everything in it.
struct TempFolder
{
    std::filesystem::path path;
    TempFolder()
    {
        auto pattern =
            (std::filesystem::temp_directory_path() / "center-sync-self-test.XXXXXX").string();
        if (!::mkdtemp(pattern.data()))
            throw std::runtime_error("cannot make a temporary folder in " +
                                     std::filesystem::temp_directory_path().string());
        path = pattern;
    }
    ~TempFolder()
    {
        std::error_code ignored;
        std::filesystem::remove_all(path, ignored);
    }
};

std::string checkStateDatabase(const std::filesystem::path& folder)
{
    const auto file = folder / "agent.db";
    {
        // Open checks that SQLCipher (not plain SQLite) answers and that the key reads the file.
        auto db = openStateDatabase(file, schema::agentMigrations(), true);
        db.exec("CREATE TABLE self_test (value TEXT NOT NULL); "
                "INSERT INTO self_test (value) VALUES ('self-test row')");
    }
    auto db = openStateDatabase(file, schema::agentMigrations(), false);
    auto read = db.prepare("SELECT value FROM self_test");
    if (!read.step() || read.columnText(0) != "self-test row")
        throw std::runtime_error("the row written is not read back after reopening");
    std::ifstream in(file, std::ios::binary);
    std::string header(16, '\0');
    in.read(header.data(), 16);
    if (header.rfind("SQLite format 3", 0) == 0)
        throw std::runtime_error("the state database is not encrypted on disk");
    auto version = db.prepare("PRAGMA cipher_version");
    return version.step() ? version.columnText(0) : std::string("?");
}

void checkSignatures()
{
    auto pair = crypto::SigningKeyPair::generate();
    const std::string message = "center-sync self-test";
    auto signature = pair.sign(crypto::asBytes(message));
    if (!crypto::verify(pair.publicKey(), crypto::asBytes(message), signature))
        throw std::runtime_error("a fresh Ed25519 signature does not verify");
    if (crypto::verify(pair.publicKey(), crypto::asBytes(message + "!"), signature))
        throw std::runtime_error("an Ed25519 signature verifies a changed message");
}

void checkCurve()
{
    if (!zmq_has("curve"))
        throw std::runtime_error("this libzmq has no CURVE security");
    zmq::context_t context;
    net::ZapAuthenticator zap(context, "examroom.self-test");
    auto serverKey = crypto::CurveKeyPair::generate();
    auto clientKey = crypto::CurveKeyPair::generate();
    zap.allow(clientKey.publicKey(), "self-test");
    zmq::socket_t server(context, zmq::socket_type::rep);
    net::makeCurveServer(server, serverKey, "examroom.self-test");
    server.set(zmq::sockopt::rcvtimeo, 10000);
    server.bind("tcp://127.0.0.1:0");
    zmq::socket_t client(context, zmq::socket_type::req);
    net::makeCurveClient(client, clientKey, serverKey.publicKey());
    client.set(zmq::sockopt::rcvtimeo, 10000);
    client.connect(net::lastEndpoint(server));
    client.send(zmq::str_buffer("ping"), zmq::send_flags::none);
    zmq::message_t request;
    if (!server.recv(request) || request.to_string() != "ping")
        throw std::runtime_error("no request arrived over CURVE within 10 s");
    server.send(zmq::str_buffer("pong"), zmq::send_flags::none);
    zmq::message_t reply;
    if (!client.recv(reply) || reply.to_string() != "pong")
        throw std::runtime_error("no reply arrived over CURVE within 10 s");
    if (zap.acceptedCount() != 1)
        throw std::runtime_error("the handshake did not go through the ZAP allow-list");
}

} // namespace

int runSelfTest(std::ostream& out)
{
    int failures = 0;
    auto check = [&](const char* what, auto&& body) {
        try {
            auto detail = body();
            out << "self-test: " << what << ": ok" << detail << "\n";
        } catch (const std::exception& e) {
            ++failures;
            out << "self-test: " << what << ": FAILED: " << e.what() << "\n";
        }
    };
    try {
        TempFolder folder;
        check("SQLCipher state database",
              [&] { return std::string(" (SQLCipher ") + checkStateDatabase(folder.path) + ")"; });
        check("libsodium Ed25519", [] {
            checkSignatures();
            return std::string();
        });
        check("ZeroMQ CURVE with ZAP on 127.0.0.1", [] {
            checkCurve();
            return std::string();
        });
    } catch (const std::exception& e) {
        ++failures;
        out << "self-test: " << e.what() << "\n";
    }
    out << "self-test: " << (failures == 0 ? "all checks passed" : "FAILED") << "\n";
    return failures == 0 ? 0 : 1;
}

} // namespace examroom::centersync
