#include "crypto/Secretbox.h"
#include "package/Base64.h"
#include "package/SealedBank.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace examroom;
using package::OpenedBank;

namespace {

const package::SealedFiles kFiles = {
    {"bank.csv", "题号,题型\nQ1,判断\n"},
    {"images/a.png", std::string("\x89PNG\0\r\n", 7)},
    {"images/empty.png", ""},
};

crypto::ByteVector sealV1(const crypto::SecretBytes& key, const std::string& plan,
                          const std::string& site, const package::SealedFiles& files)
{
    nlohmann::json encoded = nlohmann::json::object();
    for (const auto& [name, bytes] : files)
        encoded[name] = package::toBase64(crypto::asBytes(bytes));
    const auto text = nlohmann::json{
        {"format", "examroom.plan-package.v1.bank"},
        {"plan_id", plan},
        {"site_id", site},
        {"files",
         encoded}}.dump();
    return crypto::secretboxEncrypt(key, crypto::asBytes(text));
}

// Every file of `bank` equals `expected`, byte for byte.
void checkFiles(const OpenedBank& bank, const package::SealedFiles& expected)
{
    REQUIRE(bank.files().size() == expected.size());
    for (const auto& [name, bytes] : expected) {
        REQUIRE(bank.files().count(name) == 1);
        CHECK(std::string(bank.files().at(name)) == bytes);
    }
    CHECK(bank.copyFiles() == expected);
}

} // namespace

TEST_CASE("a v2 sealed bank opens to the same files without copying them")
{
    auto key = crypto::SecretBytes::random(32);
    auto plain = package::encodeSealedBank("P1", "S1", kFiles);
    CHECK(std::string_view(reinterpret_cast<const char*>(plain.data()), 16) ==
          package::kSealedBankMagic);
    auto box = crypto::secretboxEncrypt(key, plain);
    auto bank = OpenedBank::open(key, box, "P1", "S1");
    REQUIRE(bank);
    CHECK(bank->formatVersion() == 2);
    checkFiles(*bank, kFiles);
    // Moved, the views still point into the one plaintext.
    OpenedBank moved = std::move(*bank);
    checkFiles(moved, kFiles);
}

TEST_CASE("a v1 sealed bank of an older package still opens to the same files")
{
    auto key = crypto::SecretBytes::random(32);
    auto bank = OpenedBank::open(key, sealV1(key, "P1", "S1", kFiles), "P1", "S1");
    REQUIRE(bank);
    CHECK(bank->formatVersion() == 1);
    checkFiles(*bank, kFiles);
}

TEST_CASE("a sealed bank of another plan or site or under another key is refused")
{
    auto key = crypto::SecretBytes::random(32);
    auto other = crypto::SecretBytes::random(32);
    auto v2 = crypto::secretboxEncrypt(key, package::encodeSealedBank("P1", "S1", kFiles));
    auto v1 = sealV1(key, "P1", "S1", kFiles);
    for (const auto* box : {&v2, &v1}) {
        CHECK(OpenedBank::open(key, *box, "P1", "S1"));
        CHECK_FALSE(OpenedBank::open(key, *box, "P2", "S1"));
        CHECK_FALSE(OpenedBank::open(key, *box, "P1", "S2"));
        CHECK_FALSE(OpenedBank::open(other, *box, "P1", "S1"));
    }
}

TEST_CASE("a malformed v2 sealed bank is refused at every cut and flipped length")
{
    const auto plain = package::encodeSealedBank("P1", "S1", kFiles);
    // Every truncation is refused (the lengths no longer add up).
    for (std::size_t size = 0; size < plain.size(); ++size) {
        crypto::ByteVector cut(plain.begin(), plain.begin() + std::ptrdiff_t(size));
        CHECK_FALSE(OpenedBank::fromPlaintext(cut, "P1", "S1"));
    }
    // A trailing byte is refused.
    auto longer = plain;
    longer.push_back(0);
    CHECK_FALSE(OpenedBank::fromPlaintext(longer, "P1", "S1"));
    // A length field pointing past the end is refused, not read.
    const std::size_t countAt = 16 + 4 + 2 + 4 + 2;
    auto huge = plain;
    huge[countAt + 4 + 4 + 8 + 7] = 0xff; // top byte of bank.csv's content length
    CHECK_FALSE(OpenedBank::fromPlaintext(huge, "P1", "S1"));
    // The same name twice (or out of order) is refused: one encoding per set of files.
    auto twice = package::encodeSealedBank("P1", "S1", {{"a", "1"}, {"b", "2"}});
    const std::size_t secondName = countAt + 4 + 4 + 1 + 8 + 1 + 4;
    REQUIRE(twice[secondName] == 'b');
    twice[secondName] = 'a';
    CHECK_FALSE(OpenedBank::fromPlaintext(twice, "P1", "S1"));
    // Not the magic.
    auto magic = plain;
    magic[15] = '9';
    CHECK_FALSE(OpenedBank::fromPlaintext(magic, "P1", "S1"));
    CHECK(OpenedBank::fromPlaintext(plain, "P1", "S1"));
}

TEST_CASE("a v1 sealed bank with bad base64 or another format is refused")
{
    auto refused = [](const nlohmann::json& sealed) {
        const auto text = sealed.dump();
        return !OpenedBank::fromPlaintext(crypto::ByteVector(text.begin(), text.end()), "P1", "S1");
    };
    nlohmann::json good = {{"format", "examroom.plan-package.v1.bank"},
                           {"plan_id", "P1"},
                           {"site_id", "S1"},
                           {"files", {{"bank.csv", package::toBase64(crypto::asBytes("x"))}}}};
    CHECK_FALSE(refused(good));
    auto bad = good;
    bad["files"]["bank.csv"] = "not base64!";
    CHECK(refused(bad));
    bad = good;
    bad["format"] = "examroom.plan-package.v9.bank";
    CHECK(refused(bad));
    bad = good;
    bad["files"] = nlohmann::json::array();
    CHECK(refused(bad));
    CHECK(refused(nlohmann::json::array()));
}

TEST_CASE("a refused sealed bank says why and at which byte")
{
    const auto plain = package::encodeSealedBank("P1", "S1", kFiles);
    auto why = [](crypto::ByteVector bytes, std::string_view plan = "P1") {
        std::string error;
        CHECK_FALSE(OpenedBank::fromPlaintext(std::move(bytes), plan, "S1", &error));
        return error;
    };
    CHECK(why({}) == "sealed bank: does not start with examroom.bank.v2 or examroom.bank.v3");
    // The magic, the two ids, the count: bank.csv's name length is at byte 32.
    crypto::ByteVector cut(plain.begin(), plain.begin() + 34);
    CHECK(why(cut) == "sealed bank: file 1 of 3: name length cut off at byte 32");
    auto huge = plain;
    huge[32 + 4 + 8 + 7] = 0xff; // top byte of bank.csv's content length
    CHECK(why(huge).rfind("sealed bank: file 1 of 3: content length 18374686479671623704 at "
                          "byte 44 runs past the end (",
                          0) == 0);
    auto longer = plain;
    longer.push_back(0);
    CHECK(why(longer) ==
          "sealed bank: 1 bytes after the last file at byte " + std::to_string(plain.size()));
    CHECK(why(plain, "P2") == "sealed bank: sealed for plan P1 at site S1, not plan P2 at site S1");
    auto empty = package::encodeSealedBank("P1", "S1", kFiles);
    empty[16] = 0; // plan id length 2 -> 0
    CHECK(why(empty) == "sealed bank: plan id is empty at byte 16");
    const auto v1 = std::string(R"({"format":"examroom.plan-package.v1.bank","plan_id":"P1",)") +
                    R"("site_id":"S1","files":{"bank.csv":"not base64!"}})";
    CHECK(why(crypto::ByteVector(v1.begin(), v1.end())) ==
          "sealed bank: v1: a file is not base64 text");
    // A wrong key says so too.
    auto key = crypto::SecretBytes::random(32);
    std::string error;
    CHECK_FALSE(OpenedBank::open(crypto::SecretBytes::random(32),
                                 crypto::secretboxEncrypt(key, plain), "P1", "S1", &error));
    CHECK(error == "sealed bank: the key does not open the box (wrong key or altered bytes)");
}

namespace {

// One question of each kind; the last names an image.
std::vector<Question> v3Questions()
{
    std::vector<Question> out(3);
    out[0].id = "Q1";
    out[0].stem = "有限空间作业前应当通风（  ）。";
    out[0].key = ChoiceSet::single(1);
    out[0].area = "K1";
    out[0].difficulty = 2;
    out[1].id = "Q2";
    out[1].type = QuestionType::Single;
    out[1].stem = "作业前首先应当（  ）。";
    out[1].options = {"通风检测", "佩戴防护", "设置监护"};
    out[1].key = ChoiceSet::single(2);
    out[1].explanation = "先检测后作业";
    out[2].id = "Q3";
    out[2].type = QuestionType::Multiple;
    out[2].stem = "下列哪些是必要措施（  ）？";
    out[2].options = {"A", "B", "C", "D", "E", "F"};
    out[2].key = ChoiceSet::fromBits(0b101001);
    out[2].image = "images/a.png";
    return out;
}

const package::SealedFiles kImages = {{"images/a.png", std::string("\x89PNG\0\r\n", 7)}};

void checkSame(const Question& a, const Question& b)
{
    CHECK(a.id == b.id);
    CHECK(a.type == b.type);
    CHECK(a.stem == b.stem);
    CHECK(a.options == b.options);
    CHECK(a.key == b.key);
    CHECK(a.area == b.area);
    CHECK(a.difficulty == b.difficulty);
    CHECK(a.image == b.image);
    CHECK(a.explanation == b.explanation);
}

std::string refusal(const crypto::ByteVector& plain)
{
    std::string error;
    CHECK_FALSE(OpenedBank::fromPlaintext(plain, "P1", "S1", &error));
    return error;
}

} // namespace

TEST_CASE("a v3 sealed bank opens to the same questions as views into the one plaintext")
{
    const auto questions = v3Questions();
    auto key = crypto::SecretBytes::random(32);
    auto plain = package::encodeSealedBankV3("P1", "S1", questions, kImages);
    CHECK(std::string_view(reinterpret_cast<const char*>(plain.data()), 16) ==
          package::kSealedBankMagicV3);
    auto bank = OpenedBank::open(key, crypto::secretboxEncrypt(key, plain), "P1", "S1");
    REQUIRE(bank);
    CHECK(bank->formatVersion() == 3);
    CHECK(bank->hasQuestionTable());
    checkFiles(*bank, kImages);
    OpenedBank moved = std::move(*bank);
    REQUIRE(moved.questions().size() == 3);
    // The views point into the plaintext's one buffer (its image file lies there too).
    const char* low = moved.files().at("images/a.png").data() - plain.size();
    const char* high = moved.files().at("images/a.png").data();
    for (const auto& view : moved.questions())
        CHECK((view.stem.data() > low && view.stem.data() < high));
    const QuestionBank rebuilt = moved.questionBank();
    REQUIRE(rebuilt.questions.size() == questions.size());
    for (std::size_t i = 0; i < questions.size(); ++i)
        checkSame(rebuilt.questions[i], questions[i]);
    // The v1 and v2 readers' files stay as they were: no question table there.
    auto v2 = OpenedBank::fromPlaintext(package::encodeSealedBank("P1", "S1", kFiles), "P1", "S1");
    REQUIRE(v2);
    CHECK_FALSE(v2->hasQuestionTable());
    CHECK(v2->questionBank().questions.empty());
}

TEST_CASE("a v3 sealed bank the kiosk could not use is refused naming the question and byte")
{
    const auto plain = package::encodeSealedBankV3("P1", "S1", v3Questions(), kImages);
    REQUIRE(OpenedBank::fromPlaintext(plain, "P1", "S1"));
    for (std::size_t size = 0; size < plain.size(); ++size) {
        crypto::ByteVector cut(plain.begin(), plain.begin() + std::ptrdiff_t(size));
        CHECK_FALSE(OpenedBank::fromPlaintext(cut, "P1", "S1"));
    }
    // The first record starts after magic, plan, site and the count.
    const std::size_t record = 16 + 4 + 2 + 4 + 2 + 4;
    auto type = plain;
    type[record] = 3;
    CHECK(refusal(type) == "sealed bank: question 1 of 3: type 3 at byte " +
                               std::to_string(record) + " is not 0, 1 or 2");
    auto options = plain;
    options[record + 3] = 7;
    CHECK(refusal(options).find("question 1 of 3: difficulty 2 or option count 7") !=
          std::string::npos);
    auto length = plain;
    length[record + 4 + 3] = 0x7f; // the top byte of the id's length
    CHECK(refusal(length).find("question 1 of 3: id: length at byte " + std::to_string(record + 4) +
                               " runs past the end") != std::string::npos);

    auto questions = v3Questions();
    questions[1].key = ChoiceSet::single(3); // 单选 of three options keyed D
    CHECK(refusal(package::encodeSealedBankV3("P1", "S1", questions, kImages))
              .find("question 2 of 3: the key names a choice the question does not have") !=
          std::string::npos);
    questions = v3Questions();
    questions[2].key = ChoiceSet::single(0); // 多选 with one answer
    CHECK(refusal(package::encodeSealedBankV3("P1", "S1", questions, kImages))
              .find("question 3 of 3: the key has 1 choices") != std::string::npos);
    questions = v3Questions();
    questions[0].key = {}; // 判断 with no answer
    CHECK(refusal(package::encodeSealedBankV3("P1", "S1", questions, kImages))
              .find("question 1 of 3: the key has 0 choices") != std::string::npos);
    questions = v3Questions();
    questions[2].id = "Q1";
    CHECK(refusal(package::encodeSealedBankV3("P1", "S1", questions, kImages))
              .find("question 3 of 3: its id repeats question 1") != std::string::npos);
    questions = v3Questions();
    questions[1].stem.clear();
    CHECK(refusal(package::encodeSealedBankV3("P1", "S1", questions, kImages))
              .find("question 2 of 3: the stem is empty") != std::string::npos);
    CHECK(refusal(package::encodeSealedBankV3("P1", "S1", v3Questions(), {})) ==
          "sealed bank: question 3 of 3: its image is not among the files");
    // Never a question's text in a refusal.
    CHECK(refusal(type).find("有限空间") == std::string::npos);
    // A question the table cannot hold is not written.
    questions = v3Questions();
    questions[2].options.push_back("G");
    CHECK_THROWS_AS(package::encodeSealedBankV3("P1", "S1", questions, kImages),
                    std::invalid_argument);
}
