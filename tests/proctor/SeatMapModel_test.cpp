#include "SeatMapModel.h"

#include <chrono>
#include <doctest/doctest.h>
#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace examroom;

namespace {

std::vector<SeatRow> seats(int n)
{
    std::vector<SeatRow> rows;
    for (int i = n; i >= 1; --i) // out of order on purpose: the model sorts
    {
        SeatRow row;
        row.seatNo = i;
        row.ticketNo = QStringLiteral("T%1").arg(i);
        row.name = QStringLiteral("N%1").arg(i);
        row.status = QStringLiteral("present");
        rows.push_back(row);
    }
    return rows;
}

} // namespace

TEST_CASE("the seat map holds 200 seats and passes the model tester")
{
    SeatMapModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRows(seats(200));
    CHECK(model.rowCount() == 200);
    CHECK(model.data(model.index(0), SeatMapModel::SeatNoRole).toInt() == 1);
    CHECK(model.data(model.index(199), SeatMapModel::SeatNoRole).toInt() == 200);
    CHECK(model.data(model.index(0), SeatMapModel::StateRole).toString() == "present");
}

TEST_CASE("a heartbeat changes one row and never resets the model")
{
    SeatMapModel model;
    model.setRows(seats(200));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    SeatLive live{QStringLiteral("answering"), 12, 100, 90 * 60000, 3000, false, false};
    REQUIRE(model.updateLive(57, live));
    CHECK(resets.count() == 0);
    REQUIRE(changes.count() == 1);
    CHECK(changes.at(0).at(0).toModelIndex().row() == 56);
    CHECK(model.data(model.index(56), SeatMapModel::RemainingRole).toString() == "1:30:00");
    CHECK(model.data(model.index(56), SeatMapModel::AnsweredRole).toInt() == 12);
    CHECK_FALSE(model.updateLive(999, live));
}

TEST_CASE("raised hands and offline seats count as alerts")
{
    SeatMapModel model;
    model.setRows(seats(10));
    QSignalSpy alerts(&model, &SeatMapModel::alertsChanged);
    model.updateLive(3, {QStringLiteral("answering"), 0, 100, -1, -1, true, false});
    model.updateLive(4, {QString(), 0, 0, -1, -1, false, true});
    CHECK(model.alertCount() == 2);
    CHECK(alerts.count() == 2);
    CHECK(model.data(model.index(3), SeatMapModel::StateRole).toString() == "offline");
}

TEST_CASE("reloading the same seats keeps the live part and signals only changed rows")
{
    SeatMapModel model;
    model.setRows(seats(200));
    model.updateLive(5, {QStringLiteral("answering"), 7, 100, 60000, 1000, false, false});
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    auto rows = seats(200);
    rows[200 - 9].status = QStringLiteral("submitted"); // seat 9
    model.setRows(rows);
    CHECK(resets.count() == 0);
    CHECK(changes.count() == 1);
    CHECK(model.data(model.index(4), SeatMapModel::AnsweredRole).toInt() == 7);
}

TEST_CASE("200 heartbeats a second cost well under a millisecond each")
{
    SeatMapModel model;
    model.setRows(seats(200));
    const auto begin = std::chrono::steady_clock::now();
    for (int round = 0; round < 10; ++round)
        for (int seat = 1; seat <= 200; ++seat)
            model.updateLive(seat,
                             {QStringLiteral("answering"), round, 100, 60000, 1000, false, false});
    const auto spent = std::chrono::steady_clock::now() - begin;
    // 2,000 updates; a generous bound that still catches an accidental reset or a linear scan
    // per role.
    CHECK(spent < std::chrono::milliseconds(500));
}
