namespace NeoCloudSim.Tests;

#pragma warning disable IDE0130 // shared between test projects

/// <summary>Finds the shared data folder (../shared/data from the repository root) from wherever tests run.</summary>
internal static class SharedData
{
    public static string PathOf(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (string candidate in new[] { Path.Combine(dir.FullName, "shared", "data"), Path.Combine(dir.FullName, "..", "shared", "data") })
            {
                if (Directory.Exists(candidate))
                {
                    return Path.GetFullPath(Path.Combine(candidate, relative));
                }
            }
        }

        throw new DirectoryNotFoundException("shared/data not found above " + AppContext.BaseDirectory);
    }
}
