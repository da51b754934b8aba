#include "exam/VoiceProbe.h"

#include <doctest/doctest.h>

using namespace examroom;
using namespace std::chrono_literals;
using State = VoiceProbe::EngineState;
using Verdict = VoiceProbe::Verdict;

TEST_CASE("a voice that speaks the probe text to the end is available")
{
    VoiceProbe probe(5s);
    probe.engineCreated(State::Ready, 12);
    CHECK_FALSE(probe.decided());
    probe.spoke();
    probe.stateChanged(State::Speaking);
    CHECK_FALSE(probe.decided());
    probe.stateChanged(State::Ready);
    CHECK(probe.verdict() == Verdict::Available);
    CHECK(probe.reason().empty());
    probe.timedOut(); // too late: the first verdict stands
    CHECK(probe.verdict() == Verdict::Available);
}

TEST_CASE("a voice that never finishes speaking is unavailable at the time-out")
{
    VoiceProbe probe(2500ms);
    probe.engineCreated(State::Ready, 1836);
    probe.spoke();
    probe.stateChanged(State::Speaking);
    probe.timedOut();
    CHECK(probe.verdict() == Verdict::Unavailable);
    CHECK(probe.reason() ==
          "the voice did not finish a short text within 2.5 s (no sound device?)");
    probe.stateChanged(State::Ready); // a late end changes nothing
    CHECK(probe.verdict() == Verdict::Unavailable);
}

TEST_CASE("a voice that never starts is unavailable at the time-out")
{
    VoiceProbe probe(5s);
    probe.engineCreated(State::Ready, 3);
    probe.spoke();
    probe.timedOut();
    CHECK(probe.verdict() == Verdict::Unavailable);
    CHECK(probe.reason() == "the voice did not start speaking within 5 s");
}

TEST_CASE("an engine error before the end makes the voice unavailable with its words")
{
    VoiceProbe probe(5s);
    probe.engineCreated(State::Ready, 3);
    probe.spoke();
    probe.failed("Couldn't open pulse plugin");
    probe.stateChanged(State::Speaking);
    probe.stateChanged(State::Ready);
    CHECK(probe.verdict() == Verdict::Unavailable);
    CHECK(probe.reason() == "the voice failed: Couldn't open pulse plugin");
}

TEST_CASE("no engine an engine in error or one without voices is unavailable at once")
{
    VoiceProbe none(5s);
    none.noEngine();
    CHECK(none.reason() == "no speech engine is installed");

    VoiceProbe broken(5s);
    broken.engineCreated(State::Error, 0, "speech-dispatcher is not running");
    CHECK(broken.verdict() == Verdict::Unavailable);
    CHECK(broken.reason() == "the speech engine did not start: speech-dispatcher is not running");

    VoiceProbe silent(5s);
    silent.engineCreated(State::Ready, 0);
    CHECK(silent.reason() == "the speech engine lists no voice");
}

TEST_CASE("an engine that returns to ready without speaking is unavailable")
{
    VoiceProbe probe(5s);
    probe.engineCreated(State::Ready, 2);
    probe.stateChanged(State::Ready); // before the text was handed over: ignored
    CHECK_FALSE(probe.decided());
    probe.spoke();
    probe.stateChanged(State::Ready);
    CHECK(probe.reason() == "the voice returned without speaking");
}
