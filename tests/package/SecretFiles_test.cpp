#include "package/SecretFiles.h"

#include <doctest/doctest.h>

using namespace examroom;

TEST_CASE("secret files give back each file exactly and nothing once cleared")
{
    const std::string png("\x89PNG\r\n\x1A\n\0\0binary", 16);
    const FileViews views{{"a.png", png}, {"empty.png", ""}, {"dir/b.jpg", "\xFF\xD8\xFFjpeg"}};
    package::SecretFiles files(views);
    CHECK(files.count() == 3);
    CHECK(files.size() == png.size() + 7);
    REQUIRE(files.find("a.png"));
    CHECK(*files.find("a.png") == png);
    CHECK(*files.find("dir/b.jpg") == "\xFF\xD8\xFFjpeg");
    REQUIRE(files.find("empty.png"));
    CHECK(files.find("empty.png")->empty());
    CHECK_FALSE(files.find("b.jpg"));
    CHECK_FALSE(files.find("a.pn"));

    package::SecretFiles moved(std::move(files));
    CHECK(*moved.find("a.png") == png);
    CHECK_FALSE(files.find("a.png")); // NOLINT(bugprone-use-after-move): moved from is empty
    CHECK(files.size() == 0);         // NOLINT(bugprone-use-after-move)

    moved.clear();
    CHECK(moved.empty());
    CHECK(moved.size() == 0);
    CHECK_FALSE(moved.find("a.png"));
}
