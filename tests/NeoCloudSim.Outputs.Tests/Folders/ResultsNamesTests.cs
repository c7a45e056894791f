using NeoCloudSim.Outputs.Folders;

namespace NeoCloudSim.Outputs.Tests.Folders;

public sealed class ResultsNamesTests
{
    [Theory]
    [InlineData("default", "default")]
    [InlineData("q2-power on time", "q2-power-on-time")]
    [InlineData("../../../victim", "victim")]
    [InlineData("/etc/passwd", "etc-passwd")]
    [InlineData("..", "scenario")]
    [InlineData("", "scenario")]
    [InlineData(".hidden", "hidden")]
    [InlineData("a..b", "a-b")]
    [InlineData("v1.2 final", "v1.2-final")]
    [InlineData("-x-", "x")]
    [InlineData("C:\\Windows", "C-Windows")]
    public void A_scenario_name_becomes_one_safe_path_segment(string name, string folder) =>
        Assert.Equal(folder, ResultsNames.FolderName(name));

    [Fact]
    public void A_very_long_name_is_cut_and_never_leaves_the_results_folder()
    {
        string name = ResultsNames.FolderName(string.Concat(Enumerable.Repeat("../x", 200)));
        Assert.True(name.Length <= 80, name);
        Assert.DoesNotContain("/", name, StringComparison.Ordinal);
        Assert.DoesNotContain("..", name, StringComparison.Ordinal);
    }
}
