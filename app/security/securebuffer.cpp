#include "securebuffer.h"

#include "sodiuminit.h"

#include <sodium/utils.h>

#include <cstring>
#include <new>
#include <utility>

namespace nest::security {

SecureBuffer::SecureBuffer(qsizetype size)
{
    if (size <= 0)
        return;
    // sodium_malloc relies on the page size that sodium_init records.
    if (!initializeSodium())
        throw std::bad_alloc();
    m_data = static_cast<unsigned char *>(sodium_malloc(static_cast<size_t>(size)));
    if (!m_data)
        throw std::bad_alloc();
    m_size = size;
    sodium_memzero(m_data, static_cast<size_t>(m_size));
}

SecureBuffer::~SecureBuffer()
{
    release();
}

SecureBuffer::SecureBuffer(SecureBuffer &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{}

SecureBuffer &SecureBuffer::operator=(SecureBuffer &&other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBuffer SecureBuffer::fromBytes(QByteArrayView bytes)
{
    SecureBuffer buffer(bytes.size());
    if (!bytes.isEmpty())
        std::memcpy(buffer.m_data, bytes.data(), static_cast<size_t>(bytes.size()));
    return buffer;
}

bool SecureBuffer::constantTimeEquals(QByteArrayView other) const
{
    if (other.size() != m_size)
        return false;
    if (m_size == 0)
        return true;
    return sodium_memcmp(m_data, other.data(), static_cast<size_t>(m_size)) == 0;
}

void SecureBuffer::release() noexcept
{
    // sodium_free wipes the bytes before unmapping them.
    if (m_data)
        sodium_free(m_data);
    m_data = nullptr;
    m_size = 0;
}

} // namespace nest::security
