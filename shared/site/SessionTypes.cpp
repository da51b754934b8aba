#include "site/SessionTypes.h"

namespace examroom::site {

std::string_view stateName(SessionState state)
{
    switch (state) {
    case SessionState::Open:
        return "open";
    case SessionState::Started:
        return "started";
    case SessionState::Closed:
        return "closed";
    }
    return "open";
}

std::string_view statusName(CandidateStatus status)
{
    switch (status) {
    case CandidateStatus::Expected:
        return "expected";
    case CandidateStatus::Present:
        return "present";
    case CandidateStatus::Absent:
        return "absent";
    case CandidateStatus::Submitted:
        return "submitted";
    case CandidateStatus::Removed:
        return "removed";
    }
    return "expected";
}

std::string_view statusLabel(CandidateStatus status)
{
    switch (status) {
    case CandidateStatus::Expected:
        return "未签到";
    case CandidateStatus::Present:
        return "已签到";
    case CandidateStatus::Absent:
        return "缺考";
    case CandidateStatus::Submitted:
        return "已交卷";
    case CandidateStatus::Removed:
        return "取消考试资格";
    }
    return "未签到";
}

std::optional<SessionState> stateFromName(std::string_view name)
{
    for (auto s : {SessionState::Open, SessionState::Started, SessionState::Closed})
        if (stateName(s) == name)
            return s;
    return std::nullopt;
}

std::optional<CandidateStatus> statusFromName(std::string_view name)
{
    for (auto s : {CandidateStatus::Expected, CandidateStatus::Present, CandidateStatus::Absent,
                   CandidateStatus::Submitted, CandidateStatus::Removed})
        if (statusName(s) == name)
            return s;
    return std::nullopt;
}

} // namespace examroom::site
