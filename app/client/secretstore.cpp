#include "secretstore.h"

#include "clientlogging.h"

#include <qt6keychain/keychain.h>

namespace nest::client {

QString SecretKey::toString() const
{
    return serverOrigin + u'|' + username + u'|' + name;
}

SecretStore::SecretStore(QObject *parent)
    : SecretStore(QString(DefaultService), parent)
{}

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{}

SecretStore::~SecretStore() = default;

void SecretStore::write(const SecretKey &key, const QByteArray &secret, Done done)
{
    enqueue({Op::Write, key.toString(), secret, std::move(done), {}});
}

void SecretStore::read(const SecretKey &key, ReadDone done)
{
    enqueue({Op::Read, key.toString(), {}, {}, std::move(done)});
}

void SecretStore::remove(const SecretKey &key, Done done)
{
    enqueue({Op::Remove, key.toString(), {}, std::move(done), {}});
}

void SecretStore::enqueue(Request request)
{
    m_queue.push_back(std::move(request));
    scheduleNext();
}

void SecretStore::scheduleNext()
{
    if (m_running || m_scheduled || m_queue.empty())
        return;
    m_scheduled = true;
    QMetaObject::invokeMethod(this, &SecretStore::runNext, Qt::QueuedConnection);
}

void SecretStore::runNext()
{
    m_scheduled = false;
    if (m_running || m_queue.empty())
        return;
    if (m_memoryOnly) {
        Request request = std::move(m_queue.front());
        m_queue.pop_front();
        runInMemory(request);
        scheduleNext();
        return;
    }

    // One keychain job at a time: concurrent Secret Service calls on one item can interleave
    // (a read may overtake the write it should see), and unlock prompts must not stack up.
    m_running = true;
    const Request &request = m_queue.front();
    QKeychain::Job *job = nullptr;
    switch (request.op) {
    case Op::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setBinaryData(request.secret);
        job = write;
        break;
    }
    case Op::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Op::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    // Deleted by us after reading its result; never setInsecureFallback (a plaintext file).
    // Jobs have no parent and delete themselves once finished: the libsecret backend calls back
    // into a job that is still running, so destroying the store must not destroy the job.
    job->setAutoDelete(true);
    job->setKey(request.key);
    connect(job, &QKeychain::Job::finished, this, &SecretStore::onJobFinished);
    job->start();
}

void SecretStore::onJobFinished(QKeychain::Job *job)
{
    if (!m_running || m_queue.empty())
        return;
    Request request = std::move(m_queue.front());
    m_queue.pop_front();
    m_running = false;

    const QKeychain::Error error = job->error();
    switch (error) {
    case QKeychain::NoError:
        m_keychainWorked = true;
        if (request.op == Op::Read) {
            complete(request, true, static_cast<QKeychain::ReadPasswordJob *>(job)->binaryData(),
                     {});
        } else {
            complete(request, true, std::nullopt, {});
        }
        break;
    case QKeychain::EntryNotFound:
        m_keychainWorked = true;
        // A missing entry is the normal answer for "no saved session" and for a second delete.
        complete(request, request.op != Op::Write, std::nullopt,
                 request.op == Op::Write ? job->errorString() : QString());
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::OtherError:
        // QtKeychain 0.13 reports a missing Secret Service as OtherError. Once the keychain has
        // answered this run, such an error is a failure of that one job, not a missing keychain.
        if (!m_keychainWorked) {
            qCWarning(lcNet) << "keychain error" << int(error) << job->errorString();
            switchToMemory(job->errorString());
            runInMemory(request);
            break;
        }
        qCWarning(lcNet) << "keychain job failed:" << int(error) << job->errorString();
        complete(request, false, std::nullopt, job->errorString());
        break;
    case QKeychain::CouldNotDeleteEntry:
        qCWarning(lcNet) << "keychain job failed:" << int(error) << job->errorString();
        complete(request, false, std::nullopt, job->errorString());
        break;
    }
    scheduleNext();
}

void SecretStore::switchToMemory(const QString &reason)
{
    if (m_memoryOnly)
        return;
    m_memoryOnly = true;
    qCWarning(lcNet) << "no usable keychain, keeping secrets in memory for this run:" << reason;
    m_unavailableReason =
        tr("No system keychain is available (%1). You stay signed in until Nest Desktop quits, "
           "and will have to sign in again next time. Nothing is saved to disk.")
            .arg(reason);
    Q_EMIT unavailable(m_unavailableReason);
}

void SecretStore::runInMemory(Request &request)
{
    switch (request.op) {
    case Op::Write:
        m_memory.insert(request.key, request.secret);
        complete(request, true, std::nullopt, {});
        break;
    case Op::Read: {
        const auto it = m_memory.constFind(request.key);
        complete(request, true, it == m_memory.cend() ? std::nullopt : std::optional(*it), {});
        break;
    }
    case Op::Remove:
        m_memory.remove(request.key);
        complete(request, true, std::nullopt, {});
        break;
    }
}

void SecretStore::complete(Request &request, bool ok, const std::optional<QByteArray> &secret,
                           const QString &error)
{
    if (request.op == Op::Read) {
        if (request.readDone)
            request.readDone(ok ? secret : std::nullopt, error);
    } else if (request.done) {
        request.done(ok, error);
    }
}

} // namespace nest::client
