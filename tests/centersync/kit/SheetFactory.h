#pragma once

#include "documents/ScoreSheet.h"
#include "documents/SignedDocument.h"

#include <string>
#include <vector>

namespace examroom::test {

// Realistic knowledge score sheets for the sample plan (tests/data), signed by a test kiosk
// key: what the kiosk will produce once it exists. Sheet i has ticket 2026120807001 + i / 2
// and attempt 1 + i % 2, so ids are unique for any count and every sheet parses and adds up.
class SheetFactory
{
public:
    SheetFactory(std::string siteId, crypto::SigningKeyPair kioskKey);

    ScoreSheet sheet(int index) const;
    // Signed in the body form kiosks write now, or in `setBodyForm`'s (a sheet signed before
    // an upgrade, or the benchmark's comparison of the forms).
    SignedDocument signedSheet(int index) const;
    void setBodyForm(SheetForm form) { m_form = form; }
    std::vector<SignedDocument> signedSheets(int count) const;
    const crypto::SigningKeyPair& kioskKey() const { return m_kioskKey; }

    // The practical score sheet (examroom.practical-sheet.v1) of sheet `index`'s candidate and
    // attempt: one subject (weight 100, one grader) marked `points` out of 100 by `grader`
    // (`graderKey` signs the mark), countersigned by `proctorKey` as shared/practical does at
    // close.
    SignedDocument practicalSheet(int index, int points, const std::string& grader,
                                  const crypto::SigningKeyPair& graderKey,
                                  const crypto::SigningKeyPair& proctorKey) const;

private:
    std::string m_siteId;
    crypto::SigningKeyPair m_kioskKey;
    SheetForm m_form = kCurrentSheetForm;
};

} // namespace examroom::test
