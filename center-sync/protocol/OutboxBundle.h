#pragma once

#include "crypto/CurveKeyPair.h"

#include <optional>
#include <string>
#include <string_view>

namespace examroom::centersync {

// The first line of a bundle file; a new layout gets a new line. v2 seals an
// examroom.upload-batch.v3 upload (binary documents); v1 (JSON lines) is refused by name.
inline constexpr std::string_view kBundleMagic = "examroom.outbox-bundle.v2\n";

// An upload (protocol/UploadBatch.h, already signed by the site) sealed to the centre's
// X25519 (CURVE) key, for a site with no working link: only the centre can open it, and the
// signed batch inside says which site sent it.
std::string sealBundle(std::string_view upload, const crypto::CurvePublicKey& centre);

// The upload inside a bundle file; nullopt with the reason in `error` when the file is not a
// bundle, was altered, or was sealed to another key.
[[nodiscard]] std::optional<std::string>
openBundle(std::string_view file, const crypto::CurveKeyPair& centre, std::string* error);

} // namespace examroom::centersync
