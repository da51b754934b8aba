#include "crypto/DeterministicStream.h"

#include "crypto/CryptoError.h"
#include "crypto/Sodium.h"

#include <algorithm>
#include <array>
#include <limits>
#include <sodium.h>

namespace examroom::crypto {

namespace {

constexpr std::size_t kBlockBytes = 64; // one ChaCha20 block
constexpr std::array<std::uint8_t, crypto_generichash_blake2b_PERSONALBYTES> kPersonal{
    'E', 'x', 'a', 'm', 'r', 'o', 'o', 'm', 'D', 'S', 't', 'r', 'e', 'a', 'm', '1'};

} // namespace

DeterministicStream::DeterministicStream(ByteSpan seed, std::string_view context)
{
    ensureSodium();
    if (seed.size() != kStreamSeedBytes)
        throw CryptoError("deterministic stream seed must be 32 bytes");
    static_assert(kStreamSeedBytes >= crypto_generichash_blake2b_KEYBYTES_MIN &&
                  kStreamSeedBytes <= crypto_generichash_blake2b_KEYBYTES_MAX);

    // The seed is the BLAKE2b key and the context the message, i.e. a PRF of the seed; the
    // personalisation keeps these keys apart from any other BLAKE2b use of the same seed.
    m_key = SecretBytes(crypto_stream_chacha20_KEYBYTES);
    const ByteSpan message = asBytes(context);
    const std::array<std::uint8_t, crypto_generichash_blake2b_SALTBYTES> salt{};
    if (crypto_generichash_blake2b_salt_personal(m_key.data(), m_key.size(), message.data(),
                                                 message.size(), seed.data(), seed.size(),
                                                 salt.data(), kPersonal.data()) != 0)
        throw CryptoError("deterministic stream key derivation failed");

    m_block = SecretBytes(kBlockBytes);
    m_used = kBlockBytes; // nothing buffered yet
}

void DeterministicStream::refill()
{
    if (m_key.empty())
        throw CryptoError("using a moved-from DeterministicStream");
    if (m_nextBlock == std::numeric_limits<std::uint64_t>::max())
        throw CryptoError("deterministic stream exhausted");
    // XOR over zeros with an explicit block counter yields exactly crypto_stream_chacha20's
    // keystream, continued block by block.
    const std::array<std::uint8_t, crypto_stream_chacha20_NONCEBYTES> nonce{};
    const std::array<std::uint8_t, kBlockBytes> zeros{};
    if (crypto_stream_chacha20_xor_ic(m_block.data(), zeros.data(), zeros.size(), nonce.data(),
                                      m_nextBlock, m_key.data()) != 0)
        throw CryptoError("ChaCha20 failed");
    ++m_nextBlock;
    m_used = 0;
}

void DeterministicStream::fill(std::span<std::uint8_t> out)
{
    std::size_t done = 0;
    while (done < out.size()) {
        if (m_used == kBlockBytes)
            refill();
        const std::size_t take = std::min(out.size() - done, kBlockBytes - m_used);
        std::copy_n(m_block.data() + m_used, take, out.data() + done);
        m_used += take;
        done += take;
    }
}

std::uint32_t DeterministicStream::nextU32()
{
    std::array<std::uint8_t, 4> bytes{};
    fill(bytes);
    return static_cast<std::uint32_t>(bytes[0]) | static_cast<std::uint32_t>(bytes[1]) << 8 |
           static_cast<std::uint32_t>(bytes[2]) << 16 | static_cast<std::uint32_t>(bytes[3]) << 24;
}

std::uint32_t DeterministicStream::uniform(std::uint32_t bound)
{
    if (bound == 0)
        throw CryptoError("uniform bound must be positive");
    // Values below 2^32 mod bound would make the low residues more likely; skipping them
    // leaves a range whose size is a multiple of bound (as randombytes_uniform does).
    const std::uint32_t threshold = static_cast<std::uint32_t>(-bound) % bound;
    std::uint32_t value = 0;
    do {
        value = nextU32();
    } while (value < threshold);
    return value % bound;
}

} // namespace examroom::crypto
