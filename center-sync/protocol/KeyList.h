#pragma once

#include "crypto/SigningKeyPair.h"
#include "documents/SignedDocument.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace examroom::centersync {

// Site-signed key lists (docs/protocol-centre.md, "Key lists"): the site vouches for the
// Ed25519 keys of its kiosks (kind "kiosk-list") and of its staff with their role (kind
// "staff-list"). One format and one check for both; the hub enrols what a list names.
inline constexpr std::string_view kKioskListKind = "kiosk-list";
inline constexpr std::string_view kStaffListKind = "staff-list";

// One vouched-for key. `role` is "kiosk" for a kiosk list, and "administrator", "proctor" or
// "grader" (the console's account roles) for a staff list; `keyId` the kiosk id or the
// person's account name.
struct ListedKey
{
    std::string keyId;
    std::string role;
    crypto::SigningPublicKey key{};
};

// What a list says: the keys it vouches for and, in a staff list of format v2, the keys it
// removes (`role` empty there). A removed key stays removed: no later list can add it again.
struct KeyList
{
    std::vector<ListedKey> keys;
    std::vector<ListedKey> removed;
};

// True for the two list kinds.
bool isKeyListKind(std::string_view kind);

// The body of a key list of `kind` for `siteId` (examroom.kiosk-list.v1, staff-list.v1, or
// staff-list.v2 when `removed` is not empty: older hubs refuse v2 rather than ignore a
// removal). Throws std::invalid_argument for another kind, a role the kind does not allow, a
// removal in a kiosk list or a key both listed and removed.
std::string keyListBody(std::string_view kind, const std::string& siteId,
                        const std::vector<ListedKey>& keys,
                        const std::vector<ListedKey>& removed = {});

// The content of a list of `kind` whose body names `siteId`; nullopt with the reason in `why`
// when the body is not one (unknown format, wrong shape, another site, a bad key, id or role,
// a key both listed and removed). Checks no signature: the caller decides who may sign a list
// (the hub: only the site key).
[[nodiscard]] std::optional<KeyList> parseKeyList(std::string_view kind, std::string_view body,
                                                  const std::string& siteId, std::string* why);

} // namespace examroom::centersync
