using NeoCloudSim.Scenarios.Reading;

namespace NeoCloudSim.Scenarios.Tests;

/// <summary>
/// A corpus of broken scenario files (Corpus/*.yaml), each opening with <c># expect: TEXT</c>: reading it must fail
/// with a message containing TEXT — file, line, column, field path and what is wrong.
/// </summary>
public sealed class ErrorCorpusTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (string file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus"), "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_broken_file_gets_its_precise_message(string name)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Corpus", name);
        string text = File.ReadAllText(path);
        string expected = text.Split('\n')[0]["# expect: ".Length..].TrimEnd();
        var error = Assert.Throws<ScenarioException>(() => ScenarioReader.Read(text, name, Path.GetDirectoryName(path)!));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void All_unknown_fields_are_reported_at_once()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Corpus", "two-unknown-fields.yaml");
        var error = Assert.Throws<ScenarioException>(() => ScenarioReader.ReadFile(path));
        Assert.Equal(2, error.Problems.Count);
        Assert.Contains(error.Problems, p => p.Contains(":3:1: horizon_dayz: unknown field", StringComparison.Ordinal));
    }

    [Fact]
    public void All_type_errors_are_reported_at_once_with_their_paths()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Corpus", "several-type-errors.yaml");
        var error = Assert.Throws<ScenarioException>(() => ScenarioReader.ReadFile(path));
        Assert.Equal(3, error.Problems.Count);
        Assert.Contains(error.Problems, p => p.Contains(":3:15: horizon_days: expected a number, not 'soon'", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains(":5:38: regions[0].utc_offset_hours: expected a number, not 'east'", StringComparison.Ordinal));
    }

    [Fact]
    public void The_corpus_covers_every_error_class()
    {
        Assert.True(Files().Count >= 14);
    }
}
