#pragma once

#include <QByteArrayView>

namespace nest::security {

//! Key material in guarded, locked memory (sodium_malloc), wiped when freed; move-only.
class SecureBuffer {
public:
    SecureBuffer() = default;
    //! size zero-filled bytes; throws std::bad_alloc if the guarded allocation fails.
    explicit SecureBuffer(qsizetype size);
    ~SecureBuffer();

    SecureBuffer(const SecureBuffer &) = delete;
    SecureBuffer &operator=(const SecureBuffer &) = delete;
    SecureBuffer(SecureBuffer &&other) noexcept;
    SecureBuffer &operator=(SecureBuffer &&other) noexcept;

    static SecureBuffer fromBytes(QByteArrayView bytes);

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    QByteArrayView view() const { return QByteArrayView(m_data, m_size); }

    //! Constant-time comparison of contents (sizes are not secret).
    bool constantTimeEquals(QByteArrayView other) const;

private:
    void release() noexcept;

    unsigned char *m_data = nullptr;
    qsizetype m_size = 0;
};

} // namespace nest::security
