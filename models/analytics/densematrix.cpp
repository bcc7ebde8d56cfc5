#include "densematrix.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <numeric>

namespace nest::analytics {

DenseMatrix::DenseMatrix(int rows, int cols, double fill)
    : m_rows(rows)
    , m_cols(cols)
    , m_data(static_cast<std::size_t>(rows) * static_cast<std::size_t>(cols), fill)
{}

DenseMatrix DenseMatrix::identity(int n, double diagonal)
{
    DenseMatrix m(n, n);
    for (int i = 0; i < n; ++i)
        m(i, i) = diagonal;
    return m;
}

DenseMatrix DenseMatrix::transposed() const
{
    DenseMatrix t(m_cols, m_rows);
    for (int r = 0; r < m_rows; ++r)
        for (int c = 0; c < m_cols; ++c)
            t(c, r) = (*this)(r, c);
    return t;
}

DenseMatrix DenseMatrix::operator*(const DenseMatrix &other) const
{
    assert(m_cols == other.m_rows);
    DenseMatrix p(m_rows, other.m_cols);
    for (int r = 0; r < m_rows; ++r)
        for (int k = 0; k < m_cols; ++k) {
            const double a = (*this)(r, k);
            if (a == 0.0)
                continue;
            for (int c = 0; c < other.m_cols; ++c)
                p(r, c) += a * other(k, c);
        }
    return p;
}

DenseMatrix DenseMatrix::operator+(const DenseMatrix &other) const
{
    assert(m_rows == other.m_rows && m_cols == other.m_cols);
    DenseMatrix s = *this;
    for (std::size_t i = 0; i < m_data.size(); ++i)
        s.m_data[i] += other.m_data[i];
    return s;
}

DenseMatrix DenseMatrix::operator-(const DenseMatrix &other) const
{
    return *this + other.scaled(-1.0);
}

DenseMatrix DenseMatrix::scaled(double factor) const
{
    DenseMatrix s = *this;
    for (double &v : s.m_data)
        v *= factor;
    return s;
}

double DenseMatrix::maxAbsDiff(const DenseMatrix &other) const
{
    assert(m_rows == other.m_rows && m_cols == other.m_cols);
    double worst = 0;
    for (std::size_t i = 0; i < m_data.size(); ++i)
        worst = std::max(worst, std::abs(m_data[i] - other.m_data[i]));
    return worst;
}

std::optional<DenseMatrix> DenseMatrix::inverted() const
{
    assert(m_rows == m_cols);
    const int n = m_rows;
    DenseMatrix a = *this;
    DenseMatrix inv = identity(n);
    double scale = 0;
    for (double v : m_data)
        scale = std::max(scale, std::abs(v));
    for (int col = 0; col < n; ++col) {
        int pivot = col;
        for (int r = col + 1; r < n; ++r)
            if (std::abs(a(r, col)) > std::abs(a(pivot, col)))
                pivot = r;
        if (!(std::abs(a(pivot, col)) > 1e-14 * std::max(scale, 1e-300)))
            return std::nullopt;
        if (pivot != col)
            for (int c = 0; c < n; ++c) {
                std::swap(a(pivot, c), a(col, c));
                std::swap(inv(pivot, c), inv(col, c));
            }
        const double d = a(col, col);
        for (int c = 0; c < n; ++c) {
            a(col, c) /= d;
            inv(col, c) /= d;
        }
        for (int r = 0; r < n; ++r) {
            if (r == col || a(r, col) == 0.0)
                continue;
            const double f = a(r, col);
            for (int c = 0; c < n; ++c) {
                a(r, c) -= f * a(col, c);
                inv(r, c) -= f * inv(col, c);
            }
        }
    }
    return inv;
}

void DenseMatrix::symmetricEigen(std::vector<double> *values, DenseMatrix *vectors) const
{
    assert(m_rows == m_cols);
    const int n = m_rows;
    DenseMatrix a = *this;
    DenseMatrix v = identity(n);
    for (int sweep = 0; sweep < 100; ++sweep) {
        double off = 0;
        for (int p = 0; p < n; ++p)
            for (int q = p + 1; q < n; ++q)
                off += a(p, q) * a(p, q);
        if (off < 1e-30)
            break;
        for (int p = 0; p < n; ++p)
            for (int q = p + 1; q < n; ++q) {
                if (std::abs(a(p, q)) < 1e-300)
                    continue;
                // The classic stable rotation (Golub & Van Loan, sec. 8.5).
                const double theta = (a(q, q) - a(p, p)) / (2 * a(p, q));
                const double t =
                    (theta >= 0 ? 1.0 : -1.0) / (std::abs(theta) + std::sqrt(theta * theta + 1));
                const double c = 1 / std::sqrt(t * t + 1);
                const double s = t * c;
                for (int k = 0; k < n; ++k) {
                    const double akp = a(k, p);
                    const double akq = a(k, q);
                    a(k, p) = c * akp - s * akq;
                    a(k, q) = s * akp + c * akq;
                }
                for (int k = 0; k < n; ++k) {
                    const double apk = a(p, k);
                    const double aqk = a(q, k);
                    a(p, k) = c * apk - s * aqk;
                    a(q, k) = s * apk + c * aqk;
                }
                for (int k = 0; k < n; ++k) {
                    const double vkp = v(k, p);
                    const double vkq = v(k, q);
                    v(k, p) = c * vkp - s * vkq;
                    v(k, q) = s * vkp + c * vkq;
                }
            }
    }
    std::vector<int> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&a](int l, int r) { return a(l, l) > a(r, r); });
    values->assign(static_cast<std::size_t>(n), 0.0);
    *vectors = DenseMatrix(n, n);
    for (int i = 0; i < n; ++i) {
        const int src = order[static_cast<std::size_t>(i)];
        (*values)[static_cast<std::size_t>(i)] = a(src, src);
        for (int k = 0; k < n; ++k)
            (*vectors)(k, i) = v(k, src);
    }
}

} // namespace nest::analytics
