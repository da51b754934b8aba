#include "MaintenanceLock.h"

#include "crypto/ConstantTime.h"
#include "crypto/Hex.h"
#include "crypto/KeyDerivation.h"

namespace examroom {

std::optional<MaintenanceLock> MaintenanceLock::fromConfig(std::string_view value)
{
    const auto colon = value.find(':');
    if (colon == std::string_view::npos)
        return std::nullopt;
    auto paramBytes = crypto::fromHex(value.substr(0, colon));
    auto keyBytes = crypto::fromHex(value.substr(colon + 1));
    if (!paramBytes || !keyBytes || keyBytes->size() != crypto::kDerivedKeyBytes)
        return std::nullopt;
    auto params = crypto::KdfParams::fromBytes(*paramBytes);
    if (!params)
        return std::nullopt;
    MaintenanceLock lock;
    lock.m_params = *params;
    lock.m_keyHex = std::string(value.substr(colon + 1));
    return lock;
}

std::string MaintenanceLock::hashForConfig(std::string_view password, crypto::KdfStrength strength)
{
    auto params = crypto::KdfParams::fresh(strength);
    auto key = crypto::deriveKey(password, params);
    return crypto::toHex(params.toBytes()) + ":" + crypto::toHex(key.span());
}

bool MaintenanceLock::matches(std::string_view password) const
{
    auto stored = crypto::fromHex(m_keyHex);
    if (!stored)
        return false;
    auto key = crypto::deriveKey(password, m_params);
    return crypto::constantTimeEquals(key.span(), *stored);
}

} // namespace examroom
