namespace NeoCloudSim.Numerics;

/// <summary>
/// GMRES for the small, non-symmetric linear systems of the routing's Newton steps: A·x = b where A is known only by
/// its product with a vector. Without restarts (the systems have a few hundred unknowns and settle in a few dozen
/// iterations); modified Gram–Schmidt with Givens rotations. The buffers are kept between calls, since a long
/// horizon solves one or more systems every step.
/// </summary>
internal sealed class Gmres
{
    private readonly int _size;
    private readonly int _most;
    private readonly double[][] _basis;
    private readonly double[,] _hessenberg;
    private readonly double[] _cos;
    private readonly double[] _sin;
    private readonly double[] _residual;
    private readonly double[] _y;

    /// <summary>A solver for systems of <paramref name="size"/> unknowns, stopping after <paramref name="most"/> iterations at the latest.</summary>
    public Gmres(int size, int most)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(most);
        _size = size;
        _most = Math.Min(most, size);
        _basis = [.. Enumerable.Range(0, _most + 1).Select(_ => new double[size])];
        _hessenberg = new double[_most + 1, _most];
        _cos = new double[_most];
        _sin = new double[_most];
        _residual = new double[_most + 1];
        _y = new double[_most];
    }

    /// <summary>
    /// Solves A·x = <paramref name="b"/> from x = 0 into <paramref name="x"/>, until the residual is
    /// <paramref name="tolerance"/> of ‖b‖ or less, or after the most iterations. <paramref name="apply"/> writes A·v
    /// into its second argument. Returns the iterations taken.
    /// </summary>
    public int Solve(Action<double[], double[]> apply, double[] b, double[] x, double tolerance)
    {
        Array.Clear(x);
        double beta = Norm(b);
        if (beta == 0)
        {
            return 0;
        }

        var v0 = _basis[0];
        for (int i = 0; i < _size; i++)
        {
            v0[i] = b[i] / beta;
        }

        Array.Clear(_residual);
        _residual[0] = beta;
        int k = 0;
        while (k < _most)
        {
            var w = _basis[k + 1];
            apply(_basis[k], w);
            for (int i = 0; i <= k; i++)
            {
                double h = Dot(w, _basis[i]);
                _hessenberg[i, k] = h;
                Axpy(-h, _basis[i], w);
            }

            double next = Norm(w);
            _hessenberg[k + 1, k] = next;
            if (next > 0)
            {
                for (int i = 0; i < _size; i++)
                {
                    w[i] /= next;
                }
            }

            // The earlier rotations on the new column, then the rotation that zeroes its subdiagonal.
            for (int i = 0; i < k; i++)
            {
                double upper = _hessenberg[i, k], lower = _hessenberg[i + 1, k];
                _hessenberg[i, k] = (_cos[i] * upper) + (_sin[i] * lower);
                _hessenberg[i + 1, k] = (-_sin[i] * upper) + (_cos[i] * lower);
            }

            double diagonal = _hessenberg[k, k], below = _hessenberg[k + 1, k];
            double radius = Math.Sqrt((diagonal * diagonal) + (below * below));
            _cos[k] = radius > 0 ? diagonal / radius : 1;
            _sin[k] = radius > 0 ? below / radius : 0;
            _hessenberg[k, k] = radius;
            _hessenberg[k + 1, k] = 0;
            _residual[k + 1] = -_sin[k] * _residual[k];
            _residual[k] *= _cos[k];
            k++;
            if (Math.Abs(_residual[k]) <= tolerance * beta || next == 0)
            {
                break;
            }
        }

        // Back substitution on the triangle, then x = V·y.
        for (int i = k - 1; i >= 0; i--)
        {
            double sum = _residual[i];
            for (int j = i + 1; j < k; j++)
            {
                sum -= _hessenberg[i, j] * _y[j];
            }

            _y[i] = _hessenberg[i, i] != 0 ? sum / _hessenberg[i, i] : 0;
        }

        for (int i = 0; i < k; i++)
        {
            Axpy(_y[i], _basis[i], x);
        }

        return k;
    }

    private static double Dot(double[] a, double[] b)
    {
        double sum = 0;
        for (int i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    private static double Norm(double[] a) => Math.Sqrt(Dot(a, a));

    private static void Axpy(double factor, double[] from, double[] to)
    {
        for (int i = 0; i < from.Length; i++)
        {
            to[i] += factor * from[i];
        }
    }
}
