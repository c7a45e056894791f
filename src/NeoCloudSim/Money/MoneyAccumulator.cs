namespace NeoCloudSim.Money;

/// <summary>Revenue earned request by request within the current bucket.</summary>
internal sealed class MoneyAccumulator
{
    public double PerTokenUsd { get; set; }

    public double SlaCreditsUsd { get; set; }

    public double BurstUsd { get; set; }

    public void Clear()
    {
        PerTokenUsd = 0;
        SlaCreditsUsd = 0;
        BurstUsd = 0;
    }
}
