#include "exam/CandidateFlow.h"

#include <doctest/doctest.h>

using namespace examroom;

TEST_CASE("the candidate flow walks from idle to submitted")
{
    CandidateFlow flow;
    CHECK(flow.state() == FlowState::Idle);
    CHECK(flow.apply(FlowEvent::SessionReady));
    CHECK(flow.apply(FlowEvent::LoginAccepted));
    CHECK(flow.state() == FlowState::IdentityCheck);
    CHECK(flow.apply(FlowEvent::IdentityConfirmed));
    CHECK(flow.state() == FlowState::WaitingForProctor);
    CHECK(flow.apply(FlowEvent::ExamOpened));
    CHECK(flow.apply(FlowEvent::Paused));
    CHECK(flow.apply(FlowEvent::Resumed));
    CHECK(flow.apply(FlowEvent::Submitted));
    CHECK(flow.state() == FlowState::Submitted);
    CHECK(flow.apply(FlowEvent::Released));
    CHECK(flow.state() == FlowState::Idle);
}

TEST_CASE("the candidate flow refuses events out of order")
{
    CandidateFlow flow;
    CHECK_FALSE(flow.apply(FlowEvent::ExamOpened));
    CHECK_FALSE(flow.apply(FlowEvent::Submitted));
    CHECK(flow.apply(FlowEvent::SessionReady));
    CHECK_FALSE(flow.apply(FlowEvent::IdentityConfirmed));
    CHECK(flow.apply(FlowEvent::LoginAccepted));
    CHECK(flow.apply(FlowEvent::IdentityRejected));
    CHECK(flow.state() == FlowState::Login);
}

TEST_CASE("a lock returns to the state before it and a submitted paper cannot be locked")
{
    CandidateFlow flow;
    flow.restore(FlowState::InExam);
    CHECK(flow.apply(FlowEvent::Locked));
    CHECK(flow.state() == FlowState::Locked);
    CHECK_FALSE(flow.apply(FlowEvent::Submitted));
    CHECK(flow.apply(FlowEvent::Unlocked));
    CHECK(flow.state() == FlowState::InExam);
    CHECK(flow.apply(FlowEvent::Submitted));
    CHECK_FALSE(flow.apply(FlowEvent::Locked));
}

TEST_CASE("flow state names round-trip")
{
    for (auto state :
         {FlowState::Idle, FlowState::Login, FlowState::IdentityCheck, FlowState::WaitingForProctor,
          FlowState::InExam, FlowState::Paused, FlowState::Locked, FlowState::Submitted})
        CHECK(flowStateFromName(name(state)) == state);
    CHECK_FALSE(flowStateFromName("Nowhere"));
}
