#include "state/StateStore.h"

#include "crypto/Fingerprint.h"
#include "crypto/Hex.h"
#include "documents/ScoreSheet.h"
#include "documents/SignedDocument.h"
#include "net/Z85.h"
#include "store/Migrations.h"
#include "store/Statement.h"

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>

namespace examroom::centersync {
namespace {

constexpr std::size_t kDbKeyBytes = 32;

struct Fd
{
    int fd;
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

} // namespace

crypto::SecretBytes loadOrCreateKeyFile(const std::filesystem::path& keyFile, bool create)
{
    const std::string name = keyFile.string();
    Fd file{::open(keyFile.c_str(), O_RDONLY | O_CLOEXEC)};
    if (file.fd < 0 && errno == ENOENT && create) {
        auto key = crypto::SecretBytes::random(kDbKeyBytes);
        Fd out{::open(keyFile.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600)};
        if (out.fd < 0)
            throw std::runtime_error(name + ": cannot create the database key file");
        if (::write(out.fd, key.data(), key.size()) != static_cast<ssize_t>(key.size()) ||
            ::fsync(out.fd) != 0) {
            std::filesystem::remove(keyFile);
            throw std::runtime_error(name + ": cannot write the database key file");
        }
        return key;
    }
    if (file.fd < 0)
        throw std::runtime_error(name + ": no database key file (run `keys init` first?)");
    struct stat info
    {
    };
    if (::fstat(file.fd, &info) != 0 || (info.st_mode & 077) != 0)
        throw std::runtime_error(name + ": the key file must be readable by its owner only "
                                        "(chmod 600)");
    crypto::SecretBytes key(kDbKeyBytes);
    if (::read(file.fd, key.data(), key.size()) != static_cast<ssize_t>(key.size()) ||
        info.st_size != static_cast<off_t>(kDbKeyBytes))
        throw std::runtime_error(name + ": the key file is not 32 bytes");
    return key;
}

store::Database openStateDatabase(const std::filesystem::path& path,
                                  std::span<const Migration> migrations, bool create,
                                  store::Durability durability)
{
    if (!create && !std::filesystem::exists(path))
        throw std::runtime_error(path.string() + ": no state database (run `keys init` first)");
    auto keyPath = path;
    keyPath += ".key";
    auto key = loadOrCreateKeyFile(keyPath, create);
    store::OpenOptions options;
    options.durability = durability;
    options.createIfMissing = create;
    options.cipherPageSizes = stateCipherPageSizes;
    auto db =
        store::Database::open(path, std::span<const std::uint8_t, 32>(key.data(), 32), options);
    // Migrations turn stored JSON envelopes into binary documents (agent 004, centre 005)
    // with the product's own codecs; a row that does not convert fails the migration whole.
    db.defineFunction("examroom_document_blob", [](std::string_view envelope) {
        auto document = SignedDocument::fromJson(envelope);
        if (!document)
            throw std::runtime_error("a stored row holds no signed document envelope");
        return document->toBinary();
    });
    // centre 006 splits a stored binary document into the columns that rebuild it, after
    // checking that the row's own columns name the same document (identity: kind NUL id NUL
    // signer, then the content hash's 32 bytes).
    auto binary = [](std::string_view bytes) {
        std::string why;
        auto document = SignedDocument::fromBinary(bytes, &why);
        if (!document)
            throw std::runtime_error("a stored row holds no binary signed document: " + why);
        return std::move(*document);
    };
    db.defineFunction("examroom_document_signature", [binary](std::string_view bytes) {
        const auto document = binary(bytes);
        return std::string(document.signature.begin(), document.signature.end());
    });
    db.defineFunction("examroom_document_body",
                      [binary](std::string_view bytes) { return binary(bytes).body; });
    db.defineFunction("examroom_document_identity", [binary](std::string_view bytes) {
        const auto document = binary(bytes);
        const auto hash = crypto::fromHex(document.contentHash());
        std::string out = document.kind + '\0' + document.id + '\0';
        out.append(document.signer.begin(), document.signer.end());
        out.append(hash->begin(), hash->end());
        return out;
    });
    db.defineFunction("examroom_receipt_code",
                      [](std::string_view contentHash) { return receiptCode(contentHash); });
    store::migrate(db, migrations);
    return db;
}

std::optional<Identity> loadIdentity(store::Database& db)
{
    auto query = db.prepare("SELECT sign_secret, curve_secret FROM identity WHERE id = 1");
    if (!query.step())
        return std::nullopt;
    auto signSecret = query.columnBlob(0);
    auto curveSecret = query.columnBlob(1);
    Identity identity{crypto::SigningKeyPair::fromSecretKey(crypto::SecretBytes(signSecret)),
                      crypto::CurveKeyPair::fromSecretKey(crypto::SecretBytes(curveSecret))};
    std::fill(signSecret.begin(), signSecret.end(), 0);
    std::fill(curveSecret.begin(), curveSecret.end(), 0);
    return identity;
}

std::string describePublicKeys(const crypto::SigningPublicKey& sign,
                               const crypto::CurvePublicKey& curve)
{
    return "signing key (Ed25519): " + crypto::toHex(sign) +
           "\ntransport key (CURVE): " + net::z85Encode(curve) +
           "\nfingerprint: " + fingerprintOf(sign, curve) + "\n";
}

std::string publicKeyText(const Identity& identity)
{
    return net::publicKeyText({identity.sign.publicKey(), identity.curve.publicKey()});
}

} // namespace examroom::centersync
