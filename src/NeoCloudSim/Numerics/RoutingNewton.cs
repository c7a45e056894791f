namespace NeoCloudSim.Numerics;

/// <summary>
/// Newton steps for a step's routing fixed point. The unknowns are each site's two blocking shares (of spilling and
/// of joining arrivals); given them, every flow's offers down its sites follow, and from the offers the sites' pools
/// give their blocking again. Plain substitution settles this slowly where overflow passes down long chains of
/// saturated sites (each pass carries a change one site further); Newton's step settles it in a few passes.
/// </summary>
/// <remarks>
/// The Jacobian is never formed: its product with a vector is the flows' offers differentiated along their chains
/// (a carry c passed on with share t changes by δc·t + c·δt) times each site's <see cref="BlockingSensitivity"/>,
/// and the Newton system is solved by <see cref="Gmres"/> to a relative residual of <see cref="Tolerance"/>.
/// </remarks>
internal sealed class RoutingNewton
{
    /// <summary>Relative residual at which the linear solve of a Newton step stops (an inexact Newton step).</summary>
    public const double Tolerance = 1e-4;

    private const int MostIterations = 60;

    private readonly int _sites;
    private readonly Gmres _gmres;
    private readonly Action<double[], double[]> _apply;
    private readonly double[] _residual;
    private readonly double[] _step;
    private readonly double[] _spillOffered;
    private readonly double[] _joinOffered;
    private readonly BlockingSensitivity[] _sensitivity;
    private readonly double[] _spillBlocking; // the point the Jacobian is taken at
    private readonly double[] _blocking;
    private int[][] _order = [];
    private bool[] _spills = [];
    private double[][] _spilling = [];
    private double[][] _joining = [];
    private double _lastResidual = double.PositiveInfinity;

    /// <summary>Steps for a fleet of <paramref name="sites"/> sites.</summary>
    public RoutingNewton(int sites)
    {
        _sites = sites;
        _gmres = new Gmres(2 * sites, MostIterations);
        _apply = Apply;
        _residual = new double[2 * sites];
        _step = new double[2 * sites];
        _spillOffered = new double[sites];
        _joinOffered = new double[sites];
        _sensitivity = new BlockingSensitivity[sites];
        _spillBlocking = new double[sites];
        _blocking = new double[sites];
    }

    /// <summary>The sites' sensitivities at the point evaluated, to be filled before <see cref="Next"/>.</summary>
    public BlockingSensitivity[] Sensitivity => _sensitivity;

    /// <summary>Starts a step's iteration.</summary>
    public void Begin()
    {
        _lastResidual = double.PositiveInfinity;
    }

    /// <summary>
    /// Moves the blocking shares the offers were made with (<paramref name="spillBlocking"/>, <paramref name="blocking"/>,
    /// updated in place) to the next point to evaluate, given the offers (per flow, at each of its sites in
    /// <paramref name="order"/>) and what the pools solved for them turn away (<paramref name="spillTurnedAway"/>,
    /// <paramref name="turnedAway"/>; the largest difference is <paramref name="residual"/>): a Newton step when the
    /// residual fell since the last pass, else the pools' own blocking (a plain substitution). Far from the answer,
    /// where a full Newton step can overshoot, the two alternate; near it Newton's steps settle it in two or three.
    /// </summary>
    public void Next(
        int[][] order,
        bool[] spills,
        double[][] spilling,
        double[][] joining,
        double[] spillBlocking,
        double[] blocking,
        double[] spillTurnedAway,
        double[] turnedAway,
        double residual)
    {
        if (residual < _lastResidual)
        {
            // The Newton direction: (I − J)·step = residual, J taken at the point evaluated.
            _order = order;
            _spills = spills;
            _spilling = spilling;
            _joining = joining;
            Array.Copy(spillBlocking, _spillBlocking, _sites);
            Array.Copy(blocking, _blocking, _sites);
            for (int s = 0; s < _sites; s++)
            {
                _residual[s] = spillTurnedAway[s] - spillBlocking[s];
                _residual[_sites + s] = turnedAway[s] - blocking[s];
            }

            _gmres.Solve(_apply, _residual, _step, Tolerance);
            for (int s = 0; s < _sites; s++)
            {
                spillBlocking[s] = Math.Clamp(spillBlocking[s] + _step[s], 0, 1);
                blocking[s] = Math.Clamp(blocking[s] + _step[_sites + s], 0, 1);
            }
        }
        else
        {
            Array.Copy(spillTurnedAway, spillBlocking, _sites);
            Array.Copy(turnedAway, blocking, _sites);
        }

        _lastResidual = residual;
    }

    /// <summary>(I − J)·v, J the derivative of the blocking the pools give by the blocking the offers were made with.</summary>
    private void Apply(double[] v, double[] result)
    {
        Array.Clear(_spillOffered);
        Array.Clear(_joinOffered);
        for (int f = 0; f < _order.Length; f++)
        {
            var at = _order[f];
            double change = 0; // of the carry passed on, the flow's own rate being fixed
            if (_spills[f])
            {
                var offers = _spilling[f];
                for (int j = 0; j < at.Length; j++)
                {
                    int s = at[j];
                    _spillOffered[s] += change;
                    change = (change * _spillBlocking[s]) + (offers[j] * v[s]);
                }
            }

            var joins = _joining[f];
            for (int j = 0; j < at.Length; j++)
            {
                int s = at[j];
                _joinOffered[s] += change;
                change = (change * _blocking[s]) + (joins[j] * v[_sites + s]);
            }
        }

        for (int s = 0; s < _sites; s++)
        {
            var d = _sensitivity[s];
            result[s] = v[s] - ((d.SpillBySpilling * _spillOffered[s]) + (d.SpillByJoining * _joinOffered[s]));
            result[_sites + s] = v[_sites + s] - ((d.FullBySpilling * _spillOffered[s]) + (d.FullByJoining * _joinOffered[s]));
        }
    }
}
