using System.Globalization;
using NeoCloudSim.Demand;

namespace NeoCloudSim.Tests.Demand;

public sealed class TraceReplayTests
{
    private static readonly string AzureTrace = SharedData.PathOf("azure-llm-2023/AzureLLMInferenceTrace_conv.csv");

    [Fact]
    public void Replaying_the_azure_trace_reproduces_its_count_and_token_totals_exactly()
    {
        // Independent reference: a plain split of every line.
        var lines = File.ReadAllLines(AzureTrace).Skip(1).Where(l => l.Length > 0).ToArray();
        long prompt = lines.Sum(l => long.Parse(l.Split(',')[1], CultureInfo.InvariantCulture));
        long output = lines.Sum(l => long.Parse(l.Split(',')[2], CultureInfo.InvariantCulture));

        var records = AzureTraceReader.Read(AzureTrace);
        var stream = new TraceArrivalStream(records, startSeconds: 100, timeScale: 1, repeat: false, horizonSeconds: 1e9);
        long count = 0, replayPrompt = 0, replayOutput = 0;
        double first = double.NaN, last = 0;
        while (stream.TryNext(out var arrival))
        {
            count++;
            replayPrompt += arrival.PromptTokens;
            replayOutput += arrival.OutputTokens;
            first = double.IsNaN(first) ? arrival.Time : first;
            last = arrival.Time;
        }

        Assert.Equal(19_366, count);
        Assert.Equal(lines.Length, count);
        Assert.Equal(prompt, replayPrompt);
        Assert.Equal(output, replayOutput);
        Assert.Equal(1154.7, Math.Round((double)prompt / count, 1));
        Assert.Equal(211.1, Math.Round((double)output / count, 1));
        Assert.Equal(100, first);
        Assert.InRange(last - first, 3_501, 3_503); // 18:15:46.68 to 19:14:08.40
    }

    [Fact]
    public void A_time_scale_of_two_halves_the_span_and_repeat_loops_until_the_horizon()
    {
        var records = AzureTraceReader.Read(AzureTrace);
        var fast = new TraceArrivalStream(records, 0, timeScale: 2, repeat: false, horizonSeconds: 1e9);
        double last = 0;
        while (fast.TryNext(out var a))
        {
            last = a.Time;
        }

        Assert.InRange(last, 3_501 / 2.0, 3_503 / 2.0);

        var looped = new TraceArrivalStream(records, 0, timeScale: 1, repeat: true, horizonSeconds: 3 * 3_600);
        int n = 0;
        while (looped.TryNext(out _))
        {
            n++;
        }

        Assert.InRange(n, 3 * 19_366 * 3_600 / 3_503 - 19_366, 3 * 19_366 * 3_600 / 3_503 + 19_366);
    }

    [Theory]
    [InlineData("TIMESTAMP,ContextTokens,GeneratedTokens\n2023-11-16 18:15:46.6805900,374,44\n2023-11-16 18:15:50.99,abc,109\n", 3, "ContextTokens")]
    [InlineData("TIMESTAMP,ContextTokens,GeneratedTokens\n2023-11-16 18:15:46.6805900,374\n", 2, "3 comma-separated")]
    [InlineData("TIMESTAMP,ContextTokens,GeneratedTokens\nyesterday,1,2\n", 2, "TIMESTAMP")]
    [InlineData("time,prompt,output\n", 1, "header")]
    public void A_malformed_trace_names_the_file_line_and_field(string text, int line, string field)
    {
        var error = Assert.Throws<TraceFormatException>(() => AzureTraceReader.Read(new StringReader(text), "broken.csv"));
        Assert.Contains($"broken.csv:{line}:", error.Message, StringComparison.Ordinal);
        Assert.Contains(field, error.Message, StringComparison.Ordinal);
    }
}
