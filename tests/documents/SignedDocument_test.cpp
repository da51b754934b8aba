#include "crypto/Hasher.h"
#include "crypto/Hex.h"
#include "documents/ScoreSheet.h"
#include "documents/SignedDocument.h"
#include "SampleSheet.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <regex>

using namespace examroom;

using test::sampleSheet;

TEST_CASE("a signed document verifies and survives its JSON envelope")
{
    auto key = crypto::SigningKeyPair::generate();
    auto document = signDocument("receipt", "r-1", "{\"a\":1}", key);
    CHECK(verifySignature(document));
    auto parsed = SignedDocument::fromJson(document.toJson());
    REQUIRE(parsed);
    CHECK(parsed->body == document.body);
    CHECK(parsed->signer == key.publicKey());
    CHECK(verifySignature(*parsed));
    CHECK(parsed->contentHash() == document.contentHash());
}

TEST_CASE("changing any byte of the body or the kind or the id breaks the signature")
{
    auto key = crypto::SigningKeyPair::generate();
    auto document =
        signDocument("knowledge-score-sheet", "s-1", sampleSheet().toBody(SheetForm::JsonV1), key);
    for (std::size_t i = 0; i < document.body.size(); ++i) {
        auto tampered = document;
        tampered.body[i] = char(tampered.body[i] ^ 0x01);
        CHECK_FALSE(verifySignature(tampered));
    }
    auto otherKind = document;
    otherKind.kind = "receipt";
    CHECK_FALSE(verifySignature(otherKind));
    auto otherId = document;
    otherId.id = "s-2";
    CHECK_FALSE(verifySignature(otherId));
    auto otherSigner = document;
    otherSigner.signer = crypto::SigningKeyPair::generate().publicKey();
    CHECK_FALSE(verifySignature(otherSigner));
}

TEST_CASE("an envelope that is not one is refused")
{
    CHECK_FALSE(SignedDocument::fromJson("not json"));
    CHECK_FALSE(SignedDocument::fromJson("[]"));
    CHECK_FALSE(SignedDocument::fromJson("{\"format\":\"examroom.document.v1\"}"));
    auto key = crypto::SigningKeyPair::generate();
    auto envelope = nlohmann::json::parse(signDocument("k", "i", "b", key).toJson());
    envelope["signature"] = "abcd";
    CHECK_FALSE(SignedDocument::fromJson(envelope.dump()));
    envelope = nlohmann::json::parse(signDocument("k", "i", "b", key).toJson());
    envelope["format"] = "examroom.document.v2";
    CHECK_FALSE(SignedDocument::fromJson(envelope.dump()));
}

TEST_CASE("a score sheet round-trips through its canonical JSON byte for byte")
{
    auto sheet = sampleSheet();
    auto text = sheet.toBody(SheetForm::JsonV1);
    std::string error;
    auto parsed = ScoreSheet::fromBody(text, &error);
    REQUIRE_MESSAGE(parsed, error);
    CHECK(parsed->toBody(SheetForm::JsonV1) == text);
    CHECK(parsed->name == "孟勇");
    CHECK(parsed->answers.size() == 3);
    CHECK(parsed->score() == 2.0);
}

TEST_CASE("a score sheet whose numbers do not add up is refused")
{
    auto sheet = sampleSheet();
    sheet.scoreHalfPoints = 10;
    std::string error;
    CHECK_FALSE(ScoreSheet::fromBody(sheet.toBody(SheetForm::JsonV1), &error));
    CHECK(error.find("add up") != std::string::npos);

    sheet = sampleSheet();
    sheet.passed = true;
    CHECK_FALSE(ScoreSheet::fromBody(sheet.toBody(SheetForm::JsonV1), &error));
    CHECK(error.find("passed") != std::string::npos);

    sheet = sampleSheet();
    sheet.attempt = 3;
    CHECK_FALSE(ScoreSheet::fromBody(sheet.toBody(SheetForm::JsonV1), &error));

    auto json = nlohmann::json::parse(sampleSheet().toBody(SheetForm::JsonV1));
    json.erase("ticket_no");
    CHECK_FALSE(ScoreSheet::fromBody(json.dump(), &error));
    CHECK(error.find("missing") != std::string::npos);
}

TEST_CASE("a score sheet says whether it was sat on a kiosk or on paper")
{
    auto sheet = sampleSheet();
    CHECK(nlohmann::json::parse(sheet.toBody(SheetForm::JsonV1))["exam_mode"] == "kiosk");
    sheet.examMode = ExamMode::Paper;
    sheet.paperRecords = {"{\"entry\":1}", "{\"entry\":2}"};
    std::string error;
    auto parsed = ScoreSheet::fromBody(sheet.toBody(SheetForm::JsonV1), &error);
    REQUIRE_MESSAGE(parsed, error);
    CHECK(parsed->examMode == ExamMode::Paper);
    CHECK(parsed->paperRecords == sheet.paperRecords);
    CHECK(parsed->toBody(SheetForm::JsonV1) == sheet.toBody(SheetForm::JsonV1));

    // A sheet from before the field existed reads as a kiosk sheet.
    auto old = nlohmann::json::parse(sampleSheet().toBody(SheetForm::JsonV1));
    old.erase("exam_mode");
    old.erase("paper_records");
    parsed = ScoreSheet::fromBody(old.dump(), &error);
    REQUIRE_MESSAGE(parsed, error);
    CHECK(parsed->examMode == ExamMode::Kiosk);

    auto odd = nlohmann::json::parse(sampleSheet().toBody(SheetForm::JsonV1));
    odd["exam_mode"] = "pencil";
    CHECK_FALSE(ScoreSheet::fromBody(odd.dump(), &error));
    CHECK(error.find("pencil") != std::string::npos);
    odd["exam_mode"] = "kiosk";
    odd["paper_records"] = {"x"};
    CHECK_FALSE(ScoreSheet::fromBody(odd.dump(), &error));
    CHECK(error.find("paper records") != std::string::npos);
}

TEST_CASE("a receipt code is eight unambiguous characters in two groups")
{
    auto key = crypto::SigningKeyPair::generate();
    auto a = sampleSheet().sign(key);
    auto code = receiptCode(a);
    CHECK(std::regex_match(code, std::regex("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}")));
    CHECK(receiptCode(a) == code);
    auto other = sampleSheet();
    other.seatNo = 8;
    CHECK(receiptCode(other.sign(key)) != code);
}

TEST_CASE("an envelope skips unknown keys and refuses a repeated or mistyped one")
{
    auto key = crypto::SigningKeyPair::generate();
    auto document = signDocument("k", "i", "{\"a\":[1,{\"b\":null}]}", key);
    auto envelope = nlohmann::json::parse(document.toJson());
    envelope["note"] = {{"nested", {1, 2, {{"kind", "other"}}}}, {"id", nullptr}};
    auto parsed = SignedDocument::fromJson(envelope.dump());
    REQUIRE(parsed);
    CHECK(parsed->kind == "k");
    CHECK(parsed->id == "i");
    CHECK(parsed->body == document.body);
    CHECK(verifySignature(*parsed));

    // Two readers must never see two documents in one text.
    auto text = document.toJson();
    auto repeated = text;
    repeated.insert(1, "\"kind\":\"receipt\",");
    CHECK_FALSE(SignedDocument::fromJson(repeated));
    for (const char* field : {"format", "kind", "id", "body", "signer", "signature"}) {
        auto mistyped = nlohmann::json::parse(text);
        mistyped[field] = 1;
        CHECK_FALSE(SignedDocument::fromJson(mistyped.dump()));
        mistyped[field] = {{"x", 1}};
        CHECK_FALSE(SignedDocument::fromJson(mistyped.dump()));
        auto missing = nlohmann::json::parse(text);
        missing.erase(field);
        CHECK_FALSE(SignedDocument::fromJson(missing.dump()));
    }
    CHECK_FALSE(SignedDocument::fromJson(text + " {}"));
    CHECK_FALSE(SignedDocument::fromJson("\"" + text + "\""));
    CHECK_FALSE(SignedDocument::fromJson(""));
}

TEST_CASE("the content hash is the BLAKE2b of the signed message and the signature")
{
    auto key = crypto::SigningKeyPair::generate();
    auto document = signDocument("kind", "id", "body bytes", key);
    crypto::Hasher hasher(32);
    const std::string message("examroom.document.v1\0kind\0id\0body bytes", 39);
    hasher.update(crypto::asBytes(message));
    hasher.update(document.signer);
    hasher.update(document.signature);
    CHECK(document.contentHash() == crypto::toHex(hasher.finish()));
    CHECK(receiptCode(document) == receiptCode(document.contentHash()));
    CHECK_THROWS_AS(receiptCode(std::string_view("XYZ")), std::invalid_argument);
}

TEST_CASE("a score sheet reads the same with unknown fields anywhere in it")
{
    auto text = sampleSheet().toBody(SheetForm::JsonV1);
    auto json = nlohmann::json::parse(text);
    json["comment"] = {{"answers", {1, 2}}, {"passed", "yes"}};
    json["answers"][1]["extra"] = {{"question", {"Q9"}}};
    json["answers"][2]["note"] = nullptr;
    std::string error;
    auto parsed = ScoreSheet::fromBody(json.dump(), &error);
    REQUIRE_MESSAGE(parsed, error);
    CHECK(parsed->toBody(SheetForm::JsonV1) == text);
}

TEST_CASE("a score sheet with a repeated field or a value of the wrong type is refused")
{
    const auto text = sampleSheet().toBody(SheetForm::JsonV1);
    auto refused = [](const std::string& candidate, const std::string& expected) {
        std::string error;
        CHECK_FALSE(ScoreSheet::fromBody(candidate, &error));
        CHECK_MESSAGE(error.find(expected) != std::string::npos, error);
    };
    refused("[" + text + "]", "not a JSON object");
    refused("\"sheet\"", "not a JSON object");
    refused(text.substr(0, text.size() - 1), "not a JSON object");
    refused("{\"seat_no\":1," + text.substr(1), "seat_no appears twice");

    auto json = nlohmann::json::parse(text);
    auto with = [&](const std::string& field, const nlohmann::json& value) {
        auto changed = json;
        changed[field] = value;
        return changed.dump();
    };
    refused(with("seat_no", 7.0), "mistyped field: seat_no");
    refused(with("seat_no", 4294967303LL), "mistyped field: seat_no");
    refused(with("seat_no", "7"), "mistyped field: seat_no");
    refused(with("attempt", -9223372036854775807LL), "mistyped field: attempt");
    refused(with("name", nullptr), "mistyped field: name");
    refused(with("name", {"孟勇"}), "mistyped field: name");
    refused(with("passed", 0), "mistyped field: passed");
    refused(with("answers", nlohmann::json::object()), "mistyped field: answers");
    refused(with("answers", nullptr), "mistyped field: answers");
    refused(with("format", "examroom.score-sheet.v2"), "format");

    auto answers = json["answers"];
    answers[0] = "LV0001";
    refused(with("answers", answers), "answer 1 is not an object");
    answers = json["answers"];
    answers[1].erase("chosen");
    refused(with("answers", answers), "answer 2 lacks");
    answers = json["answers"];
    answers[2]["correct"] = "false";
    refused(with("answers", answers), "answer 3: correct is mistyped");
    auto repeatedAnswerKey = text;
    auto at = repeatedAnswerKey.find("\"question\"");
    repeatedAnswerKey.insert(at, "\"question\":\"LV0009\",");
    refused(repeatedAnswerKey, "question twice");
}

TEST_CASE("a score sheet with escaped text reads its characters")
{
    auto json = nlohmann::json::parse(sampleSheet().toBody(SheetForm::JsonV1));
    auto text = json.dump(-1, ' ', true); // every non-ASCII character as \uXXXX
    REQUIRE(text.find("\\u5b5f") != std::string::npos);
    auto parsed = ScoreSheet::fromBody(text);
    REQUIRE(parsed);
    CHECK(parsed->name == "孟勇");
    CHECK(parsed->toBody(SheetForm::JsonV1) == sampleSheet().toBody(SheetForm::JsonV1));
}

TEST_CASE("a signed document survives its binary form with the same hash and signature")
{
    auto key = crypto::SigningKeyPair::generate();
    // A body with quotes, a line break and a NUL: the binary form carries it as it is.
    const char raw[] = "{\"a\":\"x\\ny\"}\n\0end";
    const std::string body(raw, sizeof raw - 1);
    auto document = signDocument("knowledge-score-sheet", "P/T/1", body, key);
    const auto bytes = document.toBinary();
    CHECK(bytes.starts_with(kBinaryDocumentMagic));
    CHECK(bytes.size() ==
          4 + 2 + document.kind.size() + 2 + document.id.size() + 32 + 64 + 4 + body.size());
    auto parsed = SignedDocument::fromBinary(bytes);
    REQUIRE(parsed);
    CHECK(parsed->kind == document.kind);
    CHECK(parsed->id == document.id);
    CHECK(parsed->body == body);
    CHECK(verifySignature(*parsed));
    CHECK(parsed->contentHash() == document.contentHash());
    // The JSON envelope of the same document has the same hash: the encoding is not signed.
    CHECK(SignedDocument::fromJson(document.toJson())->toBinary() == bytes);
}

TEST_CASE("a binary document cut short or followed by bytes or with a bad name is refused")
{
    auto key = crypto::SigningKeyPair::generate();
    const auto bytes = signDocument("receipt", "r-1", "{}", key).toBinary();
    std::string error;
    for (std::size_t size = 0; size < bytes.size(); ++size) {
        error.clear();
        CHECK_FALSE(SignedDocument::fromBinary(std::string_view(bytes).substr(0, size), &error));
        CHECK_FALSE(error.empty());
    }
    CHECK_FALSE(SignedDocument::fromBinary(bytes + "x", &error));
    CHECK(error == "bytes follow the document's body");
    auto wrongMagic = bytes;
    wrongMagic[0] = 'Y';
    CHECK_FALSE(SignedDocument::fromBinary(wrongMagic, &error));
    // A NUL in the kind would let "a\0b" + "c" sign the same message as "a" + "b\0c".
    auto nul = bytes;
    nul[6] = '\0';
    CHECK_FALSE(SignedDocument::fromBinary(nul, &error));
    CHECK(error == "the document's kind or id is empty or holds a NUL byte");
    // A kind or id that is not UTF-8 could not go into a receipt or a JSON envelope.
    auto notText = bytes;
    notText[6] = '\xb0';
    CHECK_FALSE(SignedDocument::fromBinary(notText, &error));
    CHECK(error == "the document's kind or id is not UTF-8 text");
    auto document = signDocument("receipt", "r-1", "{}", key);
    document.id = std::string("r\0"
                              "1",
                              3);
    CHECK_THROWS_AS((void)document.toBinary(), std::invalid_argument);
    document.id.clear();
    CHECK_THROWS_AS((void)document.toBinary(), std::invalid_argument);
}
