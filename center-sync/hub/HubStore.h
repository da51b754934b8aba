#pragma once

#include "crypto/KdfParams.h"
#include "documents/SignedDocument.h"
#include "import/CentreFiles.h"
#include "state/StateStore.h"
#include "util/Clock.h"

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace examroom::centersync {

inline constexpr std::string_view kUploadBatchKind = "upload-batch";
inline constexpr std::string_view kReceiptKind = "receipt";
inline constexpr std::string_view kKioskListKind = "kiosk-list";

// The result of one uploaded item, as sent back to the agent (docs/protocol-centre.md).
struct ItemResult
{
    std::string kind;
    std::string id;
    std::string status;  // stored | duplicate | rejected | conflict
    std::string reason;  // for rejected / conflict
    std::string receipt; // receipt envelope JSON for stored / duplicate
    nlohmann::json toJson() const;
};

struct PublishedPackage
{
    std::string planId;
    std::string siteId;
    int version = 0;
    crypto::SecretBytes password;
};

struct PackageOffer
{
    std::string planId;
    int version = 0;
    std::string contentHash;
};

// centre.db and the rules of the hub: enrolment, publishing, ingest of uploads with
// verification, idempotency and signed receipts, review. Used by `hub serve` and
// `hub import` alike, so both paths apply exactly the same checks. Not thread-safe.
class HubStore
{
public:
    // Takes the open centre.db and the centre's identity.
    HubStore(store::Database db, Identity identity, const Clock& clock);

    // Adds or replaces a site's keys. Throws std::runtime_error if the keys belong to another
    // site; nothing changes then.
    void enrolSite(const std::string& siteId, const PublicKeys& keys);
    // CURVE key -> site id of every enrolled site (the ZAP allow-list).
    std::map<crypto::CurvePublicKey, std::string> allowList();
    std::optional<PublicKeys> siteKeys(const std::string& siteId);

    // Builds, signs and stores the next version of the plan package for `siteId`. Throws
    // std::runtime_error for an unknown site; nothing is stored then.
    PublishedPackage publish(const CentreFiles& files, const std::string& siteId,
                             crypto::KdfStrength strength);
    // The newest password of a plan (for `siteId`, or the only site it went to), recording the
    // release. nullopt if the plan was never published (or is ambiguous without a site).
    [[nodiscard]] std::optional<PublishedPackage> releasePassword(const std::string& planId,
                                                                  const std::string& siteId,
                                                                  const std::string& releasedTo);

    // Packages for `siteId` whose document id the site does not already have.
    std::vector<PackageOffer> offers(const std::string& siteId,
                                     const std::vector<std::string>& haveIds);
    // The package envelope (JSON); marks it delivered. nullopt if no such package for the site.
    [[nodiscard]] std::optional<std::string>
    packageDocument(const std::string& siteId, const std::string& planId, int version);

    // Verifies the batch (signed by `siteId`'s key, naming `siteId`) and ingests each item in
    // one transaction. A bad batch: nullopt and the reason in `error`, nothing stored. A bad
    // item: a rejected/conflict result, the other items still go through. Throws StoreError on
    // a database fault (the transaction is rolled back: nothing half-written).
    [[nodiscard]] std::optional<std::vector<ItemResult>>
    ingestBatch(const std::string& siteId, const SignedDocument& batch, std::string* error);

    // Review (考试成绩审核). False if there is no such stored document.
    [[nodiscard]] bool review(const std::string& kind, const std::string& id, bool approve,
                              const std::string& reason, const std::string& reviewer);

    store::Database& database() { return m_db; }
    const Identity& identity() const { return m_identity; }

private:
    ItemResult ingestItem(const std::string& siteId, const PublicKeys& site,
                          const std::string& envelopeText);
    std::string nowText() const;

    store::Database m_db;
    Identity m_identity;
    const Clock& m_clock;
};

// Builds the site's signed upload batch over `envelopes` (what the agent sends).
SignedDocument makeUploadBatch(const std::string& siteId, const std::vector<std::string>& envelopes,
                               const crypto::SigningKeyPair& siteKey, const std::string& batchId);

} // namespace examroom::centersync
