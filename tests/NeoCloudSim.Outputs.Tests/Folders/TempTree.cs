namespace NeoCloudSim.Outputs.Tests.Folders;

/// <summary>A scratch folder for one test, removed afterwards.</summary>
internal sealed class TempTree : IDisposable
{
    public TempTree() => Root = Directory.CreateTempSubdirectory("neocloudsim-folders-").FullName;

    public string Root { get; }

    public string At(string relative) => Path.Combine(Root, relative);

    /// <summary>A folder as NeoCloudSim would have written it: a manifest naming <paramref name="seed"/>.</summary>
    public string ResultsFolder(string relative, int seed = 1)
    {
        string folder = At(relative);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "manifest.json"), $"{{ \"kind\": \"run\", \"program_version\": \"test\", \"seed\": {seed} }}");
        return folder;
    }

    /// <summary>The id of a process that has ended.</summary>
    public static int DeadProcessId()
    {
        using var process = System.Diagnostics.Process.Start("true")!;
        process.WaitForExit();
        return process.Id;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
