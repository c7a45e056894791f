using System.Text;

namespace NeoCloudSim.Scenarios.Fuzz;

/// <summary>The seed files, read from the repository (so <c>extends:</c> and trace paths resolve as they do there):
/// every <c>scenarios/*.yaml</c> and <c>tests/NeoCloudSim.Scenarios.Tests/Corpus/*.yaml</c>.</summary>
public static class SeedCorpus
{
    /// <summary>The repository root: the first folder above the test's binaries (or else above the current folder)
    /// that holds NeoCloudSim.sln.</summary>
    public static string RepositoryRoot()
    {
        foreach (string start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "NeoCloudSim.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException("NeoCloudSim.sln not found above " + AppContext.BaseDirectory + " nor above the current folder");
    }

    /// <summary>Reads the seed files, in a fixed order (so a seeded run is the same everywhere).</summary>
    public static IReadOnlyList<SeedFile> Load()
    {
        string root = RepositoryRoot();
        var files = new List<SeedFile>();
        foreach (string folder in new[] { "scenarios", Path.Combine("tests", "NeoCloudSim.Scenarios.Tests", "Corpus") })
        {
            var paths = Directory.GetFiles(Path.Combine(root, folder), "*.yaml");
            Array.Sort(paths, StringComparer.Ordinal);
            foreach (string path in paths)
            {
                byte[] bytes = File.ReadAllBytes(path);
                files.Add(new SeedFile(path, bytes, Encoding.UTF8.GetString(bytes)));
            }
        }

        return files;
    }
}
