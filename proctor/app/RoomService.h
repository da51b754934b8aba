#pragma once

#include "room/RoomServer.h"

#include <map>
#include <memory>
#include <QObject>
#include <QSocketNotifier>
#include <QTimer>
#include <QtQml/qqmlregistration.h>
#include <QVariantList>
#include <set>
#include <string>

namespace examroom {

class ConsoleManager;
class SeatMapModel;

// Where the console listens for its kiosks (the `room_endpoint` and `pairing_endpoint` of the
// config). The demo defaults are fixed ports on 127.0.0.1; a room uses its LAN address.
struct RoomLinkConfig
{
    std::string roomEndpoint = "tcp://127.0.0.1:5561";
    std::string pairingEndpoint = "tcp://127.0.0.1:5562";
    std::chrono::milliseconds offlineAfter{5000};
    std::chrono::milliseconds resendAfter{2000};
};

// The room link in the console: owns the RoomServer, wakes on its sockets (QSocketNotifier on
// ZMQ_FD, which is edge-triggered, so every wake-up and a 200 ms timer drain it fully) and
// turns its events into the console's state: pairing requests for the Room screen, equipment
// checks, provisioning progress, seeds for the candidates at their seats, the live seat map,
// mirror entries and signed sheets kept in site.db, sheets into the outbox. Every rule is the
// core's (site::*Manager); this class only carries. Nothing throws out of it: a fault becomes
// `lastError`.
class RoomService : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by the console")
    Q_PROPERTY(bool running READ running NOTIFY runningChanged)
    Q_PROPERTY(QString roomEndpoint READ roomEndpoint NOTIFY runningChanged)
    Q_PROPERTY(QString pairingEndpoint READ pairingEndpoint NOTIFY runningChanged)
    Q_PROPERTY(QString consoleKey READ consoleKey NOTIFY runningChanged)
    Q_PROPERTY(QVariantList pairings READ pairings NOTIFY pairingsChanged)
    Q_PROPERTY(QVariantList progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(int onlineCount READ onlineCount NOTIFY liveChanged)
    Q_PROPERTY(int sheetCount READ sheetCount NOTIFY sheetsChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
public:
    // `seatMap` gets the live part of each seat (the monitor's model).
    RoomService(ConsoleManager& console, SeatMapModel& seatMap, QObject* parent = nullptr);
    ~RoomService() override;

    // Binds the sockets with the console's CURVE key (DATA_DIR/room.key, made on first use) and
    // brings back what site.db keeps: paired kiosks, mirrors. False (lastError says why) when
    // the console is not open or an endpoint cannot be bound.
    bool start(const RoomLinkConfig& config);
    void stop();
    bool running() const { return m_server != nullptr; }
    QString roomEndpoint() const;
    QString pairingEndpoint() const;
    // The console's CURVE public key in Z85, for the kiosks' `console_key`.
    QString consoleKey() const;

    // [{code, fingerprint, appVersion}] waiting for the proctor.
    QVariantList pairings() const;
    // [{seatNo, done, count, state ("sending", "done", "failed"), why}]
    QVariantList progress() const;
    int onlineCount() const;
    int sheetCount() const;
    QString lastError() const { return m_lastError; }

    // Accepts the pairing request with `code` for `seatNo` (site.db first: the seat must exist
    // and the kiosk sit nowhere else; then the kiosk is trusted and told).
    Q_INVOKABLE bool acceptPairing(const QString& code, int seatNo);
    // Sends the session (the plan's sealed bank, the session's own roster rows and photos) to
    // every paired seat not locked; a kiosk paired or restarted later gets it too.
    Q_INVOKABLE bool provisionAll();
    // Gives the bank key (from the authorization password) to the seats, all when empty.
    Q_INVOKABLE bool unlockSeats(const QVariantList& seats = {});
    // Tells the kiosk of a candidate's seat (`seatNo`, or the candidate's current seat when 0)
    // a proctor command: "extend", "pause", "resume", "force-submit", "lock", "release".
    bool sendCommand(const std::string& ticketNo, room::CommandKind kind, int minutes,
                     const std::string& reason, int seatNo = 0);
    // 换机续考: the candidate may log in on another seat; the old seat is released.
    bool moveCandidate(const std::string& ticketNo, int fromSeat, const std::string& reason);
    // 纸质试卷: the kiosk at the seat of a candidate just switched to paper is sent the lock
    // command (queued and resent if it is offline, as any command) so that it takes no more
    // answers and hands in nothing as theirs; what was done — sent, or no kiosk there — goes
    // into the audit log (PaperManager::recordKioskLock). Sheets from it are not used anyway.
    void lockForPaper(const std::string& ticketNo, const std::string& reason);

    // Runs the link once (tests drive it without an event loop this way too).
    Q_INVOKABLE void poll();
    // The server, for tests and the demo (nullptr when not running).
    room::RoomServer* server() { return m_server.get(); }

signals:
    void runningChanged();
    void pairingsChanged();
    void progressChanged();
    void liveChanged();
    void sheetsChanged();
    void lastErrorChanged();
    // Something the proctor must hear: a raised hand, a seat gone offline.
    void alert(int seatNo, const QString& what);

private:
    struct Progress
    {
        int done = 0;
        int count = 0;
        QString state;
        QString why;
    };

    void onReadable();
    void setNotifiersEnabled(bool enabled);
    void onEvent(const room::RoomEvent& event);
    void onStatus(const room::SeatStatus& status);
    void onSheet(const room::SheetReceived& sheet);
    void maybeGrantSeed(const std::string& fingerprint, const room::KioskStatus& status);
    void maybeProvision(const std::string& fingerprint, const room::KioskStatus& status);
    int seatOf(const std::string& fingerprint) const;
    std::optional<std::string> kioskAt(int seatNo) const;
    std::optional<room::ProvisionBundle> bundle();
    void fail(const QString& what);

    ConsoleManager& m_console;
    SeatMapModel& m_seatMap;
    std::unique_ptr<room::RoomServer> m_server;
    std::unique_ptr<QSocketNotifier> m_roomNotifier;
    std::unique_ptr<QSocketNotifier> m_pairingNotifier;
    QTimer m_timer;
    QTimer m_batch;
    std::map<std::string, room::PairingRequested> m_pairings; // by code
    std::map<int, Progress> m_progress;                       // by seat
    mutable std::map<std::string, int> m_seatOf;   // fingerprint -> seat (cache of the server's)
    std::set<std::string> m_online;                // kiosks heard from and not gone silent
    std::set<std::string> m_checked;               // kiosks whose equipment check is recorded
    std::set<std::string> m_seeded;                // fingerprint + ticket given a seed
    std::set<std::string> m_provisioning;          // kiosks a bundle was queued for
    std::map<std::string, std::int64_t> m_elapsed; // attempt -> elapsed from heartbeats
    std::optional<room::ProvisionBundle> m_bundle;
    bool m_provisionWanted = false;
    bool m_inPoll = false;
    QString m_lastError;
};

} // namespace examroom
