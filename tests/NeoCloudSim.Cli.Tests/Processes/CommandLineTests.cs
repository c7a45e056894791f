namespace NeoCloudSim.Cli.Tests.Processes;

/// <summary>A command line that does not parse: exit 2, the problem in words, one line of usage, not the whole help.</summary>
public sealed class CommandLineTests
{
    [Theory]
    [InlineData("--seed: '-1' is not a whole number of 0 or more", "run", "--seed", "-1")]
    [InlineData("--replications: 'many' is not a whole number", "run", "--replications", "many")]
    [InlineData("Required argument 'b' missing", "compare", "a.yaml")]
    [InlineData("Unrecognized command or argument 'rnu'", "rnu")]
    public void A_bad_command_line_exits_2_with_one_line_of_usage(string message, params string[] args)
    {
        using var tree = new ProcessTree();
        var (code, output, errors) = CliProcess.Run(tree.Root, args);
        Assert.Equal(2, code);
        Assert.Contains(message, errors, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Options:", errors + output, StringComparison.Ordinal);
        Assert.Single(errors.Split('\n'), line => line.StartsWith("usage: neocloudsim", StringComparison.Ordinal));
        Assert.False(Directory.Exists(tree.At("results")));
    }
}
