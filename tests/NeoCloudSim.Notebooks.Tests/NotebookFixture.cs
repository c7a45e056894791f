namespace NeoCloudSim.Notebooks.Tests;

/// <summary>
/// Runs one notebook once for all the tests of a class, and deletes what it wrote afterwards. Test classes run in
/// parallel (xunit's default): each notebook runs in its own script session, sharing nothing.
/// </summary>
public abstract class NotebookFixture(string fileName) : IAsyncLifetime
{
    private NotebookRun? _run;

    internal NotebookRun Run => _run ?? throw new InvalidOperationException(fileName + " has not run.");

    /// <inheritdoc/>
    public async Task InitializeAsync() => _run = await NotebookRunner.RunAsync(NotebookFile.Read(fileName));

    /// <inheritdoc/>
    public Task DisposeAsync()
    {
        _run?.DeleteOutput();
        return Task.CompletedTask;
    }
}
