#pragma once

#include "domain/Blueprint.h"
#include "domain/Enums.h"
#include "util/IsoTime.h"

#include <optional>
#include <string>
#include <vector>

namespace examroom {

struct TimeWindow
{
    OffsetTime start;
    OffsetTime end;
};

struct Room
{
    std::string roomId;
    int seats = 0;
};

struct SiteInfo
{
    std::string siteId;
    std::string name;
    std::vector<Room> rooms;
};

struct Applicant
{
    std::string unit;
    std::string address;
};

struct Contact
{
    std::string person;
    std::string phone;
    std::string email;
    std::string fax;
};

// 考试计划: the fields of the seed's table 5 plus the blueprint of the knowledge exam.
struct ExamPlan
{
    std::string planId;
    std::string name;
    Applicant applicant;
    std::string approver;
    std::string certificateAuthority;
    std::string examTarget;
    ExamKind examKind = ExamKind::Initial;
    std::string qualificationType;
    std::optional<std::string> operationCategory; // set for special operations (特种作业)
    std::optional<std::string> operationItem;
    TimeWindow knowledgeExam;
    std::optional<TimeWindow> practicalExam;
    SiteInfo site;
    Contact contact;
    Blueprint blueprint;
    std::optional<std::string> practicalRubric; // file name of the rubric, beside plan.json

    // The date that age and birth-date rules are judged on.
    std::chrono::year_month_day examDate() const { return knowledgeExam.start.localDate(); }
};

} // namespace examroom
