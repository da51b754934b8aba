#include "package/SessionImages.h"

#include <deque>
#include <stdexcept>

namespace examroom::package {
namespace {

// The files `items` name (`nameOf`) copied from `source` into one guarded buffer. A folder's
// files are read into `buffers` first (a deque: views into its strings stay valid while it
// grows). The names are not copied: a bank names an image in few of its 10,000 questions.
template <typename Items, typename NameOf>
SecretFiles collect(const Items& items, NameOf nameOf, const FileSource& source)
{
    FileViews views;
    std::deque<std::string> buffers;
    for (const auto& item : items) {
        const std::string& name = nameOf(item);
        if (name.empty() || views.find(name) != views.end())
            continue;
        std::string problem;
        auto bytes = source.read(name, buffers.emplace_back(), &problem);
        if (!bytes)
            throw std::runtime_error("the session's image " + source.where(name) + ": " + problem);
        views.emplace(name, *bytes);
    }
    return SecretFiles(views);
}

} // namespace

SessionImages collectSessionImages(const std::vector<Candidate>& roster, const QuestionBank& bank,
                                   const FileSource& photos, const FileSource& images)
{
    return SessionImages{
        collect(
            roster, [](const Candidate& c) -> const std::string& { return c.photo; }, photos),
        collect(
            bank.questions, [](const Question& q) -> const std::string& { return q.image; },
            images)};
}

} // namespace examroom::package
