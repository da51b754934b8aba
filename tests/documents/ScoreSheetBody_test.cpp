// The knowledge score sheet's v2 body (CBOR, answers as arrays) beside the v1 JSON text a centre
// may still receive: both read to the same sheet, every check applies to both, and a v2 body
// that goes wrong says at which byte.
#include "crypto/Hex.h"
#include "documents/ScoreSheet.h"
#include "documents/SignedDocument.h"
#include "SampleSheet.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace examroom;
using nlohmann::json;

namespace {

using test::sampleSheet;

// A v2 body as a JSON value, to edit, and back: how a forger would write one.
json decoded(const std::string& body)
{
    REQUIRE(body.starts_with(kSheetCborMagic));
    return json::from_cbor(body.substr(kSheetCborMagic.size()));
}
std::string encoded(const json& value)
{
    std::string body(kSheetCborMagic);
    json::to_cbor(value, body);
    return body;
}

void refused(const std::string& body, const std::string& expected)
{
    std::string error;
    CHECK_FALSE(ScoreSheet::fromBody(body, &error));
    CHECK_MESSAGE(error.find(expected) != std::string::npos, error);
}

} // namespace

TEST_CASE("a v2 score sheet body is CBOR with compact answers and reads back the same")
{
    const auto sheet = sampleSheet();
    const auto body = sheet.toBody(SheetForm::CborV2);
    CHECK(body.starts_with(kSheetCborMagic));
    auto value = decoded(body);
    CHECK(value["format"] == "examroom.score-sheet.v2");
    CHECK(value["answers"][1] == json::array({"LV0035", "ABD", 0, false}));
    CHECK(body.size() < sheet.toBody(SheetForm::JsonV1).size());

    std::string error;
    auto parsed = ScoreSheet::fromBody(body, &error);
    REQUIRE_MESSAGE(parsed, error);
    CHECK(parsed->name == "孟勇");
    CHECK(parsed->answers.size() == 3);
    CHECK(parsed->answers[1].chosen == "ABD");
    CHECK(parsed->score() == 2.0);
    // Both forms of one sheet are the same sheet.
    auto fromV1 = ScoreSheet::fromBody(sheet.toBody(SheetForm::JsonV1), &error);
    REQUIRE_MESSAGE(fromV1, error);
    CHECK(fromV1->toBody(SheetForm::CborV2) == body);
    CHECK(parsed->toBody(SheetForm::JsonV1) == sheet.toBody(SheetForm::JsonV1));
}

TEST_CASE("the same score sheet always gives the same v2 bytes")
{
    auto sheet = sampleSheet();
    const auto body = sheet.toBody(SheetForm::CborV2);
    CHECK(sampleSheet().toBody(SheetForm::CborV2) == body);
    CHECK(ScoreSheet::fromBody(body)->toBody(SheetForm::CborV2) == body);
    // The shortest integer forms and definite lengths, as RFC 8949's preferred serialisation.
    CHECK(encoded(decoded(body)) == body);
    sheet.seatNo = 8;
    CHECK(sheet.toBody(SheetForm::CborV2) != body);
}

TEST_CASE("a paper sheet keeps its records in the v2 body")
{
    auto sheet = sampleSheet();
    sheet.examMode = ExamMode::Paper;
    sheet.paperRecords = {"{\"entry\":1}", "{\"entry\":2}"};
    std::string error;
    auto parsed = ScoreSheet::fromBody(sheet.toBody(SheetForm::CborV2), &error);
    REQUIRE_MESSAGE(parsed, error);
    CHECK(parsed->examMode == ExamMode::Paper);
    CHECK(parsed->paperRecords == sheet.paperRecords);

    auto kiosk = decoded(sampleSheet().toBody(SheetForm::CborV2));
    kiosk["paper_records"] = {"x"};
    refused(encoded(kiosk), "paper records");
    kiosk["exam_mode"] = "pencil";
    refused(encoded(kiosk), "pencil");
}

TEST_CASE("a v2 score sheet gets every check the v1 text gets")
{
    auto sheet = sampleSheet();
    sheet.scoreHalfPoints = 10;
    refused(sheet.toBody(SheetForm::CborV2), "add up");
    sheet = sampleSheet();
    sheet.passed = true;
    refused(sheet.toBody(SheetForm::CborV2), "passed");
    sheet = sampleSheet();
    sheet.attempt = 3;
    refused(sheet.toBody(SheetForm::CborV2), "attempt");
    sheet = sampleSheet();
    sheet.answers[0].awardedHalfPoints = -4;
    sheet.scoreHalfPoints = -4;
    refused(sheet.toBody(SheetForm::CborV2), "negative");

    const auto value = decoded(sampleSheet().toBody(SheetForm::CborV2));
    auto with = [&](const std::string& field, const json& changed) {
        auto edited = value;
        edited[field] = changed;
        return encoded(edited);
    };
    auto without = value;
    without.erase("ticket_no");
    refused(encoded(without), "missing or mistyped field: ticket_no");
    refused(with("seat_no", 7.0), "mistyped field: seat_no");
    refused(with("seat_no", 4294967303LL), "mistyped field: seat_no");
    refused(with("seat_no", "7"), "mistyped field: seat_no");
    refused(with("name", nullptr), "mistyped field: name");
    refused(with("passed", 0), "mistyped field: passed");
    refused(with("answers", json::object()), "mistyped field: answers");
    refused(with("name", json::binary({0x41})), "mistyped field: name");
    // The v1 format name in a v2 body, or a v1 text claiming v2: one form, one name.
    refused(with("format", "examroom.score-sheet.v1"), "format is not examroom.score-sheet.v2");
    auto v1 = json::parse(sampleSheet().toBody(SheetForm::JsonV1));
    v1["format"] = "examroom.score-sheet.v2";
    refused(v1.dump(), "format is not examroom.score-sheet.v1");
    // v1 answers (objects) in a v2 body, and v2 answers (arrays) in a v1 text.
    refused(with("answers", v1["answers"]), "answer 1 is not an array");
    auto v1WithArrays = json::parse(sampleSheet().toBody(SheetForm::JsonV1));
    v1WithArrays["answers"] = value["answers"];
    refused(v1WithArrays.dump(), "answer 1 is not an object");

    auto answers = value["answers"];
    answers[1] = json::array({"LV0035", "ABD", 0});
    refused(with("answers", answers), "answer 2 has 3 entries, not 4");
    answers[1] = json::array({"LV0035", "ABD", 0, false, "extra"});
    refused(with("answers", answers), "answer 2 has more than 4 entries");
    answers[1] = json::array({"LV0035", "ABD", "0", false});
    refused(with("answers", answers), "answer 2: awarded_half_points is mistyped");
    answers[1] = json::array({"LV0035", json::array({"A"}), 0, false});
    refused(with("answers", answers), "answer 2 holds a list or map");
    answers[1] = json::array({"LV0035", "ABD", 0, 0});
    refused(with("answers", answers), "answer 2: correct is mistyped");
}

TEST_CASE("a v2 score sheet refusal names the byte where it went wrong")
{
    const auto body = sampleSheet().toBody(SheetForm::CborV2);
    auto value = decoded(body);
    value["answers"][2] = json::array({"LV0002", "", 0, "no"});
    const auto forged = encoded(value);
    std::string error;
    CHECK_FALSE(ScoreSheet::fromBody(forged, &error));
    // "no" is the last value of the last answer: the answers end right after it.
    const auto end = forged.find("no", forged.find("LV0002")) + 2;
    CHECK_MESSAGE(error.find("ending at byte " + std::to_string(end)) != std::string::npos, error);

    // Cut anywhere, a v2 body is refused with a reason; nlohmann's own errors give the byte.
    for (std::size_t size = 0; size < body.size(); ++size) {
        error.clear();
        CHECK_FALSE(ScoreSheet::fromBody(std::string_view(body).substr(0, size), &error));
        CHECK_FALSE(error.empty());
    }
    CHECK_FALSE(ScoreSheet::fromBody(body.substr(0, body.size() - 5), &error));
    CHECK_MESSAGE(error.find("not a CBOR map") != std::string::npos, error);
    CHECK_MESSAGE(error.find("byte") != std::string::npos, error);
    refused(body + '\0', "not a CBOR map");
    refused(encoded(json::array({1, 2})), "not a map");
}

TEST_CASE("a v2 score sheet holding text that is not UTF-8 is refused at its byte")
{
    auto sheet = sampleSheet();
    sheet.name = std::string("孟\xff勇");
    const auto body = sheet.toBody(SheetForm::CborV2);
    std::string error;
    CHECK_FALSE(ScoreSheet::fromBody(body, &error));
    CHECK_MESSAGE(error.find("at byte " + std::to_string(body.find('\xff')) + " is not UTF-8") !=
                      std::string::npos,
                  error);
}

TEST_CASE("a v2 score sheet reads the same with unknown fields in its map")
{
    const auto body = sampleSheet().toBody(SheetForm::CborV2);
    auto value = decoded(body);
    value["comment"] = {{"answers", {1, 2}}, {"passed", "yes"}, {"raw", json::binary({1, 2})}};
    std::string error;
    auto parsed = ScoreSheet::fromBody(encoded(value), &error);
    REQUIRE_MESSAGE(parsed, error);
    CHECK(parsed->toBody(SheetForm::CborV2) == body);
}

TEST_CASE("a signed v2 sheet verifies over its exact bytes and survives both envelopes")
{
    auto key = crypto::SigningKeyPair::generate();
    const auto document = signDocument(std::string(ScoreSheet::kind), sampleSheet().sheetId,
                                       sampleSheet().toBody(SheetForm::CborV2), key);
    CHECK(verifySignature(document));
    // What kiosks and consoles sign now.
    CHECK(sampleSheet().sign(key).body == document.body);
    // The JSON envelope carries a binary body in hex, the same bytes back.
    const auto text = document.toJson();
    auto envelope = json::parse(text);
    CHECK_FALSE(envelope.contains("body"));
    CHECK(envelope["body_hex"] == crypto::toHex(crypto::asBytes(document.body)));
    auto parsed = SignedDocument::fromJson(text);
    REQUIRE(parsed);
    CHECK(parsed->body == document.body);
    CHECK(verifySignature(*parsed));
    CHECK(parsed->contentHash() == document.contentHash());
    CHECK(SignedDocument::fromBinary(document.toBinary())->body == document.body);
    // One JSON form per document: text bodies only as "body", never both, hex only when binary.
    auto both = envelope;
    both["body"] = "x";
    CHECK_FALSE(SignedDocument::fromJson(both.dump()));
    auto textInHex = json::parse(signDocument("k", "i", "{}", key).toJson());
    textInHex["body_hex"] = crypto::toHex(crypto::asBytes(std::string_view("{}")));
    textInHex.erase("body");
    CHECK_FALSE(SignedDocument::fromJson(textInHex.dump()));
    auto badHex = envelope;
    badHex["body_hex"] = "d9d9f";
    CHECK_FALSE(SignedDocument::fromJson(badHex.dump()));

    // A sheet signed in v1 before the upgrade verifies and reads as it was signed.
    const auto old = signDocument(std::string(ScoreSheet::kind), sampleSheet().sheetId,
                                  sampleSheet().toBody(SheetForm::JsonV1), key);
    auto oldParsed = SignedDocument::fromJson(old.toJson());
    REQUIRE(oldParsed);
    CHECK(verifySignature(*oldParsed));
    CHECK(ScoreSheet::fromBody(oldParsed->body)->name == "孟勇");
    // Changing any byte of a v2 body breaks its signature.
    for (std::size_t i = 0; i < document.body.size(); ++i) {
        auto tampered = document;
        tampered.body[i] = char(tampered.body[i] ^ 0x01);
        CHECK_FALSE(verifySignature(tampered));
    }
}

TEST_CASE("a v2 score sheet with more answers than a paper holds reads back the same")
{
    // The reader fills answers in place, reserved for 100: past that the list must grow intact.
    auto sheet = sampleSheet();
    const auto first = sheet.answers;
    while (sheet.answers.size() < 150)
        for (const auto& answer : first)
            if (sheet.answers.size() < 150)
                sheet.answers.push_back(answer);
    sheet.scoreHalfPoints = 0;
    for (const auto& answer : sheet.answers)
        sheet.scoreHalfPoints += answer.awardedHalfPoints;
    sheet.passed = sheet.scoreHalfPoints >= 2 * sheet.passPoints;
    const auto body = sheet.toBody(SheetForm::CborV2);
    std::string error;
    auto parsed = ScoreSheet::fromBody(body, &error);
    REQUIRE_MESSAGE(parsed, error);
    CHECK(parsed->answers.size() == 150);
    CHECK(parsed->toBody(SheetForm::CborV2) == body);
}

TEST_CASE("a v2 score sheet refused inside an answer names that answer and its byte")
{
    // Only a refused body is read a second time, following its bytes: the reason and the byte
    // must be those of the value that stopped the first reading.
    auto sheet = sampleSheet();
    const auto last = sheet.answers.size() - 1;
    sheet.answers[last].chosen = std::string("A\xc3");
    const auto body = sheet.toBody(SheetForm::CborV2);
    std::string error;
    CHECK_FALSE(ScoreSheet::fromBody(body, &error));
    CHECK_MESSAGE(error.find("at byte " + std::to_string(body.rfind("A\xc3") + 1) +
                             " is not UTF-8") != std::string::npos,
                  error);
}
