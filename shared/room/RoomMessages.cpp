#include "room/RoomMessages.h"

#include "crypto/Fingerprint.h"
#include "crypto/Hex.h"
#include "crypto/SecretBytes.h"
#include "room/WireCodec.h"

#include <array>
#include <cstdio>

namespace examroom::room {

using detail::field;
using json = nlohmann::json;

json KioskStatus::toJson() const
{
    return {{"state", state},
            {"room", roomId},
            {"seat", seatNo},
            {"ticket", ticketNo},
            {"attempt", attempt},
            {"question", questionIndex},
            {"answered", answeredCount},
            {"questions", questionCount},
            {"remaining_ms", remainingMs},
            {"elapsed_ms", elapsedMs},
            {"last_save_age_ms", lastSaveAgeMs},
            {"downtime_ms", downtimeMs},
            {"version", appVersion},
            {"free_disk", freeDiskBytes},
            {"wall_ms", wallClockMs},
            {"tts", ttsAvailable},
            {"tts_checking", ttsChecking},
            {"screen_w", screenWidth},
            {"screen_h", screenHeight},
            {"provisioned", provisionedSession},
            {"unlocked", unlocked},
            {"hand", handRaised},
            {"outbox", outboxPending}};
}

std::optional<KioskStatus> KioskStatus::fromJson(const json& value)
{
    if (!value.is_object())
        return std::nullopt;
    KioskStatus s;
    bool ok = true;
    auto read = [&](const char* key, auto& target) {
        using T = std::decay_t<decltype(target)>;
        if (!value.contains(key))
            return;
        if (auto v = field<T>(value, key))
            target = *v;
        else
            ok = false;
    };
    read("state", s.state);
    read("room", s.roomId);
    read("seat", s.seatNo);
    read("ticket", s.ticketNo);
    read("attempt", s.attempt);
    read("question", s.questionIndex);
    read("answered", s.answeredCount);
    read("questions", s.questionCount);
    read("remaining_ms", s.remainingMs);
    read("elapsed_ms", s.elapsedMs);
    read("last_save_age_ms", s.lastSaveAgeMs);
    read("downtime_ms", s.downtimeMs);
    read("version", s.appVersion);
    read("free_disk", s.freeDiskBytes);
    read("wall_ms", s.wallClockMs);
    read("tts", s.ttsAvailable);
    read("tts_checking", s.ttsChecking); // absent (older kiosks): decided
    read("screen_w", s.screenWidth);
    read("screen_h", s.screenHeight);
    read("provisioned", s.provisionedSession);
    read("unlocked", s.unlocked);
    read("hand", s.handRaised);
    read("outbox", s.outboxPending);
    if (!ok)
        return std::nullopt;
    return s;
}

std::string pairingStatement(const std::string& code, const crypto::CurvePublicKey& kioskCurve,
                             const crypto::CurvePublicKey& consoleKey)
{
    std::string text = "examroom.room.pair.v1";
    text.push_back('\0');
    text += code;
    text.push_back('\0');
    text += crypto::toHex(kioskCurve);
    text.push_back('\0');
    text += crypto::toHex(consoleKey);
    return text;
}

json PairingRequest::toJson() const
{
    return {{"code", code},
            {"fingerprint", fingerprint},
            {"curve_key", crypto::toHex(curveKey)},
            {"signing_key", crypto::toHex(signingKey)},
            {"signature", crypto::toHex(signature)},
            {"version", appVersion}};
}

std::optional<PairingRequest> PairingRequest::fromJson(const json& value)
{
    PairingRequest r;
    auto code = field<std::string>(value, "code");
    auto fp = field<std::string>(value, "fingerprint");
    auto curve = detail::keyFromHex<32>(value, "curve_key");
    auto signing = detail::keyFromHex<32>(value, "signing_key");
    auto signature = detail::keyFromHex<64>(value, "signature");
    if (!code || !fp || !curve || !signing || !signature || code->size() != 6)
        return std::nullopt;
    for (char c : *code)
        if (c < '0' || c > '9')
            return std::nullopt;
    r.code = *code;
    r.fingerprint = *fp;
    r.curveKey = *curve;
    r.signingKey = *signing;
    r.signature = *signature;
    r.appVersion = field<std::string>(value, "version").value_or("");
    return r;
}

bool PairingRequest::verify(const crypto::CurvePublicKey& consoleKey) const
{
    if (crypto::fingerprint(signingKey) != fingerprint)
        return false;
    const auto statement = pairingStatement(code, curveKey, consoleKey);
    return crypto::verify(signingKey, crypto::asBytes(statement), signature);
}

crypto::ByteVector ProvisionBundle::encode() const
{
    json files_ = json::object();
    for (const auto& [name, bytes] : files)
        files_[name] = detail::toBase64(crypto::asBytes(bytes));
    json body = {{"format", "examroom.room.bundle.v1"},
                 {"session_id", sessionId},
                 {"plan_id", planId},
                 {"site_id", siteId},
                 {"room_id", roomId},
                 {"judged_at", judgedAt},
                 {"files", files_},
                 {"sealed_bank", detail::toBase64(sealedBank)}};
    const std::string text = body.dump();
    return crypto::ByteVector(text.begin(), text.end());
}

std::optional<ProvisionBundle> ProvisionBundle::decode(crypto::ByteSpan bytes, std::string* error)
{
    auto fail = [&](const char* why) -> std::optional<ProvisionBundle> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    auto body = json::parse(bytes.begin(), bytes.end(), nullptr, false);
    if (body.is_discarded() || !body.is_object())
        return fail("the bundle is not a JSON object");
    if (field<std::string>(body, "format").value_or("") != "examroom.room.bundle.v1")
        return fail("unknown bundle format");
    ProvisionBundle b;
    auto session = field<std::string>(body, "session_id");
    auto plan = field<std::string>(body, "plan_id");
    auto site = field<std::string>(body, "site_id");
    auto room = field<std::string>(body, "room_id");
    auto judged = field<std::string>(body, "judged_at");
    auto sealed = field<std::string>(body, "sealed_bank");
    if (!session || !plan || !site || !room || !judged || !sealed || !body.contains("files") ||
        !body["files"].is_object())
        return fail("a bundle field is missing or has the wrong type");
    b.sessionId = *session;
    b.planId = *plan;
    b.siteId = *site;
    b.roomId = *room;
    b.judgedAt = *judged;
    auto bank = detail::fromBase64(*sealed);
    if (!bank)
        return fail("sealed_bank: bad base64");
    b.sealedBank = std::move(*bank);
    for (const auto& [name, value] : body["files"].items()) {
        if (!value.is_string())
            return fail("files: not base64 text");
        auto content = detail::fromBase64(value.get<std::string>());
        if (!content)
            return fail("files: bad base64");
        b.files[name] = std::string(content->begin(), content->end());
    }
    return b;
}

json SeedGrant::toJson() const
{
    json items_ = json::array();
    for (const auto& item : items)
        items_.push_back({{"i", item.index}, {"c", item.choices}, {"f", item.flagged}});
    return {{"grant", grantId},   {"ticket", ticketNo},      {"seed", crypto::toHex(seed)},
            {"attempt", attempt}, {"elapsed_ms", elapsedMs}, {"extension_ms", extensionMs},
            {"items", items_}};
}

std::optional<SeedGrant> SeedGrant::fromJson(const json& value)
{
    SeedGrant g;
    auto id = field<std::string>(value, "grant");
    auto ticket = field<std::string>(value, "ticket");
    auto seedHex = field<std::string>(value, "seed");
    auto attempt = field<int>(value, "attempt");
    auto elapsed = field<std::int64_t>(value, "elapsed_ms");
    auto extension = field<std::int64_t>(value, "extension_ms");
    if (!id || !ticket || !seedHex || !attempt || !elapsed || !extension)
        return std::nullopt;
    auto seed = crypto::fromHex(*seedHex);
    if (!seed || seed->size() != 32 || *elapsed < 0 || *extension < 0)
        return std::nullopt;
    g.grantId = *id;
    g.ticketNo = *ticket;
    g.seed = std::move(*seed);
    g.attempt = *attempt;
    g.elapsedMs = *elapsed;
    g.extensionMs = *extension;
    if (value.contains("items")) {
        if (!value["items"].is_array())
            return std::nullopt;
        for (const auto& item : value["items"]) {
            auto i = field<int>(item, "i");
            auto c = field<std::uint8_t>(item, "c");
            auto f = field<bool>(item, "f");
            if (!i || !c || !f || *i < 0)
                return std::nullopt;
            g.items.push_back({*i, *c, *f});
        }
    }
    return g;
}

namespace {
constexpr std::array<std::pair<CommandKind, std::string_view>, 7> commandNames{{
    {CommandKind::Extend, "extend"},
    {CommandKind::Pause, "pause"},
    {CommandKind::Resume, "resume"},
    {CommandKind::ForceSubmit, "force-submit"},
    {CommandKind::Lock, "lock"},
    {CommandKind::Unlock, "unlock"},
    {CommandKind::Release, "release"},
}};
constexpr std::array<std::pair<LoginVerdict, std::string_view>, 4> verdictNames{{
    {LoginVerdict::Accepted, "accepted"},
    {LoginVerdict::LoggedInElsewhere, "elsewhere"},
    {LoginVerdict::AlreadySubmitted, "submitted"},
    {LoginVerdict::NotInSession, "not-in-session"},
}};
} // namespace

std::string_view name(CommandKind kind)
{
    for (const auto& [k, n] : commandNames)
        if (k == kind)
            return n;
    return "?";
}

std::optional<CommandKind> commandKindFromName(std::string_view text)
{
    for (const auto& [k, n] : commandNames)
        if (n == text)
            return k;
    return std::nullopt;
}

std::string_view name(LoginVerdict verdict)
{
    for (const auto& [k, n] : verdictNames)
        if (k == verdict)
            return n;
    return "?";
}

std::optional<LoginVerdict> loginVerdictFromName(std::string_view text)
{
    for (const auto& [k, n] : verdictNames)
        if (n == text)
            return k;
    return std::nullopt;
}

json ProctorCommand::toJson() const
{
    return {{"id", commandId},
            {"kind", name(kind)},
            {"ticket", ticketNo},
            {"minutes", minutes},
            {"reason", reason}};
}

std::optional<ProctorCommand> ProctorCommand::fromJson(const json& value)
{
    auto id = field<std::string>(value, "id");
    auto kindText = field<std::string>(value, "kind");
    if (!id || !kindText || id->empty())
        return std::nullopt;
    auto kind = commandKindFromName(*kindText);
    if (!kind)
        return std::nullopt;
    ProctorCommand c;
    c.commandId = *id;
    c.kind = *kind;
    c.ticketNo = field<std::string>(value, "ticket").value_or("");
    c.minutes = field<int>(value, "minutes").value_or(0);
    c.reason = field<std::string>(value, "reason").value_or("");
    return c;
}

json entryToJson(const JournalEntry& entry)
{
    return {{"attempt", entry.attempt},
            {"seq", entry.seq},
            {"kind", entry.kind},
            {"payload", entry.payload},
            {"mono_ms", entry.monoMs},
            {"boot", entry.bootId},
            {"prev", crypto::toHex(entry.prevHash)},
            {"hash", crypto::toHex(entry.hash)}};
}

std::optional<JournalEntry> entryFromJson(const json& value)
{
    auto attempt = field<std::string>(value, "attempt");
    auto seq = field<std::int64_t>(value, "seq");
    auto kind = field<std::string>(value, "kind");
    auto payload = field<std::string>(value, "payload");
    auto mono = field<std::int64_t>(value, "mono_ms");
    auto boot = field<std::string>(value, "boot");
    auto prev = field<std::string>(value, "prev");
    auto hash = field<std::string>(value, "hash");
    if (!attempt || !seq || !kind || !payload || !mono || !boot || !prev || !hash)
        return std::nullopt;
    auto prevBytes = crypto::fromHex(*prev);
    auto hashBytes = crypto::fromHex(*hash);
    if (!prevBytes || !hashBytes || prevBytes->size() != 32 || hashBytes->size() != 32)
        return std::nullopt;
    JournalEntry e;
    e.attempt = *attempt;
    e.seq = *seq;
    e.kind = *kind;
    e.payload = *payload;
    e.monoMs = *mono;
    e.bootId = *boot;
    e.prevHash = std::move(*prevBytes);
    e.hash = std::move(*hashBytes);
    return e;
}

std::string makePairingCode()
{
    auto random = crypto::SecretBytes::random(4);
    std::uint32_t value = 0;
    for (std::size_t i = 0; i < 4; ++i)
        value = (value << 8) | random.data()[i];
    char text[8];
    std::snprintf(text, sizeof text, "%06u", unsigned(value % 1000000u));
    return text;
}

} // namespace examroom::room
