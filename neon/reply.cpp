// SPDX-License-Identifier: MIT
#include "reply.h"

namespace Neon {

Reply::Reply(QString description, QObject* parent) : QObject(parent), m_description(std::move(description)) { }

Reply::~Reply() = default;

namespace {
/// Counts a handle's own signal deliveries, for ReplyDeleter.
struct Emitting
{
    explicit Emitting(int& depth) : m_depth(depth) { ++m_depth; }
    ~Emitting() { --m_depth; }
    Emitting(const Emitting&) = delete;
    Emitting& operator=(const Emitting&) = delete;
    int& m_depth;
};
} // namespace

void ReplyDeleter::operator()(Reply* reply) const
{
    if (!reply)
        return;
    if (!reply->isEmitting()) {
        delete reply;
        return;
    }
    QObject::disconnect(reply, nullptr, nullptr, nullptr);
    reply->blockSignals(true);
    reply->deleteLater();
}

void Reply::fail(const Error& error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    const Emitting emitting(m_emitting);
    Q_EMIT finished();
}

void Reply::reportProgress(const QString& message)
{
    const Emitting emitting(m_emitting);
    Q_EMIT progress(message);
}

void Reply::markAccepted()
{
    if (std::exchange(m_accepted, true) || m_finished)
        return;
    const Emitting emitting(m_emitting);
    Q_EMIT accepted();
}

void Reply::succeedEmpty()
{
    markSucceeded();
}

void Reply::markSucceeded()
{
    if (m_finished)
        return;
    m_finished = true;
    const Emitting emitting(m_emitting);
    Q_EMIT finished();
}

namespace {
/// Owns an inner call as a step of an outer one.
struct CallStep : QObject
{
    explicit CallStep(PendingReply inner) : call(std::move(inner)) { }
    PendingReply call;
};
} // namespace

std::unique_ptr<QObject> Reply::holding(PendingReply call)
{
    return std::make_unique<CallStep>(std::move(call));
}

void Reply::setStep(std::unique_ptr<QObject> child)
{
    // The previous step may be the one whose signal is being delivered right now.
    if (m_step)
        m_step.release()->deleteLater();
    m_step = std::move(child);
}

} // namespace Neon
