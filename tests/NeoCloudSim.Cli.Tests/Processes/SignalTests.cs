namespace NeoCloudSim.Cli.Tests.Processes;

/// <summary>
/// Real signals to a real neocloudsim process: whatever it is doing — simulating, running replications on one
/// thread, sweeping, comparing, writing — it stops within seconds, removes what it was writing, says so in one line and
/// exits 130 for SIGINT or 143 for SIGTERM; a second signal changes nothing.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class SignalTests
{
    private static readonly TimeSpan Prompt = TimeSpan.FromSeconds(6); // "within a second or two", with room for a busy CI machine
    private static readonly TimeSpan Started = TimeSpan.FromSeconds(2);

    [Theory]
    [InlineData("INT", 130, "run", "default.yaml", "--out", "results/base", "--quiet")]
    [InlineData("TERM", 143, "run", "default.yaml", "--out", "results/base", "--quiet")]
    [InlineData("INT", 130, "run", "default.yaml", "--out", "results/base", "--quiet", "--replications", "4", "--threads", "1")]
    [InlineData("TERM", 143, "sweep", "default.yaml", "--set", "seed=1,2", "--replications", "1", "--out", "results/base")]
    [InlineData("INT", 130, "compare", "default.yaml", "default.yaml", "--replications", "2", "--out", "results/base")]
    public void A_signal_mid_work_stops_it_promptly_writes_nothing_and_exits_128_plus_the_signal(string signal, int exitCode, params string[] args)
    {
        using var tree = new ProcessTree();
        using var cli = CliProcess.Start(tree.Root, null, args);
        Thread.Sleep(Started);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        cli.Signal(signal);
        int code = cli.WaitForExit(Prompt);

        Assert.True(clock.Elapsed < Prompt, $"stopped after {clock.Elapsed.TotalSeconds:F1} s");
        Assert.Equal(exitCode, code);
        Assert.Contains("nothing was written", cli.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled", cli.Errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(tree.At("results/base")));
        Assert.Equal("", tree.Hidden());
    }

    [Fact]
    public void Two_signals_while_writing_undo_the_write_keep_the_old_folder_and_never_crash()
    {
        using var tree = new ProcessTree();
        Assert.Equal(0, CliProcess.Run(tree.Root, "run", "small.yaml", "--out", "results/base", "--seed", "1", "--quiet").Code);

        using var cli = CliProcess.Start(tree.Root, "pause-before-commit", "run", "small.yaml", "--out", "results/base", "--seed", "2", "--force", "--quiet");
        cli.WaitFor("fault: paused before commit", TimeSpan.FromSeconds(30));
        Assert.Contains(".base.partial-", tree.Hidden(), StringComparison.Ordinal); // the new results are staged
        cli.Signal("INT");
        cli.Signal("INT");
        int code = cli.WaitForExit(Prompt);

        Assert.Equal(130, code);
        Assert.Equal(["fault: paused before commit", "Stopped while writing the results: nothing was written."], cli.Errors.Trim().Split(Environment.NewLine));
        Assert.Equal("1", tree.SeedOf("results/base"));
        Assert.Equal("", tree.Hidden());
    }
}
