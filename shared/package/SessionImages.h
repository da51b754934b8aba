#pragma once

#include "domain/Candidate.h"
#include "domain/QuestionBank.h"
#include "import/FileSource.h"
#include "package/SecretFiles.h"

#include <vector>

namespace examroom::package {

// The images a kiosk shows during a session, in memory only (guarded, wiped when dropped):
// the candidates' photos (the identity card, the confirmation sheet) and the questions'
// images (under the stem). Kept apart because a photo and a question image may share a name.
struct SessionImages
{
    SecretFiles photos;    // by Candidate::photo
    SecretFiles questions; // by Question::image

    // Wipes both.
    void clear() noexcept
    {
        photos.clear();
        questions.clear();
    }
};

// Copies every photo `roster` names from `photos` and every image `bank` names from `images`
// (each once). Throws std::runtime_error naming a file that is missing (the import checked that
// they exist) and crypto::CryptoError when secure memory cannot be allocated; nothing is kept
// then.
SessionImages collectSessionImages(const std::vector<Candidate>& roster, const QuestionBank& bank,
                                   const FileSource& photos, const FileSource& images);

} // namespace examroom::package
