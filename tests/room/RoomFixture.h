#pragma once

// In-process room link: a RoomServer and RoomClients over 127.0.0.1, pumped by hand.

#include "crypto/Secretbox.h"
#include "exam/KioskStore.h"
#include "room/RoomClient.h"
#include "room/RoomServer.h"
#include "room/WireCodec.h"
#include "TestSupport.h"

#include <chrono>
#include <doctest/doctest.h>
#include <functional>
#include <memory>
#include <poll.h>
#include <vector>

namespace examroom::test {

// The events one side received, in order.
struct ServerLog
{
    std::vector<room::RoomEvent> events;
    template <typename T> std::vector<T> all() const
    {
        std::vector<T> out;
        for (const auto& e : events)
            if (auto p = std::get_if<T>(&e))
                out.push_back(*p);
        return out;
    }
    template <typename T> std::size_t count() const { return all<T>().size(); }
};

// A kiosk: its store and its client, with the events it received.
struct TestKiosk
{
    std::unique_ptr<KioskStore> store;
    std::unique_ptr<room::RoomClient> client;
    std::vector<room::ClientEvent> events;
    room::KioskStatus status;
    int applied = 0;
    bool applyResult = true;
    crypto::ByteVector lastUnlockKey;

    template <typename T> std::size_t count() const
    {
        std::size_t n = 0;
        for (const auto& e : events)
            n += std::holds_alternative<T>(e);
        return n;
    }

    void connect(const std::filesystem::path& dir, room::RoomClientOptions options)
    {
        if (!store)
            store = KioskStore::open(dir);
        client = std::make_unique<room::RoomClient>(
            store->database(), store->curveKey(), store->signingKey(), std::move(options),
            [this](const room::ClientEvent& event, std::string& why) {
                events.push_back(event);
                if (auto unlocked = std::get_if<room::Unlocked>(&event))
                    lastUnlockKey.assign(unlocked->dataKey->data(),
                                         unlocked->dataKey->data() + unlocked->dataKey->size());
                if (std::holds_alternative<room::SeedArrived>(event) ||
                    std::holds_alternative<room::CommandArrived>(event)) {
                    ++applied;
                    if (!applyResult)
                        why = "refused by the test";
                    return applyResult;
                }
                return true;
            },
            [this] { return status; });
    }
};

// Pumps every side until `done` or the deadline; false on timeout.
inline bool pumpUntil(const std::function<void()>& pump, const std::function<bool()>& done,
                      const std::vector<int>& fds,
                      std::chrono::milliseconds limit = std::chrono::milliseconds(10000))
{
    const auto deadline = std::chrono::steady_clock::now() + limit;
    while (std::chrono::steady_clock::now() < deadline) {
        pump();
        if (done())
            return true;
        std::vector<pollfd> polls;
        for (int fd : fds)
            if (fd >= 0)
                polls.push_back({fd, POLLIN, 0});
        ::poll(polls.data(), polls.size(), 20); // a wake-up or the next timer round
    }
    return false;
}

// A bundle whose sealed bank opens with `dataKey`.
inline room::ProvisionBundle sampleBundle(const crypto::SecretBytes& dataKey,
                                          std::size_t padding = 0)
{
    room::ProvisionBundle b;
    b.sessionId = "P1/R1";
    b.planId = "P1";
    b.siteId = "S1";
    b.roomId = "R1";
    b.judgedAt = "2026-12-08T08:00:00+08:00";
    b.files["plan.json"] = "{\"plan\":1}" + std::string(padding, ' ');
    b.files["roster.csv"] = "ticket\nT1\n";
    const std::string bank = "bank.csv contents";
    nlohmann::json sealed = {
        {"format", "examroom.plan-package.v1.bank"},
        {"plan_id", "P1"},
        {"site_id", "S1"},
        {"files", {{"bank.csv", room::detail::toBase64(crypto::asBytes(bank))}}}};
    const auto text = sealed.dump();
    b.sealedBank = crypto::secretboxEncrypt(dataKey, crypto::asBytes(text));
    return b;
}

} // namespace examroom::test
