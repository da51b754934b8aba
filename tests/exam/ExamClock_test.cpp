#include "exam/ExamClock.h"

#include <doctest/doctest.h>

using namespace examroom;
using namespace std::chrono_literals;

TEST_CASE("the exam clock counts down on the monotonic source only")
{
    ManualMonotonicSource mono;
    ExamClock clock(mono, 120min);
    CHECK_FALSE(clock.hasStarted());
    CHECK(clock.remaining() == 120min);
    clock.start();
    mono.advance(30min);
    CHECK(clock.elapsed() == 30min);
    CHECK(clock.remaining() == 90min);
    mono.advance(91min);
    CHECK(clock.remaining() == 0ms);
    CHECK(clock.isTimeUp());
}

TEST_CASE("a paused exam clock stands still and resumes where it stopped")
{
    ManualMonotonicSource mono;
    ExamClock clock(mono, 60min);
    clock.start();
    mono.advance(10min);
    clock.pause();
    mono.advance(25min);
    CHECK(clock.elapsed() == 10min);
    CHECK_FALSE(clock.isRunning());
    clock.resume();
    mono.advance(5min);
    CHECK(clock.elapsed() == 15min);
}

TEST_CASE("an extension adds to the allowance and a negative one is refused")
{
    ManualMonotonicSource mono;
    ExamClock clock(mono, 60min);
    clock.start();
    mono.advance(60min);
    CHECK(clock.isTimeUp());
    CHECK(clock.extend(5min));
    CHECK(clock.remaining() == 5min);
    CHECK_FALSE(clock.extend(-1min));
    CHECK(clock.allowance() == 65min);
}

TEST_CASE("the console's session clock sets the elapsed time")
{
    ManualMonotonicSource mono;
    ExamClock clock(mono, 60min);
    clock.start(20min);
    CHECK(clock.elapsed() == 20min);
    mono.advance(1min);
    clock.setElapsed(30min);
    CHECK(clock.elapsed() == 30min);
    mono.advance(1min);
    CHECK(clock.elapsed() == 31min);
}

TEST_CASE("resume before start does nothing")
{
    ManualMonotonicSource mono;
    ExamClock clock(mono, 60min);
    clock.resume();
    CHECK_FALSE(clock.isRunning());
    mono.advance(5min);
    CHECK(clock.elapsed() == 0ms);
}
