#include "site/Outbox.h"

#include "site/SessionRows.h"
#include "store/Database.h"

namespace examroom::site {

void Outbox::queue(const SignedDocument& document, std::chrono::sys_seconds now)
{
    auto insert = m_db.prepare("INSERT OR IGNORE INTO outbox (kind, doc_id, document, queued_at) "
                               "VALUES (?, ?, ?, ?)");
    insert.bind(1, std::string_view(document.kind))
        .bind(2, std::string_view(document.id))
        .bind(3, std::string_view(document.toJson()))
        .bind(4, unixSeconds(now));
    insert.execute();
}

std::vector<SignedDocument> Outbox::waiting()
{
    std::vector<SignedDocument> out;
    auto read = m_db.prepare(
        "SELECT document FROM outbox WHERE taken_at IS NULL ORDER BY queued_at, kind, doc_id");
    while (read.step())
        if (auto doc = SignedDocument::fromJson(read.columnText(0)))
            out.push_back(std::move(*doc));
    return out;
}

int Outbox::waitingCount()
{
    auto read = m_db.prepare("SELECT count(*) FROM outbox WHERE taken_at IS NULL");
    read.step();
    return int(read.columnInt64(0));
}

void Outbox::markTaken(const SignedDocument& document, std::chrono::sys_seconds now)
{
    // (kind, id) names the bytes: queue() never replaces a queued document.
    auto update = m_db.prepare(
        "UPDATE outbox SET taken_at = ? WHERE kind = ? AND doc_id = ? AND taken_at IS NULL");
    update.bind(1, unixSeconds(now))
        .bind(2, std::string_view(document.kind))
        .bind(3, std::string_view(document.id));
    update.execute();
}

} // namespace examroom::site
