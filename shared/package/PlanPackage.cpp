#include "package/PlanPackage.h"

#include "crypto/KeyDerivation.h"
#include "crypto/KeyWrap.h"
#include "crypto/Secretbox.h"
#include "crypto/Sodium.h"
#include "package/AuthorizationPassword.h"
#include "package/Base64.h"
#include "package/SealedBank.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <sodium.h>
#include <sstream>
#include <stdexcept>

namespace examroom::package {
namespace {

using nlohmann::json;

std::string readWhole(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot read " + path.string());
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

json fileMapToJson(const FileMap& files)
{
    json out = json::object();
    for (const auto& [name, bytes] : files)
        out[name] = toBase64(crypto::asBytes(bytes));
    return out;
}

std::optional<FileMap> fileMapFromJson(const json& value)
{
    if (!value.is_object())
        return std::nullopt;
    FileMap files;
    for (const auto& [name, encoded] : value.items()) {
        if (!encoded.is_string() || name.empty())
            return std::nullopt;
        auto bytes = fromBase64(encoded.get<std::string>());
        if (!bytes)
            return std::nullopt;
        files[name] = std::string(bytes->begin(), bytes->end());
    }
    return files;
}

std::optional<PackageInfo> fail(std::string* error, std::string reason)
{
    if (error)
        *error = std::move(reason);
    return std::nullopt;
}

} // namespace

PackageInput collectPackageInput(const CentreFiles& files, std::string siteId, int version,
                                 std::string createdAt)
{
    PackageInput input;
    input.planId = files.plan.planId;
    input.siteId = std::move(siteId);
    input.version = version;
    input.createdAt = std::move(createdAt);
    auto open = [&](const std::string& name) {
        input.openFiles[name] = readWhole(files.dir / name);
    };
    open("plan.json");
    open("roster.csv");
    if (files.plan.practicalRubric)
        open(*files.plan.practicalRubric);
    for (const auto& candidate : files.roster)
        if (!candidate.photo.empty())
            open(candidate.photo);
    // The bank as the import read and checked it (sealed as a question table, not as CSV).
    input.bank = files.bank;
    for (const auto& question : files.bank.questions)
        if (!question.image.empty())
            input.sealedFiles[question.image] = readWhole(files.dir / question.image);
    return input;
}

BuiltPackage buildPlanPackage(const PackageInput& input, const crypto::SigningKeyPair& centreKey,
                              crypto::KdfStrength strength)
{
    auto dataKey = crypto::SecretBytes::random(crypto::kSecretboxKeyBytes);
    auto password = generatePassword();
    auto kdf = crypto::KdfParams::fresh(strength);
    auto kek = crypto::deriveKey(
        std::string_view(reinterpret_cast<const char*>(password.data()), password.size()), kdf);
    // The sealed part names its plan and site inside the box too, so a box lifted into
    // another package opens to something that says where it belongs. Binary (v3): the kiosk
    // opens it at unlock with one secretbox open and an index of the question table and the
    // images, no JSON, no base64, no CSV.
    auto sealed =
        encodeSealedBankV3(input.planId, input.siteId, input.bank.questions, input.sealedFiles);
    auto box = crypto::secretboxEncrypt(dataKey, sealed);
    sodium_memzero(sealed.data(), sealed.size());
    json body = {
        {"format", kPackageFormat},
        {"plan_id", input.planId},
        {"site_id", input.siteId},
        {"version", input.version},
        {"created_at", input.createdAt},
        {"files", fileMapToJson(input.openFiles)},
        {"bank", {{"cipher", "xsalsa20poly1305"}, {"box", toBase64(box)}}},
        {"data_key",
         {{"kdf", toBase64(kdf.toBytes())}, {"wrapped", toBase64(crypto::wrapKey(kek, dataKey))}}}};
    auto id = input.planId + "@" + input.siteId + "#" + std::to_string(input.version);
    return {signDocument(std::string(kPackageKind), id, body.dump(), centreKey),
            std::move(password)};
}

std::optional<PackageInfo> verifyPlanPackage(const SignedDocument& document,
                                             const crypto::SigningPublicKey& centre,
                                             std::string* error)
{
    if (document.kind != kPackageKind)
        return fail(error, "not a plan package (kind " + document.kind + ")");
    if (document.signer != centre)
        return fail(error, "signed by a key other than the trusted centre key");
    if (!verifySignature(document))
        return fail(error, "the centre's signature does not match the package");
    auto body = json::parse(document.body, nullptr, false);
    if (body.is_discarded() || !body.is_object())
        return fail(error, "body is not a JSON object");
    try {
        const auto format = body.at("format").get<std::string>();
        if (format != kPackageFormat && format != kPackageFormatV2 && format != kPackageFormatV1)
            return fail(error, "unknown package format " + format);
        PackageInfo info;
        info.planId = body.at("plan_id").get<std::string>();
        info.siteId = body.at("site_id").get<std::string>();
        info.version = body.at("version").get<int>();
        info.createdAt = body.at("created_at").get<std::string>();
        if (document.id != info.planId + "@" + info.siteId + "#" + std::to_string(info.version))
            return fail(error, "document id does not match plan, site and version");
        auto files = fileMapFromJson(body.at("files"));
        if (!files)
            return fail(error, "files: not a map of base64 contents");
        info.openFiles = std::move(*files);
        const auto& bank = body.at("bank");
        if (bank.at("cipher").get<std::string>() != "xsalsa20poly1305")
            return fail(error, "bank.cipher: unknown cipher");
        auto box = fromBase64(bank.at("box").get<std::string>());
        const auto& key = body.at("data_key");
        auto kdfBytes = fromBase64(key.at("kdf").get<std::string>());
        auto wrapped = fromBase64(key.at("wrapped").get<std::string>());
        if (!box || !kdfBytes || !wrapped)
            return fail(error, "bank or data_key: bad base64");
        auto kdf = crypto::KdfParams::fromBytes(*kdfBytes);
        if (!kdf)
            return fail(error, "data_key.kdf: not valid Argon2id parameters");
        info.kdf = *kdf;
        info.wrappedKey = std::move(*wrapped);
        info.sealedBank = std::move(*box);
        return info;
    } catch (const json::exception&) {
        return fail(error, "a required field is missing or has the wrong type");
    }
}

std::optional<crypto::SecretBytes> unwrapDataKey(const PackageInfo& info,
                                                 std::string_view typedPassword)
{
    auto password = normalizePassword(typedPassword);
    if (!password)
        return std::nullopt;
    auto kek = crypto::deriveKey(
        std::string_view(reinterpret_cast<const char*>(password->data()), password->size()),
        info.kdf);
    return crypto::unwrapKey(kek, info.wrappedKey);
}

std::optional<FileMap> openSealedFiles(const PackageInfo& info, std::string_view typedPassword)
{
    auto dataKey = unwrapDataKey(info, typedPassword);
    if (!dataKey)
        return std::nullopt;
    return openSealedFilesWithKey(info, *dataKey);
}

std::optional<FileMap> openSealedFilesWithKey(const PackageInfo& info,
                                              const crypto::SecretBytes& dataKey)
{
    auto bank = OpenedBank::open(dataKey, info.sealedBank, info.planId, info.siteId);
    if (!bank)
        return std::nullopt;
    return bank->copyFiles();
}

std::optional<OpenedBank> openSealedBank(const PackageInfo& info,
                                         const crypto::SecretBytes& dataKey, std::string* error)
{
    return OpenedBank::open(dataKey, info.sealedBank, info.planId, info.siteId, error);
}

QuestionBank sealedQuestionBank(const OpenedBank& bank, Diagnostics& diagnostics)
{
    if (bank.hasQuestionTable())
        return bank.questionBank();
    const auto csv = bank.files().find("bank.csv");
    if (csv == bank.files().end()) {
        diagnostics.error({"bank.csv", 0, 0}, "the sealed bank holds no bank.csv");
        return {};
    }
    return readBank(csv->second, "bank.csv", FileSource(bank.files(), {}), diagnostics);
}

CentreImport importUnlocked(const FileSource& openFiles, const OpenedBank& bank, const Clock& clock)
{
    if (bank.hasQuestionTable())
        return importCentreFiles(openFiles, clock, bank.questionBank());
    CentreImport result;
    auto questions = sealedQuestionBank(bank, result.diagnostics);
    if (result.diagnostics.hasErrors())
        return result; // the sealed bank.csv is wrong: nothing of the rest is worth reading
    return importCentreFiles(openFiles, clock, std::move(questions));
}

} // namespace examroom::package
