using NeoCloudSim.Outputs.Folders;

namespace NeoCloudSim.Outputs.Tests.Folders;

public sealed class ResultsDestinationTests
{
    private static ResultsDestinationOptions Options(TempTree tree, bool replace = false, params string[] kept) =>
        new() { Replace = replace, WorkingDirectory = tree.At("work"), Protected = kept };

    private static Task Write(ResultsDestination destination, int seed) => destination.WriteAsync((staging, cancel) =>
        File.WriteAllTextAsync(Path.Combine(staging, "manifest.json"), $"{{ \"program_version\": \"test\", \"seed\": {seed} }}", cancel));

    private static string Hidden(string parent) => string.Join(", ", Directory.GetFileSystemEntries(parent, ".*").Select(Path.GetFileName));

    [Fact]
    public async Task Replacing_through_a_trailing_slash_stages_beside_the_folder_and_leaves_nothing_else()
    {
        using var tree = new TempTree();
        Directory.CreateDirectory(tree.At("work"));
        string base_ = tree.ResultsFolder("results/base", seed: 1);
        File.WriteAllText(Path.Combine(base_, "old-only.txt"), "old");

        using (var destination = ResultsDestination.Claim(base_ + "/", Options(tree, replace: true)))
        {
            Assert.Equal(CanonicalPath.Of(base_), destination.FullPath);
            await Write(destination, seed: 2);
            Assert.Empty(Directory.GetFileSystemEntries(base_, ".*"));
        }

        Assert.Contains("\"seed\": 2", File.ReadAllText(Path.Combine(base_, "manifest.json")), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(base_, "old-only.txt")), "the old folder is replaced whole, not merged");
        Assert.Equal("", Hidden(tree.At("results")));
    }

    [Fact]
    public void The_current_directory_its_parents_and_the_scenario_folder_are_never_claimed()
    {
        using var tree = new TempTree();
        string work = tree.ResultsFolder("work"); // even a folder that looks like results
        File.WriteAllText(tree.At("scenarios.yaml"), "");
        Directory.CreateDirectory(tree.At("lib"));
        File.WriteAllText(tree.At("lib/my.yaml"), "");

        foreach (string path in new[] { work, work + "/", work + "/.", tree.Root, "/", tree.At("work/..") })
        {
            var error = Assert.Throws<ResultsFolderException>(() => ResultsDestination.Claim(path, Options(tree, replace: true)));
            Assert.Equal(ResultsFolderProblem.Protected, error.Problem);
        }

        var kept = Assert.Throws<ResultsFolderException>(() => ResultsDestination.Claim(tree.At("lib"), Options(tree, true, tree.At("lib/my.yaml"))));
        Assert.Equal(ResultsFolderProblem.Protected, kept.Problem);
        Assert.Contains("my.yaml", kept.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(tree.At("lib/my.yaml")));
    }

    [Fact]
    public void Force_replaces_only_what_NeoCloudSim_wrote_and_never_a_file()
    {
        using var tree = new TempTree();
        Directory.CreateDirectory(tree.At("notes"));
        File.WriteAllText(tree.At("notes/todo.txt"), "mine");
        File.WriteAllText(tree.At("a-file"), "mine");
        Directory.CreateDirectory(tree.At("fake"));
        File.WriteAllText(tree.At("fake/manifest.json"), "{ \"name\": \"not ours\" }");

        Assert.Equal(ResultsFolderProblem.NotResults, Assert.Throws<ResultsFolderException>(() => ResultsDestination.Claim(tree.At("notes"), Options(tree, replace: true))).Problem);
        Assert.Equal(ResultsFolderProblem.NotResults, Assert.Throws<ResultsFolderException>(() => ResultsDestination.Claim(tree.At("fake"), Options(tree, replace: true))).Problem);
        Assert.Equal(ResultsFolderProblem.NotResults, Assert.Throws<ResultsFolderException>(() => ResultsDestination.Claim(tree.At("a-file"), Options(tree, replace: true))).Problem);
        Assert.Equal(ResultsFolderProblem.Exists, Assert.Throws<ResultsFolderException>(() => ResultsDestination.Claim(tree.ResultsFolder("ours"), Options(tree))).Problem);
        Assert.Equal("mine", File.ReadAllText(tree.At("notes/todo.txt")));
        Assert.Equal("mine", File.ReadAllText(tree.At("a-file")));
        Assert.Equal("", Hidden(tree.Root));
    }

    [Fact]
    public void A_claimed_folder_cannot_be_claimed_again_until_released_and_the_default_takes_the_next_name()
    {
        using var tree = new TempTree();
        string target = tree.At("results/small");
        using (var first = ResultsDestination.Claim(target, Options(tree)))
        {
            var second = Assert.Throws<ResultsFolderException>(() => ResultsDestination.Claim(target, Options(tree, replace: true)));
            Assert.Equal(ResultsFolderProblem.InUse, second.Problem);
            Assert.Contains($"process {Environment.ProcessId}", second.Message, StringComparison.Ordinal);
            using var next = ResultsDestination.ClaimFirstFree(target, Options(tree));
            Assert.Equal(CanonicalPath.Of(target) + "-2", next.FullPath);
        }

        using var again = ResultsDestination.Claim(target, Options(tree));
        Assert.Equal(CanonicalPath.Of(target), again.FullPath);
    }

    [Fact]
    public void Staging_left_by_a_dead_run_is_removed_and_an_old_folder_cut_off_mid_replace_is_restored()
    {
        using var tree = new TempTree();
        int dead = TempTree.DeadProcessId();
        string parent = tree.At("results");
        Directory.CreateDirectory(Path.Combine(parent, $".other.partial-{dead}"));
        File.WriteAllText(Path.Combine(parent, $".other.partial-{dead}", "summary.parquet"), "half");
        tree.ResultsFolder($"results/.base.old-{dead}", seed: 7); // base renamed aside, the new one never renamed in
        File.WriteAllText(Path.Combine(parent, ".base.claim"), $"{dead} 1");
        Directory.CreateDirectory(Path.Combine(parent, $".live.partial-{Environment.ProcessId}")); // not claimed: stale too

        using var destination = ResultsDestination.Claim(tree.At("results/new"), Options(tree));

        Assert.Contains("\"seed\": 7", File.ReadAllText(tree.At("results/base/manifest.json")), StringComparison.Ordinal);
        Assert.Equal(".new.claim", Hidden(parent));
        Assert.Equal(3, destination.Notes.Count);
        Assert.Contains(destination.Notes, n => n.StartsWith("restored", StringComparison.Ordinal) && n.Contains($"process {dead}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_write_that_fails_or_is_cancelled_leaves_the_old_folder_as_it_was_and_no_staging()
    {
        using var tree = new TempTree();
        string target = tree.ResultsFolder("results/base", seed: 1);
        using var destination = ResultsDestination.Claim(target, Options(tree, replace: true));
        using var stop = new CancellationTokenSource();

        await Assert.ThrowsAsync<InvalidDataException>(() => destination.WriteAsync((staging, _) =>
        {
            File.WriteAllText(Path.Combine(staging, "summary.parquet"), "half");
            throw new InvalidDataException("disk said no");
        }));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => destination.WriteAsync(async (staging, cancel) =>
        {
            await File.WriteAllTextAsync(Path.Combine(staging, "summary.parquet"), "half", cancel);
            await stop.CancelAsync();
        }, stop.Token));

        Assert.Equal(["manifest.json"], Directory.GetFileSystemEntries(target).Select(Path.GetFileName));
        Assert.Contains("\"seed\": 1", File.ReadAllText(Path.Combine(target, "manifest.json")), StringComparison.Ordinal);
        Assert.Equal(".base.claim", Hidden(tree.At("results")));
    }

    [Fact]
    public void Places_that_cannot_hold_results_are_refused_before_anything_runs()
    {
        using var tree = new TempTree();
        File.WriteAllText(tree.At("file"), "");
        Assert.Equal(ResultsFolderProblem.InvalidPath, Assert.Throws<ResultsFolderException>(() => ResultsDestination.Claim("", Options(tree))).Problem);
        Assert.Equal(ResultsFolderProblem.InvalidPath, Assert.Throws<ResultsFolderException>(() => ResultsDestination.Claim("  ", Options(tree))).Problem);
        Assert.Equal(ResultsFolderProblem.NotWritable, Assert.Throws<ResultsFolderException>(() => ResultsDestination.Claim(tree.At("file/results"), Options(tree))).Problem);
        Assert.Equal(ResultsFolderProblem.NotWritable, Assert.Throws<ResultsFolderException>(() => ResultsDestination.Claim("/proc/neocloudsim-results", Options(tree))).Problem);
    }
}
