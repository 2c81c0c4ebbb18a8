// SPDX-License-Identifier: MIT
#pragma once

#include "error.h"

#include <QObject>

#include <functional>
#include <memory>

namespace Neon {

class Reply;

/// Deletes a handle now, or — when it is inside its own signal, whose sender must outlive the
/// slot — silences it and deletes it from the event loop. Either way nobody hears from it again.
struct ReplyDeleter
{
    void operator()(Reply* reply) const;
};

/// The handle of one call. It completes exactly once (finished(), then isFinished() is true)
/// with either a value or an Error. Destroying the handle cancels the call: the HTTP reply is
/// aborted, polling stops and finished() is never emitted. Handles are held as Pending<T> (or
/// PendingReply), whose deleter may run anywhere, even inside the handle's own signal.
class Reply : public QObject
{
    Q_OBJECT
public:
    explicit Reply(QString description, QObject* parent = nullptr);
    ~Reply() override;

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error.isError(); }
    bool isAccepted() const { return m_accepted; }
    const Error& error() const { return m_error; }
    /// What the call does, for progress texts ("GET /projects/{project_id}/branches").
    const QString& description() const { return m_description; }

Q_SIGNALS:
    /// A step of a longer call, e.g. "waiting for 2 operations".
    void progress(const QString& message);
    /// A change the server accepted; its operations still run. Another change to the same
    /// project may be sent from now on (Neon answers 423 while they would conflict).
    void accepted();
    void finished();

public:
    // Used by the client while it drives the call.
    void fail(const Error& error);
    void succeedEmpty();
    /// Keeps `child` alive as long as the step runs (or this handle lives); replaces the previous step.
    void setStep(std::unique_ptr<QObject> child);
    /// The same for an inner call (dropping the step cancels it, even from inside its own signal).
    template<typename R>
    void setStep(std::unique_ptr<R, ReplyDeleter> call)
    {
        setStep(holding(std::unique_ptr<Reply, ReplyDeleter>(std::move(call))));
    }
    /// Emits progress(); use this rather than emitting it directly, so isEmitting() knows.
    void reportProgress(const QString& message);
    /// Emits accepted() once.
    void markAccepted();
    /// True while this handle's own finished() or progress() is being delivered.
    bool isEmitting() const { return m_emitting > 0; }

protected:
    void markSucceeded();
    static std::unique_ptr<QObject> holding(std::unique_ptr<Reply, ReplyDeleter> call);

private:
    QString m_description;
    Error m_error;
    bool m_finished = false;
    bool m_accepted = false;
    std::unique_ptr<QObject> m_step;
    int m_emitting = 0;
};

using PendingReply = std::unique_ptr<Reply, ReplyDeleter>;

/// A handle that carries a typed value on success.
template<typename T>
class Result : public Reply
{
public:
    using Reply::Reply;
    const T& value() const { return m_value; }
    T& mutableValue() { return m_value; }
    void succeed(T value)
    {
        m_value = std::move(value);
        markSucceeded();
    }

private:
    T m_value {};
};

template<typename T>
using Pending = std::unique_ptr<Result<T>, ReplyDeleter>;

/// A new handle for a call the client is about to drive.
template<typename T>
Pending<T> makePending(const QString& description)
{
    return Pending<T>(new Result<T>(description));
}

} // namespace Neon
