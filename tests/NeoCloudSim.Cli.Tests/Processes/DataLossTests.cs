namespace NeoCloudSim.Cli.Tests.Processes;

/// <summary>
/// The data-loss cases of the hostile review, each with real processes: no command deletes or overwrites anything but
/// a NeoCloudSim results folder it was told to replace, and a crash at the worst moment leaves a whole folder.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class DataLossTests
{
    [Fact]
    public void Force_through_a_trailing_slash_replaces_the_folder_in_place_for_run_and_sweep()
    {
        using var tree = new ProcessTree();
        Assert.Equal(0, CliProcess.Run(tree.Root, "run", "small.yaml", "--out", "results/base", "--seed", "1", "--quiet").Code);
        var run = CliProcess.Run(tree.Root, "run", "small.yaml", "--out", "results/base/", "--seed", "2", "--force", "--quiet");
        Assert.Equal(0, run.Code);
        Assert.Equal("2", tree.SeedOf("results/base"));
        Assert.Equal("", tree.Hidden("results/base"));

        Assert.Equal(0, CliProcess.Run(tree.Root, "sweep", "small.yaml", "--set", "seed=3", "--replications", "1", "--out", "new/").Code);
        Assert.True(File.Exists(tree.At("new/seed=3/summary.parquet")));
        Assert.Equal(0, CliProcess.Run(tree.Root, "sweep", "small.yaml", "--set", "seed=4", "--replications", "1", "--out", "new/", "--force").Code);
        Assert.True(File.Exists(tree.At("new/seed=4/summary.parquet")));
        Assert.False(Directory.Exists(tree.At("new/seed=3")));
        Assert.Equal("", tree.Hidden() + tree.Hidden("new") + tree.Hidden("."));
    }

    [Fact]
    public void Force_never_replaces_the_current_directory_a_folder_of_the_user_or_the_scenario_folder()
    {
        using var tree = new ProcessTree();
        Directory.CreateDirectory(tree.At("notes"));
        File.WriteAllText(tree.At("notes/todo.txt"), "mine");
        File.Copy(tree.At("small.yaml"), tree.At("notes/small.yaml"));

        foreach (var (cwd, args) in new (string, string[])[]
        {
            (tree.At("notes"), ["run", "small.yaml", "--out", ".", "--force"]),
            (tree.At("notes"), ["run", "small.yaml", "--out", "..", "--force"]),
            (tree.Root, ["run", "small.yaml", "--out", "notes", "--force"]),
            (tree.Root, ["run", "notes/small.yaml", "--out", "notes/", "--force"]),
            (tree.Root, ["sweep", "small.yaml", "--set", "seed=1", "--out", "notes", "--force"]),
            (tree.Root, ["compare", "small.yaml", "small.yaml", "--out", "notes", "--force"]),
            (tree.Root, ["run", "small.yaml", "--out", "small.yaml", "--force"]),
        })
        {
            var (code, _, errors) = CliProcess.Run(cwd, args);
            Assert.True(code == 3, $"{string.Join(' ', args)} in {cwd}: exit {code}, {errors}");
            Assert.Single(errors.Trim().Split('\n'));
        }

        Assert.Equal(["small.yaml", "todo.txt"], Directory.GetFileSystemEntries(tree.At("notes")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("mine", File.ReadAllText(tree.At("notes/todo.txt")));
        Assert.Equal("", tree.Hidden("notes") + tree.Hidden("."));
    }

    [Fact]
    public void A_scenario_name_cannot_lead_the_default_folder_outside_results()
    {
        using var tree = new ProcessTree();
        Directory.CreateDirectory(tree.At("victim"));
        File.WriteAllText(tree.At("victim/keep.txt"), "mine");
        Directory.CreateDirectory(tree.At("work"));
        File.WriteAllText(tree.At("work/evil.yaml"), TestScenarios.Small().Replace("name: small", "name: ../../victim", StringComparison.Ordinal));
        File.WriteAllText(tree.At("work/abs.yaml"), TestScenarios.Small().Replace("name: small", $"name: {tree.At("victim")}", StringComparison.Ordinal));

        Assert.Equal(0, CliProcess.Run(tree.At("work"), "sweep", "evil.yaml", "--set", "seed=1", "--replications", "1", "--force").Code);
        Assert.Equal(0, CliProcess.Run(tree.At("work"), "run", "abs.yaml", "--force", "--quiet").Code);

        Assert.Equal("mine", File.ReadAllText(tree.At("victim/keep.txt")));
        Assert.Single(Directory.GetFileSystemEntries(tree.At("victim")));
        Assert.True(Directory.Exists(tree.At("work/results/sweep-victim")));
        Assert.Single(Directory.GetDirectories(tree.At("work/results")), d => d.EndsWith("-victim", StringComparison.Ordinal) && !d.Contains("sweep", StringComparison.Ordinal));
    }

    [Fact]
    public void A_crash_between_the_renames_of_a_replace_loses_nothing_and_the_next_run_restores_the_old_folder()
    {
        using var tree = new ProcessTree();
        Assert.Equal(0, CliProcess.Run(tree.Root, "run", "small.yaml", "--out", "results/base", "--seed", "1", "--quiet").Code);

        using (var cli = CliProcess.Start(tree.Root, "kill-between-renames", "run", "small.yaml", "--out", "results/base", "--seed", "2", "--force", "--quiet"))
        {
            Assert.Equal(137, cli.WaitForExit(TimeSpan.FromSeconds(60))); // killed (128 + SIGKILL)
        }

        Assert.False(Directory.Exists(tree.At("results/base")));
        Assert.Contains(".base.old-", tree.Hidden(), StringComparison.Ordinal); // the old folder, whole, aside
        Assert.Contains(".base.partial-", tree.Hidden(), StringComparison.Ordinal); // the new one, never renamed in

        var next = CliProcess.Run(tree.Root, "run", "small.yaml", "--out", "results/other", "--quiet");
        Assert.Equal(0, next.Code);
        Assert.Contains("note: restored", next.Errors, StringComparison.Ordinal);
        Assert.Equal("1", tree.SeedOf("results/base"));
        Assert.Equal("", tree.Hidden());
    }

    [Fact]
    public void Without_an_atomic_exchange_a_replace_still_ends_with_the_new_folder_whole()
    {
        using var tree = new ProcessTree();
        Assert.Equal(0, CliProcess.Run(tree.Root, "run", "small.yaml", "--out", "results/base", "--seed", "1", "--quiet").Code);
        using var cli = CliProcess.Start(tree.Root, "no-exchange", "run", "small.yaml", "--out", "results/base", "--seed", "2", "--force", "--quiet");
        Assert.Equal(0, cli.WaitForExit(TimeSpan.FromSeconds(60)));
        Assert.Equal("2", tree.SeedOf("results/base"));
        Assert.Equal("", tree.Hidden());
    }

    [Fact]
    public void Two_runs_to_one_folder_never_both_succeed_and_two_default_runs_take_two_folders()
    {
        using var tree = new ProcessTree();
        using var first = CliProcess.Start(tree.Root, "pause-before-commit", "run", "small.yaml", "--quiet");
        first.WaitFor("fault: paused before commit", TimeSpan.FromSeconds(30));

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var forced = CliProcess.Run(tree.Root, "run", "small.yaml", "--out", "results/small", "--force", "--quiet");
        Assert.Equal(3, forced.Code);
        Assert.Contains("is being written by another NeoCloudSim run", forced.Errors, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), "the second run fails at once, not after simulating");

        var second = CliProcess.Run(tree.Root, "run", "small.yaml", "--quiet");
        Assert.Equal(0, second.Code);
        Assert.True(File.Exists(tree.At("results/small-2/manifest.json")));

        first.Signal("INT");
        Assert.Equal(130, first.WaitForExit(TimeSpan.FromSeconds(10)));
        Assert.False(Directory.Exists(tree.At("results/small")));
        Assert.Equal("", tree.Hidden());
    }

    [Fact]
    public void Output_path_problems_are_found_before_the_simulation_starts()
    {
        using var tree = new ProcessTree();
        File.WriteAllText(tree.At("a-file"), "mine");
        foreach (var (args, code, message) in new (string[], int, string)[]
        {
            (["run", "default.yaml", "--out", "a-file"], 3, "is a file"),
            (["run", "default.yaml", "--out", "a-file/sub"], 3, "cannot create"),
            (["run", "default.yaml", "--out", "/proc/neocloudsim"], 3, "cannot write"),
            (["run", "default.yaml", "--out", ""], 2, "name is empty"),
        })
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var result = CliProcess.Run(tree.Root, args);
            Assert.Equal(code, result.Code);
            Assert.Contains(message, result.Errors, StringComparison.Ordinal);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(8), $"{string.Join(' ', args)} took {clock.Elapsed.TotalSeconds:F1} s: the 15 s run must not start");
        }

        Assert.Equal("mine", File.ReadAllText(tree.At("a-file")));
    }
}
