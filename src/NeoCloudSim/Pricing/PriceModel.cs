namespace NeoCloudSim.Pricing;

/// <summary>How a class of demand is charged.</summary>
public enum PriceModel
{
    /// <summary>Per million input and output tokens.</summary>
    PerToken,

    /// <summary>Per GPU-hour: the class pays for the busy GPU time of the sites that serve it, shared out by tokens.</summary>
    GpuHour,
}
