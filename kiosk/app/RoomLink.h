#pragma once

#include "room/RoomClient.h"
#include "SpeechEngine.h"

#include <filesystem>
#include <memory>
#include <QObject>
#include <QSocketNotifier>
#include <QString>
#include <QTimer>

namespace examroom {

class KioskManager;

// The kiosk's end of the room link, adapted to Qt: watches the RoomClient's ZMQ_FD with
// QSocketNotifier (edge-triggered: RoomClient::processEvents drains while ZMQ_EVENTS says
// readable, and a timer calls it too for heartbeats and resends), and connects the link to
// KioskManager both ways: the console's unlock, seeds and proctor commands drive the manager;
// the manager's logins, saved answers, sheets and raised hands go to the console. Every fault
// is caught here and reported through `faulted`; nothing throws into Qt.
class RoomLink : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        room::RoomClientOptions client;
        // What the heartbeat reports of this machine, for the console's equipment check.
        int screenWidth = 0;
        int screenHeight = 0;
        // Whether a read-aloud voice answers, asked at each heartbeat (the voice check ends
        // after the start); none: no voice.
        const SpeechEngine* speech = nullptr;
    };

    // Starts the link over the manager's store (which must be open). On failure (bad pinned
    // key, socket error) `lastError()` is set and isActive() is false.
    RoomLink(KioskManager& manager, Options options, QObject* parent = nullptr);
    ~RoomLink() override;

    bool isActive() const { return m_client != nullptr; }
    bool isPaired() const;
    bool isLinkUp() const;
    bool isUnlocked() const { return m_unlocked; }
    int outboxPending() const;
    // Starts pairing; returns the 6-digit code to show (empty on failure).
    QString startPairing();
    QString fingerprint() const;
    // True when the current attempt's journal is all acknowledged and the outbox is empty.
    bool isSynced() const;
    const QString& lastError() const { return m_lastError; }

    // Runs the link's work now (the notifiers and the timer call it).
    void process();

signals:
    void paired();
    void unlocked();
    void linkChanged(bool up);
    void faulted(const QString& what);

private:
    bool onEvent(const room::ClientEvent& event, std::string& why);
    bool applySeed(const room::SeedGrant& grant, std::string& why);
    bool applyCommand(const room::ProctorCommand& command, std::string& why);
    bool openSession(const room::Unlocked& unlocked, std::string& why);
    room::KioskStatus status() const;
    void watch();
    void fail(const std::string& why);

    KioskManager& m_manager;
    Options m_options;
    std::unique_ptr<room::RoomClient> m_client;
    std::unique_ptr<QSocketNotifier> m_notifier;
    std::unique_ptr<QSocketNotifier> m_pairingNotifier;
    QTimer m_timer;
    bool m_unlocked = false;
    QString m_lastError;
};

} // namespace examroom
