using NeoCloudSim.Outputs.Charts;

namespace NeoCloudSim.Outputs.Tests;

public sealed class RunChartsTests(ResultsFolderFixture run) : IClassFixture<ResultsFolderFixture>
{
    [Fact]
    public void The_charts_are_drawn_with_titles_units_and_legends()
    {
        string folder = Path.Combine(run.Root, "charts");
        Directory.CreateDirectory(folder);
        var files = RunCharts.Write(run.Results, folder);

        Assert.Equal(["capacity.png", "capacity.svg", "power.png", "power.svg", "utilization.png", "utilization.svg"], files);
        foreach (string png in files.Where(f => f.EndsWith(".png", StringComparison.Ordinal)))
        {
            var bytes = File.ReadAllBytes(Path.Combine(folder, png));
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
            Assert.True(bytes.Length > 20_000, $"{png} is only {bytes.Length} bytes: blank?");
        }

        string capacity = File.ReadAllText(Path.Combine(folder, "capacity.svg"));
        foreach (string text in new[] { "Capacity: GPUs by state against demand", "Date (UTC)", "GPUs", "GPUs stranded", "Demand (requests/s)" })
        {
            Assert.Contains(text, capacity, StringComparison.Ordinal);
        }

        string utilization = File.ReadAllText(Path.Combine(folder, "utilization.svg"));
        Assert.Contains("Utilization (%)", utilization, StringComparison.Ordinal);
        Assert.Contains("campus-tx", utilization, StringComparison.Ordinal);
        Assert.Contains("MW", File.ReadAllText(Path.Combine(folder, "power.svg")), StringComparison.Ordinal);
    }
}
