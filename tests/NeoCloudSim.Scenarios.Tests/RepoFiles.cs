namespace NeoCloudSim.Scenarios.Tests;

/// <summary>Finds files of the repository from wherever the tests run.</summary>
internal static class RepoFiles
{
    public static string Find(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException(relative);
    }
}
