// centersync-testkit sheets --site SITE --count N --out FILE [--seed HEX]
// Writes N signed sheets (one envelope per line) and prints the kiosk's public key (hex).
// centersync-testkit practical --site SITE --count N --out FILE [--points P]
// Writes the practical sheets of the same candidates (one grader "考评员甲" marks P of 100, a
// proctor countersigns; fixed test keys) and prints "grader KEY" and "proctor KEY" lines.
#include "crypto/Hex.h"
#include "SheetFactory.h"

#include <CLI/CLI.hpp>
#include <fstream>
#include <iostream>

int main(int argc, char** argv)
{
    using namespace examroom;
    CLI::App app{"Test helper: signed score sheets from a test kiosk key"};
    std::string site, out, seed;
    int count = 10, first = 0;
    auto* sheets = app.add_subcommand("sheets", "Write signed sheets, print the kiosk key");
    sheets->add_option("--site", site)->required();
    sheets->add_option("--count", count);
    sheets->add_option("--first", first, "Index of the first sheet");
    sheets->add_option("--out", out)->required();
    sheets->add_option("--seed", seed, "64 hex digits: the kiosk key's seed (same key each run)");
    int points = 86;
    auto* practical = app.add_subcommand("practical", "Write practical sheets, print staff keys");
    practical->add_option("--site", site)->required();
    practical->add_option("--count", count);
    practical->add_option("--first", first, "Index of the first sheet");
    practical->add_option("--points", points, "The grader's mark, 0-100");
    practical->add_option("--out", out)->required();
    app.require_subcommand(1);
    CLI11_PARSE(app, argc, argv);
    auto seedBytes = crypto::fromHex(seed.empty() ? std::string(64, '7') : seed);
    if (!seedBytes || seedBytes->size() != 32) {
        std::cerr << "--seed: 64 hex digits\n";
        return 2;
    }
    test::SheetFactory factory(site, crypto::SigningKeyPair::fromSeed(*seedBytes));
    if (practical->parsed()) {
        auto grader = crypto::SigningKeyPair::fromSeed(*crypto::fromHex(std::string(64, '6')));
        auto proctor = crypto::SigningKeyPair::fromSeed(*crypto::fromHex(std::string(64, '5')));
        std::ofstream file(out);
        for (int i = first; i < first + count; ++i)
            file << factory.practicalSheet(i, points, "考评员甲", grader, proctor).toJson() << "\n";
        std::cout << "grader " << crypto::toHex(grader.publicKey()) << "\nproctor "
                  << crypto::toHex(proctor.publicKey()) << "\n";
        return file ? 0 : 1;
    }
    std::ofstream file(out);
    for (int i = first; i < first + count; ++i)
        file << factory.signedSheet(i).toJson() << "\n";
    std::cout << crypto::toHex(factory.kioskKey().publicKey()) << "\n";
    return file ? 0 : 1;
}
