namespace NeoCloudSim.Compute;

/// <summary>A purchase of GPUs of one SKU for one site, placed on a date and delivered after the SKU's lead time.</summary>
public sealed record GpuOrderSpec
{
    /// <summary>The site the GPUs go to.</summary>
    public required string Site { get; init; }

    /// <summary>The SKU ordered.</summary>
    public required string Sku { get; init; }

    /// <summary>Number of GPUs (installed in whole replicas; a remainder stays stranded).</summary>
    public int Gpus { get; init; }

    /// <summary>When the order is placed, UTC.</summary>
    public DateTime OrderedOn { get; init; }
}
