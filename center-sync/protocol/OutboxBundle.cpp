#include "protocol/OutboxBundle.h"

#include "crypto/SealedBox.h"

namespace examroom::centersync {

std::string sealBundle(std::string_view upload, const crypto::CurvePublicKey& centre)
{
    auto sealed = crypto::sealedBoxEncrypt(centre, crypto::asBytes(upload));
    std::string file(kBundleMagic);
    file.append(reinterpret_cast<const char*>(sealed.data()), sealed.size());
    return file;
}

std::optional<std::string> openBundle(std::string_view file, const crypto::CurveKeyPair& centre,
                                      std::string* error)
{
    if (!file.starts_with(kBundleMagic)) {
        if (error)
            *error = file.starts_with("examroom.outbox-bundle.v1\n")
                         ? "an examroom.outbox-bundle.v1 file, from an agent older than centre "
                           "protocol 3: export it again with the updated agent (its items are "
                           "still queued there)"
                         : "not an examroom.outbox-bundle.v2 file";
        return std::nullopt;
    }
    auto opened =
        crypto::sealedBoxDecrypt(centre, crypto::asBytes(file.substr(kBundleMagic.size())));
    if (!opened) {
        if (error)
            *error = "the bundle was altered, truncated or sealed to another centre";
        return std::nullopt;
    }
    return std::string(opened->begin(), opened->end());
}

} // namespace examroom::centersync
