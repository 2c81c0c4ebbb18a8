// SPDX-License-Identifier: MIT
#include "reply.h"

namespace Neon {

Reply::Reply(QString description, QObject* parent) : QObject(parent), m_description(std::move(description)) { }

Reply::~Reply() = default;

void Reply::fail(const Error& error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    Q_EMIT finished();
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
    Q_EMIT finished();
}

void Reply::setStep(std::unique_ptr<QObject> child)
{
    // The previous step may be the one whose signal is being delivered right now.
    if (m_step)
        m_step.release()->deleteLater();
    m_step = std::move(child);
}

} // namespace Neon
