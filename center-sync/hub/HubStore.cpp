#include "hub/HubStore.h"

#include "crypto/Hex.h"
#include "documents/ScoreSheet.h"
#include "package/PlanPackage.h"
#include "paper/PaperVerify.h"
#include "practical/PracticalSheet.h"
#include "protocol/KeyList.h"
#include "protocol/Receipt.h"
#include "state/Log.h"
#include "store/Statement.h"
#include "store/Transaction.h"

#include <nlohmann/json.hpp>
#include <stdexcept>

namespace examroom::centersync {
namespace {

using nlohmann::json;

crypto::ByteSpan blob(const auto& array)
{
    return {array.data(), array.size()};
}

template <std::size_t N> std::array<std::uint8_t, N> toArray(const std::vector<std::uint8_t>& v)
{
    std::array<std::uint8_t, N> out{};
    if (v.size() == N)
        std::copy(v.begin(), v.end(), out.begin());
    return out;
}

ItemResult refused(ItemResult result, std::string reason, std::string status = "rejected")
{
    result.status = std::move(status);
    result.reason = std::move(reason);
    return result;
}

// Whether the stored row `found` (signer, signature, body: findDocument) holds `document`, whose
// kind and id it was found by: the same bytes its content hash covers, compared without hashing.
bool sameAsStored(const store::Statement& found, const SignedDocument& document)
{
    const auto signer = found.columnBlob(0), signature = found.columnBlob(1),
               body = found.columnBlob(2);
    return std::equal(signer.begin(), signer.end(), document.signer.begin(),
                      document.signer.end()) &&
           std::equal(signature.begin(), signature.end(), document.signature.begin(),
                      document.signature.end()) &&
           std::equal(body.begin(), body.end(), document.body.begin(), document.body.end(),
                      [](std::uint8_t a, char b) { return a == static_cast<std::uint8_t>(b); });
}

// Resets a reused statement when a step() loop ends early, so it can be bound again.
struct ResetOnExit
{
    store::Statement& statement;
    ~ResetOnExit() { statement.reset(); }
};

} // namespace

struct HubStore::Statements
{
    store::Statement findDocument;
    store::Statement insertDocument;
    store::Statement insertConflict;
    store::Statement keyRole;
    store::Statement keyOwner;
    store::Statement insertKey;
};

HubStore::Statements& HubStore::statements()
{
    if (!m_statements)
        m_statements.reset(new Statements{
            m_db.prepare("SELECT signer, signature, body, received_at FROM documents WHERE "
                         "kind = ?1 AND doc_id = ?2"),
            m_db.prepare("INSERT INTO documents (kind, doc_id, site_id, signer, signature, body, "
                         "received_at, plan_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"),
            m_db.prepare("INSERT OR IGNORE INTO conflicts (kind, doc_id, site_id, content_hash, "
                         "document, received_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"),
            m_db.prepare("SELECT role, key_id FROM site_keys WHERE sign_public = ?1 AND "
                         "site_id = ?2 AND removed_by IS NULL"),
            m_db.prepare("SELECT site_id FROM site_keys WHERE sign_public = ?1"),
            m_db.prepare("INSERT OR REPLACE INTO site_keys (sign_public, site_id, key_id, role, "
                         "enrolled_at) VALUES (?1, ?2, ?3, ?4, ?5)")});
    return *m_statements;
}

HubStore::HubStore(HubStore&&) noexcept = default;
HubStore::~HubStore() = default;

int BatchOutcome::count(std::string_view status) const
{
    return static_cast<int>(std::count_if(items.begin(), items.end(),
                                          [&](const ItemResult& r) { return r.status == status; }));
}

HubStore::HubStore(store::Database db, Identity identity, const Clock& clock, int workers)
    : m_db(std::move(db)), m_identity(std::move(identity)), m_clock(clock),
      m_pool(std::make_unique<WorkerPool>(workers))
{
}

std::string HubStore::nowText() const
{
    return utcText(m_clock.now());
}

void HubStore::enrolSite(const std::string& siteId, const PublicKeys& keys)
{
    store::Transaction tx(m_db);
    auto other = m_db.prepare("SELECT site_id FROM sites WHERE (sign_public = ?1 OR curve_public "
                              "= ?2) AND site_id <> ?3");
    other.bind(1, blob(keys.sign)).bind(2, blob(keys.curve)).bind(3, std::string_view(siteId));
    if (other.step())
        throw std::runtime_error("these keys are already enrolled for site " + other.columnText(0));
    auto insert = m_db.prepare("INSERT OR REPLACE INTO sites (site_id, sign_public, curve_public, "
                               "enrolled_at) VALUES (?1, ?2, ?3, ?4)");
    insert.bind(1, std::string_view(siteId))
        .bind(2, blob(keys.sign))
        .bind(3, blob(keys.curve))
        .bind(4, std::string_view(nowText()));
    insert.execute();
    tx.commit();
}

std::map<crypto::CurvePublicKey, std::string> HubStore::allowList()
{
    std::map<crypto::CurvePublicKey, std::string> out;
    auto query = m_db.prepare("SELECT curve_public, site_id FROM sites");
    while (query.step())
        out[toArray<32>(query.columnBlob(0))] = query.columnText(1);
    return out;
}

std::optional<PublicKeys> HubStore::siteKeys(const std::string& siteId)
{
    auto query = m_db.prepare("SELECT sign_public, curve_public FROM sites WHERE site_id = ?1");
    query.bind(1, std::string_view(siteId));
    if (!query.step())
        return std::nullopt;
    return PublicKeys{toArray<32>(query.columnBlob(0)), toArray<32>(query.columnBlob(1))};
}

PublishedPackage HubStore::publish(const CentreFiles& files, const std::string& siteId,
                                   crypto::KdfStrength strength)
{
    if (!siteKeys(siteId))
        throw std::runtime_error("site " + siteId + " is not enrolled (hub enrol-site first)");
    auto next = m_db.prepare(
        "SELECT COALESCE(MAX(version), 0) + 1 FROM packages WHERE plan_id = ?1 AND site_id = ?2");
    next.bind(1, std::string_view(files.plan.planId)).bind(2, std::string_view(siteId));
    next.step();
    const int version = static_cast<int>(next.columnInt64(0));
    auto input = package::collectPackageInput(files, siteId, version, nowText());
    auto built = package::buildPlanPackage(input, m_identity.sign, strength);
    store::Transaction tx(m_db);
    auto insert = m_db.prepare(
        "INSERT INTO packages (plan_id, site_id, version, document, content_hash, password, "
        "created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    insert.bind(1, std::string_view(input.planId))
        .bind(2, std::string_view(siteId))
        .bind(3, version)
        .bind(4, std::string_view(built.document.toJson()))
        .bind(5, std::string_view(built.document.contentHash()))
        .bind(6, std::string_view(reinterpret_cast<const char*>(built.password.data()),
                                  built.password.size()))
        .bind(7, std::string_view(input.createdAt));
    insert.execute();
    tx.commit();
    return {input.planId, siteId, version, std::move(built.password)};
}

std::optional<PublishedPackage> HubStore::releasePassword(const std::string& planId,
                                                          const std::string& siteId,
                                                          const std::string& releasedTo)
{
    auto query = m_db.prepare(
        "SELECT site_id, version, password FROM packages WHERE plan_id = ?1 AND (?2 = '' OR "
        "site_id = ?2) ORDER BY version DESC");
    query.bind(1, std::string_view(planId)).bind(2, std::string_view(siteId));
    if (!query.step())
        return std::nullopt;
    PublishedPackage out;
    out.planId = planId;
    out.siteId = query.columnText(0);
    out.version = static_cast<int>(query.columnInt64(1));
    auto text = query.columnText(2);
    out.password = crypto::SecretBytes(crypto::asBytes(text));
    std::fill(text.begin(), text.end(), '\0');
    while (query.step())
        if (siteId.empty() && query.columnText(0) != out.siteId)
            return std::nullopt; // published to several sites: the caller must say which
    query.reset();
    auto log = m_db.prepare("INSERT INTO password_releases (plan_id, site_id, version, "
                            "released_at, released_to) VALUES (?1, ?2, ?3, ?4, ?5)");
    log.bind(1, std::string_view(planId))
        .bind(2, std::string_view(out.siteId))
        .bind(3, out.version)
        .bind(4, std::string_view(nowText()))
        .bind(5, std::string_view(releasedTo));
    log.execute();
    return out;
}

std::vector<PackageOffer> HubStore::offers(const std::string& siteId,
                                           const std::vector<std::string>& haveIds)
{
    std::vector<PackageOffer> out;
    auto query = m_db.prepare(
        "SELECT plan_id, version, content_hash FROM packages WHERE site_id = ?1 ORDER BY "
        "created_at, plan_id, version");
    query.bind(1, std::string_view(siteId));
    while (query.step()) {
        PackageOffer offer{query.columnText(0), static_cast<int>(query.columnInt64(1)),
                           query.columnText(2)};
        auto id = offer.planId + "@" + siteId + "#" + std::to_string(offer.version);
        if (std::find(haveIds.begin(), haveIds.end(), id) == haveIds.end())
            out.push_back(std::move(offer));
    }
    return out;
}

std::optional<std::string> HubStore::packageDocument(const std::string& siteId,
                                                     const std::string& planId, int version)
{
    auto query = m_db.prepare(
        "SELECT document FROM packages WHERE site_id = ?1 AND plan_id = ?2 AND version = ?3");
    query.bind(1, std::string_view(siteId)).bind(2, std::string_view(planId)).bind(3, version);
    if (!query.step())
        return std::nullopt;
    auto document = query.columnText(0);
    query.reset();
    auto mark = m_db.prepare("UPDATE packages SET delivered_at = ?4 WHERE site_id = ?1 AND "
                             "plan_id = ?2 AND version = ?3 AND delivered_at IS NULL");
    mark.bind(1, std::string_view(siteId))
        .bind(2, std::string_view(planId))
        .bind(3, version)
        .bind(4, std::string_view(nowText()));
    mark.execute();
    return document;
}

std::optional<BatchOutcome> HubStore::ingestUpload(const std::string& siteId,
                                                   std::string_view upload, std::string* error)
{
    auto started = startUpload(siteId, upload, error);
    if (!started)
        return std::nullopt;
    return finishUpload(*started);
}

std::optional<BatchOutcome> HubStore::importUpload(std::string_view upload, std::string* error)
{
    auto parsed = parseUpload(upload, error);
    if (!parsed)
        return std::nullopt;
    const auto siteId = parsed->siteId;
    auto started = startParsed(siteId, std::move(*parsed), error);
    if (!started)
        return std::nullopt;
    return finishUpload(*started);
}

std::unique_ptr<StartedUpload> HubStore::startUpload(const std::string& siteId,
                                                     std::string_view upload, std::string* error)
{
    auto parsed = parseUpload(upload, error);
    if (!parsed)
        return nullptr;
    return startParsed(siteId, std::move(*parsed), error);
}

std::unique_ptr<StartedUpload> HubStore::startParsed(const std::string& siteId, ParsedUpload upload,
                                                     std::string* error)
{
    auto fail = [&](std::string reason) -> std::unique_ptr<StartedUpload> {
        if (error)
            *error = std::move(reason);
        return nullptr;
    };
    // The pool runs one job at a time.
    if (m_checking)
        awaitChecks(*m_checking);
    auto site = siteKeys(siteId);
    if (!site)
        return fail("site " + siteId + " is not enrolled");
    if (upload.batch.signer != site->sign || !verifySignature(upload.batch))
        return fail("the batch is not signed by the site's enrolled key");
    if (upload.siteId != siteId)
        return fail("the batch names another site");

    std::unique_ptr<StartedUpload> started(new StartedUpload(*this));
    started->m_siteId = siteId;
    started->m_upload = std::move(upload);
    started->m_site = *site;
    // Each item's document is read here and looked up in centre.db: a redelivered item (same
    // kind and id, the same signer, signature and body as stored: all its content hash covers)
    // was verified when it first arrived, so it costs no signature check again. The rest of the
    // work that needs no database (hash, Ed25519, score sheet) then runs on the pool in one
    // pass, so an item is hashed, verified and parsed on one core; lookups and inserts stay on
    // this thread, in one transaction (finishUpload).
    const auto& items = started->m_upload.items;
    auto& prepared = started->m_prepared;
    prepared.resize(items.size());
    auto& sql = statements();
    for (std::size_t i = 0; i < items.size(); ++i) {
        auto& item = prepared[i];
        item.document = SignedDocument::fromBinary(items[i], &item.notDocument);
        if (!item.document)
            continue;
        auto& existing = sql.findDocument;
        ResetOnExit reset{existing};
        existing.bind(1, std::string_view(item.document->kind))
            .bind(2, std::string_view(item.document->id));
        item.stored = existing.step() && sameAsStored(existing, *item.document);
    }
    // The started upload is neither moved nor copied: its items stay where they are.
    m_pool->start(items.size(), [item = prepared.data(),
                                 listed = started->m_upload.listedHashes.data()](std::size_t i) {
        if (!item[i].document)
            return;
        item[i].contentHash = item[i].document->contentHash();
        item[i].listed = item[i].contentHash == listed[i];
        checkContent(item[i]);
    });
    started->m_checking = true;
    m_checking = started.get();
    return started;
}

void HubStore::awaitChecks(StartedUpload& started)
{
    if (!started.m_checking)
        return;
    started.m_checking = false;
    m_checking = nullptr;
    try {
        m_pool->finish();
    } catch (...) {
        // Its own finishUpload throws it, not the next upload's start.
        started.m_failure = std::current_exception();
    }
}

StartedUpload::~StartedUpload()
{
    m_store.awaitChecks(*this);
}

BatchOutcome HubStore::finishUpload(StartedUpload& started)
{
    awaitChecks(started);
    if (started.m_failure)
        std::rethrow_exception(started.m_failure);
    const auto& siteId = started.m_siteId;
    const auto& upload = started.m_upload;
    const auto count = upload.items.size();
    BatchOutcome outcome;
    outcome.siteId = siteId;
    outcome.items.reserve(count);
    const auto now = m_clock.now();
    const auto receivedAt = utcText(now);
    store::Transaction tx(m_db);
    for (std::size_t i = 0; i < count; ++i)
        outcome.items.push_back(ingestItem(static_cast<int>(i), siteId, started.m_site,
                                           upload.items[i], started.m_prepared[i], receivedAt,
                                           now.time_since_epoch().count()));
    tx.commit();

    Receipt receipt{siteId, upload.batch.id, upload.batch.contentHash(), {}};
    receipt.entries.reserve(outcome.items.size());
    for (const auto& item : outcome.items) {
        const bool accepted = item.status == "stored" || item.status == "duplicate";
        receipt.entries.push_back({item.index, item.kind, item.id,
                                   accepted ? "accepted" : item.status, item.contentHash,
                                   item.receivedAt, item.receiptCode, item.reason});
    }
    outcome.receipt = signReceipt(receipt, m_identity.sign).toJson();
    return outcome;
}

void HubStore::checkContent(PreparedItem& item)
{
    if (!item.listed || item.stored || item.verified)
        return;
    item.signatureOk = verifySignature(*item.document);
    item.verified = true;
    if (item.signatureOk && item.document->kind == ScoreSheet::kind) {
        item.sheet = ScoreSheet::fromBody(item.document->body, &item.sheetError);
        item.sheetChecked = true;
    }
}

ItemResult HubStore::ingestItem(int index, const std::string& siteId, const PublicKeys& site,
                                std::string_view documentBytes, PreparedItem& prepared,
                                const std::string& receivedAt, std::int64_t receivedSeconds)
{
    ItemResult result;
    result.index = index;
    if (!prepared.document)
        return refused(result, "not a signed document: " + prepared.notDocument);
    const auto& document = *prepared.document;
    result.kind = document.kind;
    result.id = document.id;
    result.contentHash = prepared.contentHash;
    if (!prepared.listed)
        return refused(result, "the item is not the one the site's signed batch lists");

    auto& sql = statements();
    {
        auto& existing = sql.findDocument;
        ResetOnExit reset{existing};
        existing.bind(1, std::string_view(document.kind)).bind(2, std::string_view(document.id));
        if (existing.step()) {
            if (sameAsStored(existing, document)) {
                result.status = "duplicate";
                result.receivedAt = utcText(
                    std::chrono::sys_seconds(std::chrono::seconds(existing.columnInt64(3))));
                result.receiptCode = receiptCode(result.contentHash);
                return result;
            }
            existing.reset();
            // Only a correctly signed competing version is worth a person's time.
            prepared.stored = false;
            checkContent(prepared);
            if (!prepared.signatureOk)
                return refused(result, "signature does not match the content");
            sql.insertConflict.bind(1, std::string_view(document.kind))
                .bind(2, std::string_view(document.id))
                .bind(3, std::string_view(siteId))
                .bind(4, std::string_view(result.contentHash))
                .bind(5, crypto::asBytes(documentBytes))
                .bind(6, std::string_view(receivedAt));
            sql.insertConflict.execute();
            logLine("hub", "conflict: " + document.kind + " " + document.id + " from site " +
                               siteId + " differs from the stored one; recorded for review");
            return refused(result, "a different document with this id was already received",
                           "conflict");
        }
    }
    // Nothing deletes documents, so an item found stored before the parallel pass is still
    // stored; should that ever change, it is verified here rather than trusted.
    prepared.stored = false;
    checkContent(prepared);
    if (!prepared.signatureOk)
        return refused(result, "signature does not match the content");

    std::optional<std::string> planId;
    if (auto why = checkItem(prepared, siteId, site, receivedAt, planId); !why.empty())
        return refused(result, std::move(why));

    result.status = "stored";
    result.receivedAt = receivedAt;
    result.receiptCode = receiptCode(result.contentHash);
    sql.insertDocument.bind(1, std::string_view(document.kind))
        .bind(2, std::string_view(document.id))
        .bind(3, std::string_view(siteId))
        .bind(4, blob(document.signer))
        .bind(5, blob(document.signature))
        .bind(6, crypto::asBytes(document.body))
        .bind(7, receivedSeconds)
        .bind(8, planId);
    sql.insertDocument.execute();
    return result;
}

std::optional<std::pair<std::string, std::string>>
HubStore::enrolledKey(const crypto::SigningPublicKey& key, const std::string& siteId)
{
    auto& role = statements().keyRole;
    ResetOnExit reset{role};
    role.bind(1, blob(key)).bind(2, std::string_view(siteId));
    if (!role.step())
        return std::nullopt;
    return std::make_pair(role.columnText(0), role.columnText(1));
}

std::optional<std::string> HubStore::removalOf(const crypto::SigningPublicKey& key,
                                               const std::string& siteId)
{
    auto query = m_db.prepare("SELECT removed_by, removed_at FROM site_keys WHERE sign_public = "
                              "?1 AND site_id = ?2 AND removed_by IS NOT NULL");
    query.bind(1, blob(key)).bind(2, std::string_view(siteId));
    if (!query.step())
        return std::nullopt;
    // The key's prefix, not the person's name: reasons are logged.
    return "staff key " + crypto::toHex(key).substr(0, 16) + " was removed by the site's staff " +
           "list " + query.columnText(0) + " (received " + query.columnText(1) +
           "); what it signed before that stays valid, nothing after";
}

std::string HubStore::enrolKeyList(const SignedDocument& document, const std::string& siteId,
                                   const std::string& receivedAt)
{
    std::string why;
    auto list = parseKeyList(document.kind, document.body, siteId, &why);
    if (!list)
        return why;
    auto& sql = statements();
    for (const auto* keys : {&list->keys, &list->removed})
        for (const auto& listed : *keys) {
            auto& owner = sql.keyOwner;
            ResetOnExit reset{owner};
            owner.bind(1, blob(listed.key));
            if (owner.step() && owner.columnText(0) != siteId)
                return document.kind + ": a key is enrolled for another site";
        }
    for (const auto& listed : list->keys)
        if (auto gone = removalOf(listed.key, siteId))
            return document.kind + ": lists a removed key again (" + *gone +
                   "): the person needs a new key";
    for (const auto& gone : list->removed) {
        auto known = m_db.prepare("SELECT key_id FROM site_keys WHERE sign_public = ?1 AND "
                                  "site_id = ?2");
        known.bind(1, blob(gone.key)).bind(2, std::string_view(siteId));
        if (!known.step())
            return document.kind + ": removes a key the site never listed";
        if (known.columnText(0) != gone.keyId)
            return document.kind + ": removes a key under another name than the one it was "
                                   "listed with";
    }
    for (const auto& listed : list->keys) {
        sql.insertKey.bind(1, blob(listed.key))
            .bind(2, std::string_view(siteId))
            .bind(3, std::string_view(listed.keyId))
            .bind(4, std::string_view(listed.role))
            .bind(5, std::string_view(receivedAt));
        sql.insertKey.execute();
    }
    // The first removal stands; a repeated one changes nothing.
    for (const auto& gone : list->removed) {
        auto mark = m_db.prepare("UPDATE site_keys SET removed_by = ?3, removed_at = ?4 WHERE "
                                 "sign_public = ?1 AND site_id = ?2 AND removed_by IS NULL");
        mark.bind(1, blob(gone.key))
            .bind(2, std::string_view(siteId))
            .bind(3, std::string_view(document.id))
            .bind(4, std::string_view(receivedAt));
        mark.execute();
    }
    return {};
}

std::string HubStore::checkItem(PreparedItem& prepared, const std::string& siteId,
                                const PublicKeys& site, const std::string& receivedAt,
                                std::optional<std::string>& planId)
{
    const auto& document = *prepared.document;
    const bool bySite = document.signer == site.sign;
    const auto signer = bySite ? std::nullopt : enrolledKey(document.signer, siteId);
    const std::string role = bySite ? "site" : signer ? signer->first : "";
    const bool byStaff = role == "proctor" || role == "administrator";
    // Documents stored before the removal were accepted then and stay; this one is after it.
    if (!bySite && !signer)
        if (auto gone = removalOf(document.signer, siteId))
            return "signer refused: " + *gone;

    if (isKeyListKind(document.kind)) {
        if (!bySite)
            return "a " + document.kind + " must be signed by the site key";
        return enrolKeyList(document, siteId, receivedAt);
    }
    if (document.kind == ScoreSheet::kind) {
        // Parsed on the worker pool with the signature check (checkContent).
        if (!prepared.sheetChecked)
            prepared.sheet = ScoreSheet::fromBody(document.body, &prepared.sheetError);
        const auto& sheet = prepared.sheet;
        if (sheet && sheet->examMode == ExamMode::Paper) {
            // 纸质试卷: countersigned at close by a listed proctor or administrator; inside, two
            // answer entries by two different listed staff and the settled differences, which
            // must give exactly the answers the sheet scores (shared/paper).
            std::string why;
            const paper::StaffLookup lookup = [&](const crypto::SigningPublicKey& key) {
                auto listed = enrolledKey(key, siteId);
                return listed ? std::optional<paper::StaffMember>({listed->second, listed->first})
                              : std::nullopt;
            };
            if (!paper::verifyPaperSheet(document, *sheet, lookup, &why))
                return why;
        } else if (role != "kiosk") {
            return "signer is not a kiosk enrolled for this site";
        }
        if (!sheet)
            return "score sheet does not parse: " + prepared.sheetError;
        if (sheet->siteId != siteId || sheet->sheetId != document.id)
            return "score sheet names another site or id";
        planId = sheet->planId;
        return {};
    }
    if (document.kind == practical::PracticalSheet::kind) {
        // Countersigned by the proctor at close; every mark inside by its grader's own key.
        if (!byStaff)
            return "signer is not a proctor or administrator enrolled for this site (staff list)";
        std::string why;
        auto sheet = practical::verifyPracticalSheet(document, &why);
        if (!sheet)
            return "practical sheet does not check out: " + why;
        if (sheet->siteId != siteId)
            return "practical sheet names another site";
        for (const auto& [name, hex] : sheet->graders) {
            auto key = crypto::fromHex(hex);
            if (!key || key->size() != 32)
                return "practical sheet: grader " + name + " has no valid key";
            crypto::SigningPublicKey graderKey{};
            std::copy(key->begin(), key->end(), graderKey.begin());
            auto grader = enrolledKey(graderKey, siteId);
            if (!grader)
                if (auto gone = removalOf(graderKey, siteId))
                    return "practical sheet: grader refused: " + *gone;
            if (!grader || grader->first != "grader" || grader->second != name)
                return "practical sheet: " + name +
                       " is not a grader enrolled for this site under that name (staff list)";
        }
        planId = sheet->planId;
        return {};
    }
    if (document.kind == "session-record" || document.kind == "plan-confirmation" ||
        document.kind == "site-audit-log") {
        // Signed on site by the person who closed, confirmed or exported (or by the site).
        if (!bySite && !byStaff)
            return "signer is neither the site nor one of its enrolled proctors or administrators";
        auto body = json::parse(document.body, nullptr, false);
        if (body.is_discarded() || !body.is_object())
            return "body is not a JSON object";
        for (const char* field : {"site_id", "site"})
            if (auto named = body.find(field);
                named != body.end() && (!named->is_string() || *named != siteId))
                return "body names another site";
        for (const char* field : {"plan_id", "plan"})
            if (auto plan = body.find(field); plan != body.end() && plan->is_string())
                planId = plan->get<std::string>();
        return {};
    }
    return "unknown document kind";
}

bool HubStore::review(const std::string& kind, const std::string& id, bool approve,
                      const std::string& reason, const std::string& reviewer)
{
    store::Transaction tx(m_db);
    auto update = m_db.prepare("UPDATE documents SET review_state = ?3 WHERE kind = ?1 AND "
                               "doc_id = ?2");
    const std::string decision = approve ? "approved" : "returned";
    // Stored as 1 / 2 (schema/centre/006); documents_text reads it back as the decision.
    update.bind(1, std::string_view(kind)).bind(2, std::string_view(id)).bind(3, approve ? 1 : 2);
    if (update.execute() == 0)
        return false;
    auto log = m_db.prepare("INSERT INTO reviews (kind, doc_id, decision, reason, reviewer, "
                            "decided_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    log.bind(1, std::string_view(kind))
        .bind(2, std::string_view(id))
        .bind(3, std::string_view(decision))
        .bind(4, std::string_view(reason))
        .bind(5, std::string_view(reviewer))
        .bind(6, std::string_view(nowText()));
    log.execute();
    tx.commit();
    return true;
}

void logBatchOutcome(const BatchOutcome& outcome, std::string_view via)
{
    for (const auto& item : outcome.items)
        if (item.status == "rejected")
            logLine("hub", "rejected item " + std::to_string(item.index) + " (" +
                               (item.kind.empty() ? "?" : item.kind + " " + item.id) +
                               ") from site " + outcome.siteId + ": " + item.reason);
    logLine("hub", std::string(via) + " from site " + outcome.siteId + ": " +
                       std::to_string(outcome.count("stored")) + " stored, " +
                       std::to_string(outcome.count("duplicate")) + " duplicate, " +
                       std::to_string(outcome.count("rejected") + outcome.count("conflict")) +
                       " refused");
}

} // namespace examroom::centersync
