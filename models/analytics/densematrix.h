#pragma once

#include <optional>
#include <vector>

namespace nest::analytics {

//! A small row-major dense matrix of doubles: just enough linear algebra for the learner's
//! 11 x 11 systems and the factor model, with no dependency beyond the standard library.
class DenseMatrix {
public:
    DenseMatrix() = default;
    DenseMatrix(int rows, int cols, double fill = 0.0);
    static DenseMatrix identity(int n, double diagonal = 1.0);

    int rows() const { return m_rows; }
    int cols() const { return m_cols; }
    double &operator()(int r, int c) { return m_data[index(r, c)]; }
    double operator()(int r, int c) const { return m_data[index(r, c)]; }
    const std::vector<double> &data() const { return m_data; }
    std::vector<double> &data() { return m_data; }

    DenseMatrix transposed() const;
    DenseMatrix operator*(const DenseMatrix &other) const;
    DenseMatrix operator+(const DenseMatrix &other) const;
    DenseMatrix operator-(const DenseMatrix &other) const;
    DenseMatrix scaled(double factor) const;
    //! Largest absolute element-wise difference (the matrices must have the same shape).
    double maxAbsDiff(const DenseMatrix &other) const;

    //! Inverse by Gauss-Jordan with partial pivoting; nullopt when (numerically) singular.
    std::optional<DenseMatrix> inverted() const;
    //! Eigen-decomposition of a symmetric matrix by cyclic Jacobi rotations: eigenvalues in
    //! descending order, eigenvectors in the matching columns.
    void symmetricEigen(std::vector<double> *values, DenseMatrix *vectors) const;

private:
    std::size_t index(int r, int c) const
    {
        return static_cast<std::size_t>(r) * static_cast<std::size_t>(m_cols)
               + static_cast<std::size_t>(c);
    }

    int m_rows = 0;
    int m_cols = 0;
    std::vector<double> m_data;
};

} // namespace nest::analytics
