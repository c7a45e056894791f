using NeoCloudSim.Outputs.Parquet;
using ScottPlot;

namespace NeoCloudSim.Reports.Charts;

/// <summary>
/// Money by period (weeks for runs up to 120 days, months up to three years, quarters beyond): cost by kind as stacked
/// bars, revenue and margin as lines.
/// </summary>
internal static class MoneyChart
{
    private static readonly (string Column, string Label)[] CostKinds =
    [
        ("gpu_depreciation_usd", "GPU depreciation"),
        ("facility_depreciation_usd", "facility depreciation"),
        ("energy_usd", "energy"),
        ("fixed_opex_usd", "fixed opex"),
        ("software_usd", "serving software"),
        ("burst_usd", "burst to partners"),
    ];

    public static Plot Draw(ResultsView view)
    {
        var money = view.Folder.Table(ResultTables.Money);
        var starts = money.Times("bucket_start");
        double days = (view.Buckets.End - view.Buckets.Starts.FirstOrDefault()).TotalDays;
        var (periodName, periodOf) = Periods(days);
        var periods = starts.Select(periodOf).Distinct().Order().ToArray();
        var index = periods.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        var columns = CostKinds.Select(k => money.Numbers(k.Column)).ToArray();
        var revenue = money.Numbers("revenue_usd");
        var margin = money.Numbers("margin_usd");
        var perPeriod = new double[periods.Length, CostKinds.Length];
        var revenueOf = new double[periods.Length];
        var marginOf = new double[periods.Length];
        for (int r = 0; r < money.RowCount; r++)
        {
            int p = index[periodOf(starts[r])];
            for (int k = 0; k < CostKinds.Length; k++)
            {
                perPeriod[p, k] += columns[k][r];
            }

            revenueOf[p] += revenue[r];
            marginOf[p] += margin[r];
        }

        var plot = new Plot();
        var ends = periods.Skip(1).Append(view.Buckets.End).ToArray();
        var bars = new List<Bar>();
        var centers = new double[periods.Length];
        for (int p = 0; p < periods.Length; p++)
        {
            double left = Math.Max(periods[p].ToOADate(), starts.Min().ToOADate());
            double right = Math.Min(ends[p].ToOADate(), view.Buckets.End.ToOADate());
            centers[p] = (left + right) / 2;
            double baseline = 0;
            for (int k = 0; k < CostKinds.Length; k++)
            {
                double value = perPeriod[p, k] / 1000;
                bars.Add(new Bar { Position = centers[p], ValueBase = baseline, Value = baseline + value, Size = (right - left) * 0.8, FillColor = ChartStyle.ColorOf(k + 3), LineWidth = 0 });
                baseline += value;
            }
        }

        plot.Add.Bars(bars);
        for (int k = 0; k < CostKinds.Length; k++)
        {
            ChartStyle.LegendBox(plot, "cost: " + CostKinds[k].Label, ChartStyle.ColorOf(k + 3));
        }

        var revenueLine = plot.Add.Scatter(centers, [.. revenueOf.Select(v => v / 1000)]);
        revenueLine.LegendText = "revenue";
        revenueLine.Color = ChartStyle.ColorOf(2);
        revenueLine.LineWidth = 3;
        revenueLine.MarkerSize = 8;
        var marginLine = plot.Add.Scatter(centers, [.. marginOf.Select(v => v / 1000)]);
        marginLine.LegendText = "margin (revenue − cost)";
        marginLine.Color = Colors.Black;
        marginLine.LineWidth = 2;
        marginLine.MarkerSize = 6;
        plot.Add.HorizontalLine(0, 1, Colors.Gray);
        plot.Axes.DateTimeTicksBottom();
        ChartStyle.Decorate(plot, $"Money per {periodName}: cost by kind, revenue and margin", $"{char.ToUpperInvariant(periodName[0])}{periodName[1..]} (UTC)", "Thousand USD");
        return plot;
    }

    /// <summary>The period length for a run of <paramref name="days"/>, and the start of the period a time falls in.</summary>
    private static (string Name, Func<DateTime, DateTime> Start) Periods(double days) => days switch
    {
        <= 120 => ("week", t => t.Date.AddDays(-(((int)t.DayOfWeek + 6) % 7))),
        <= 3 * 366 => ("month", t => new DateTime(t.Year, t.Month, 1, 0, 0, 0, DateTimeKind.Utc)),
        _ => ("quarter", t => new DateTime(t.Year, ((t.Month - 1) / 3 * 3) + 1, 1, 0, 0, 0, DateTimeKind.Utc)),
    };
}
