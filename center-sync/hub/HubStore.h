#pragma once

#include "crypto/KdfParams.h"
#include "documents/ScoreSheet.h"
#include "documents/SignedDocument.h"
#include "hub/WorkerPool.h"
#include "import/CentreFiles.h"
#include "protocol/KeyList.h"
#include "protocol/UploadBatch.h"
#include "state/StateStore.h"
#include "util/Clock.h"

#include <exception>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace examroom::centersync {

// The outcome of one uploaded item (docs/protocol-centre.md, "Receipts").
struct ItemResult
{
    int index = 0;
    std::string kind;
    std::string id;
    std::string status; // stored | duplicate | rejected | conflict
    std::string reason; // for rejected / conflict
    std::string contentHash;
    std::string receivedAt;  // stored / duplicate: when the centre first stored it
    std::string receiptCode; // stored / duplicate
};

// The outcome of one upload: each item's result and the one receipt, signed by the centre,
// that covers them all.
struct BatchOutcome
{
    std::string siteId;
    std::vector<ItemResult> items;
    std::string receipt; // the signed receipt envelope (JSON)
    int count(std::string_view status) const;
};

// One uploaded item on its way in: what the parallel passes of an ingest found out about it
// (no database needed), for the serial pass that stores it.
struct PreparedItem
{
    std::optional<SignedDocument> document; // nullopt: not a binary signed document
    std::string notDocument;                // why, when it is not
    std::string contentHash;
    bool listed = false;   // its hash is the one the signed batch lists at its place
    bool stored = false;   // centre.db already holds this (kind, id) with these signed bytes
    bool verified = false; // signatureOk is known
    bool signatureOk = false;
    bool sheetChecked = false; // a knowledge score sheet with a good signature: parsed below
    std::optional<ScoreSheet> sheet;
    std::string sheetError;
};

class HubStore;

// An upload between the two halves of its ingest (HubStore::startUpload, finishUpload): its
// batch checked and its items looked up, their hashes, signature checks and sheet parses
// running on the hub's worker pool. Neither copied nor moved (the pool works on its items);
// its destructor waits for that work. The HubStore must outlive it.
class StartedUpload
{
public:
    ~StartedUpload();
    StartedUpload(const StartedUpload&) = delete;
    StartedUpload& operator=(const StartedUpload&) = delete;

private:
    friend class HubStore;
    explicit StartedUpload(HubStore& store) : m_store(store) {}

    HubStore& m_store;
    std::string m_siteId;
    ParsedUpload m_upload; // its items view the upload's bytes: the caller keeps them
    PublicKeys m_site;
    std::vector<PreparedItem> m_prepared;
    bool m_checking = false;      // its pass is on the pool, not yet waited for
    std::exception_ptr m_failure; // what the pass threw, for finishUpload
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
// `hub import` alike, so both paths apply exactly the same checks. Not thread-safe; it runs
// the database-free part of an ingest on a WorkerPool of its own.
class HubStore
{
public:
    // Takes the open centre.db and the centre's identity. `workers`: threads that parse and
    // verify upload items (counting the caller; 0 = one per core).
    HubStore(store::Database db, Identity identity, const Clock& clock, int workers = 0);

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

    // Verifies an upload from `siteId` (the batch signed by that site's enrolled key and naming
    // it) and ingests every item in one transaction. A bad batch: nullopt and the reason in
    // `error`, nothing stored. A bad item: a rejected/conflict result, the other items still go
    // through. The same upload twice gets the same receipt. Throws StoreError on a database
    // fault (the transaction is rolled back: nothing half-written).
    [[nodiscard]] std::optional<BatchOutcome>
    ingestUpload(const std::string& siteId, std::string_view upload, std::string* error);
    // The same for an upload carried by hand (`hub import`): the site is the one the batch
    // names, and it must still be signed by that site's enrolled key.
    [[nodiscard]] std::optional<BatchOutcome> importUpload(std::string_view upload,
                                                           std::string* error);

    // ingestUpload in two halves, so that `hub serve` stores upload N while the pool checks
    // the signatures of upload N+1 (the same checks, lookups, transaction and receipt; the
    // lookup inside the transaction still decides duplicate and conflict, so an item that N
    // stores after N+1 was looked up is found there). startUpload parses and checks the batch
    // (nullptr and the reason in `error`: nothing of it is stored), looks each item up and
    // starts the items' checks on the pool's other threads; `upload`'s bytes must outlive the
    // result. Starting an upload first waits for the checks of the one started before.
    // finishUpload helps the pool finish, then stores and signs the receipt as ingestUpload.
    [[nodiscard]] std::unique_ptr<StartedUpload>
    startUpload(const std::string& siteId, std::string_view upload, std::string* error);
    [[nodiscard]] BatchOutcome finishUpload(StartedUpload& started);

    // Review (考试成绩审核). False if there is no such stored document.
    [[nodiscard]] bool review(const std::string& kind, const std::string& id, bool approve,
                              const std::string& reason, const std::string& reviewer);

    store::Database& database() { return m_db; }
    const Identity& identity() const { return m_identity; }

    HubStore(HubStore&&) noexcept;
    ~HubStore();

private:
    struct Statements;
    Statements& statements();
    friend class StartedUpload;
    std::unique_ptr<StartedUpload> startParsed(const std::string& siteId, ParsedUpload upload,
                                               std::string* error);
    // Waits for `started`'s checks on the pool (the caller takes a share).
    void awaitChecks(StartedUpload& started);
    // Signature check and score sheet parse of a listed item not already stored (any thread).
    static void checkContent(PreparedItem& item);
    ItemResult ingestItem(int index, const std::string& siteId, const PublicKeys& site,
                          std::string_view documentBytes, PreparedItem& prepared,
                          const std::string& receivedAt, std::int64_t receivedSeconds);
    // Why the prepared item's document may not be stored for `siteId` (empty: it may), by kind
    // and signer role (docs/protocol-centre.md, "Upload batches"); sets `planId` for the
    // results index. A key list that checks out is enrolled here, within the caller's
    // transaction.
    std::string checkItem(PreparedItem& prepared, const std::string& siteId, const PublicKeys& site,
                          const std::string& receivedAt, std::optional<std::string>& planId);
    // Enrols the keys a site-signed kiosk or staff list names and marks those a staff list v2
    // removes; the reason it refuses the whole list, or empty.
    std::string enrolKeyList(const SignedDocument& document, const std::string& siteId,
                             const std::string& receivedAt);
    // Why a key a staff list of `siteId` removed signs nothing more (which list, when the hub
    // took it in); nullopt when no list removed it.
    std::optional<std::string> removalOf(const crypto::SigningPublicKey& key,
                                         const std::string& siteId);
    // (role, key id) of a key a list of `siteId` enrolled and none removed; nullopt otherwise.
    std::optional<std::pair<std::string, std::string>>
    enrolledKey(const crypto::SigningPublicKey& key, const std::string& siteId);
    std::string nowText() const;

    store::Database m_db;
    Identity m_identity;
    const Clock& m_clock;
    // Prepared once and reused for every item (declared after m_db: destroyed before it).
    std::unique_ptr<Statements> m_statements;
    std::unique_ptr<WorkerPool> m_pool;
    StartedUpload* m_checking = nullptr; // the upload whose checks run on the pool
};

// Logs an upload's outcome: one line per refused item (with its reason) and the counts.
void logBatchOutcome(const BatchOutcome& outcome, std::string_view via);

} // namespace examroom::centersync
