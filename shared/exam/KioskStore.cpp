#include "exam/KioskStore.h"

#include "crypto/Fingerprint.h"
#include "crypto/SecretBytes.h"
#include "store/Migrations.h"
#include "store/Transaction.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>

namespace examroom {
namespace {

constexpr std::size_t keyBytes = 32;

std::runtime_error fileError(const std::filesystem::path& path, const char* what)
{
    return std::runtime_error(std::string(what) + " " + path.string() + ": " +
                              std::strerror(errno));
}

// Reads the database key, or makes one (O_EXCL, so two starting processes cannot both write
// a different key).
crypto::SecretBytes loadOrCreateKey(const std::filesystem::path& path)
{
    crypto::SecretBytes key(keyBytes);
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0 && errno == ENOENT) {
        fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0)
            throw fileError(path, "cannot create the key file");
        crypto::SecretBytes fresh = crypto::SecretBytes::random(keyBytes);
        bool ok = ::write(fd, fresh.data(), keyBytes) == ssize_t(keyBytes) && ::fsync(fd) == 0;
        ::close(fd);
        if (!ok) {
            ::unlink(path.c_str());
            throw fileError(path, "cannot write the key file");
        }
        return fresh;
    }
    if (fd < 0)
        throw fileError(path, "cannot open the key file");
    ssize_t got = ::read(fd, key.data(), keyBytes);
    ::close(fd);
    if (got != ssize_t(keyBytes))
        throw std::runtime_error("the key file " + path.string() + " is not 32 bytes");
    return key;
}

} // namespace

KioskStore::KioskStore(std::filesystem::path dataDir, store::Database db,
                       crypto::SigningKeyPair signing, crypto::CurveKeyPair curve)
    : m_dataDir(std::move(dataDir)), m_db(std::move(db)), m_signing(std::move(signing)),
      m_curve(std::move(curve)), m_fingerprint(crypto::fingerprint(m_signing.publicKey()))
{
}

std::unique_ptr<KioskStore> KioskStore::open(const std::filesystem::path& dataDir)
{
    std::filesystem::create_directories(dataDir);
    crypto::SecretBytes key = loadOrCreateKey(dataDir / "kiosk.key");
    store::OpenOptions options;
    options.durability = store::Durability::Full;
    // An answer save commits one journal row, i.e. usually one leaf page, and SQLCipher
    // encrypts and HMACs every page it writes whole: with 1 KiB pages the usual save costs ~40 %
    // fewer instructions (docs/performance.md, "Answer save: 1 KiB pages for kiosk.db"). A
    // journal row (under 70 bytes since schema version 4) fits many times over. kiosk.db files made
    // before (4096) keep their size: keep both sizes in this list, or those files stop opening.
    options.cipherPageSizes = {1024, 4096};
    // Only the kiosk process uses kiosk.db, through this one connection: holding its lock
    // for good spares every save six fcntl calls and the -shm file (docs/performance.md,
    // "Answer save: what else is in a save"). A second kiosk started on the same folder is
    // refused at open instead of waiting on each save.
    options.exclusive = true;
    // Until the log first wraps, each save would also grow the -wal file (~40 µs of its fsync).
    options.keptWalFrames = 1000;
    auto db = store::Database::open(dataDir / "kiosk.db",
                                    std::span<const std::uint8_t, keyBytes>(key.data(), keyBytes),
                                    options);
    store::migrate(db, schema::kioskMigrations());

    auto read = db.prepare("SELECT signing_secret, curve_secret FROM device WHERE id = 1");
    if (read.step()) {
        auto signingBytes = read.columnBlob(0);
        auto curveBytes = read.columnBlob(1);
        crypto::SecretBytes signingSecret(signingBytes);
        crypto::SecretBytes curveSecret(curveBytes);
        std::fill(signingBytes.begin(), signingBytes.end(), 0);
        std::fill(curveBytes.begin(), curveBytes.end(), 0);
        read.reset();
        auto signing = crypto::SigningKeyPair::fromSecretKey(std::move(signingSecret));
        auto curve = crypto::CurveKeyPair::fromSecretKey(std::move(curveSecret));
        return std::unique_ptr<KioskStore>(
            new KioskStore(dataDir, std::move(db), std::move(signing), std::move(curve)));
    }
    read.reset();
    auto signing = crypto::SigningKeyPair::generate();
    auto curve = crypto::CurveKeyPair::generate();
    {
        store::Transaction transaction(db);
        auto insert = db.prepare("INSERT INTO device (id, signing_secret, curve_secret, "
                                 "created_at) VALUES (1, ?, ?, datetime('now'))");
        insert.bindBlob(1, signing.secretKey().span()).bindBlob(2, curve.secretKey().span());
        insert.execute();
        transaction.commit();
    }
    return std::unique_ptr<KioskStore>(
        new KioskStore(dataDir, std::move(db), std::move(signing), std::move(curve)));
}

} // namespace examroom
