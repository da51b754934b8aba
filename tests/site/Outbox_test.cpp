#include "documents/SignedDocument.h"
#include "site/Outbox.h"
#include "SiteTestSupport.h"

using namespace examroom;

TEST_CASE_FIXTURE(test::SiteFixture, "an outbox document marked taken no longer waits")
{
    site::Outbox outbox(store->database());
    auto key = crypto::SigningKeyPair::generate();
    auto first = signDocument("session-record", "P1/R1", R"({"n":1})", key);
    auto second = signDocument("session-record", "P1/R2", R"({"n":2})", key);
    outbox.queue(first, clock.now());
    outbox.queue(second, clock.now());
    REQUIRE(outbox.waiting().size() == 2);
    CHECK(outbox.waitingCount() == 2);

    outbox.markTaken(first, clock.now());
    CHECK(outbox.waitingCount() == 1);
    auto waiting = outbox.waiting();
    REQUIRE(waiting.size() == 1);
    CHECK(waiting[0].id == "P1/R2");
    // Marking again, or queueing the taken document again, changes nothing.
    outbox.markTaken(first, clock.now());
    outbox.queue(first, clock.now());
    CHECK(outbox.waiting().size() == 1);
}
