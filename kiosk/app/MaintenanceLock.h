#pragma once

#include "crypto/KdfParams.h"

#include <optional>
#include <string>
#include <string_view>

namespace examroom {

// The local way out of the locked kiosk for a technician: an Argon2id hash of the
// maintenance password kept in the kiosk's config as "<params hex>:<key hex>".
class MaintenanceLock
{
public:
    // Parses the config value; nullopt when malformed.
    [[nodiscard]] static std::optional<MaintenanceLock> fromConfig(std::string_view value);
    // The config value for `password` (fresh salt).
    static std::string
    hashForConfig(std::string_view password,
                  crypto::KdfStrength strength = crypto::KdfStrength::Interactive);

    // True when `password` derives the stored key (compared in constant time).
    [[nodiscard]] bool matches(std::string_view password) const;

private:
    crypto::KdfParams m_params;
    std::string m_keyHex;
};

} // namespace examroom
