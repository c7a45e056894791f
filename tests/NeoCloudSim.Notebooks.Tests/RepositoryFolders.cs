namespace NeoCloudSim.Notebooks.Tests;

/// <summary>The repository's folders, found upwards from the test's build output.</summary>
internal static class RepositoryFolders
{
    /// <summary>The repository's root: the first folder above the test that holds NeoCloudSim.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The notebooks/ folder.</summary>
    public static string Notebooks => Path.Combine(Root, "notebooks");

    /// <summary>Directory.Packages.props: the package versions the repository pins.</summary>
    public static string PackagePins => Path.Combine(Root, "Directory.Packages.props");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NeoCloudSim.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("No NeoCloudSim.sln above " + AppContext.BaseDirectory);
    }
}
