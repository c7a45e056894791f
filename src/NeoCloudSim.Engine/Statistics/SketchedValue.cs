namespace NeoCloudSim.Engine.Statistics;

/// <summary>
/// An observation together with the <see cref="QuantileSketch"/> bin it falls into: found once by
/// <see cref="QuantileSketch.Locate"/>, then added to several sketches or tallies of the same accuracy without
/// computing the bin's logarithm again (a served request is recorded per bucket, per run and per cluster).
/// </summary>
public readonly struct SketchedValue
{
    internal SketchedValue(double value, int index, int sign, double relativeAccuracy)
    {
        Value = value;
        Index = index;
        Sign = sign;
        RelativeAccuracy = relativeAccuracy;
    }

    /// <summary>The observation.</summary>
    public double Value { get; }

    /// <summary>Relative accuracy of the sketches the bin is valid for.</summary>
    public double RelativeAccuracy { get; }

    /// <summary>Bin index of the value's magnitude (0 for the zero bin).</summary>
    internal int Index { get; }

    /// <summary>+1 for the positive store, −1 for the negative one, 0 for the zero bin.</summary>
    internal int Sign { get; }
}
