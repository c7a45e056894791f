using NeoCloudSim.Outputs.Folders;

namespace NeoCloudSim.Outputs.Tests.Folders;

public sealed class CanonicalPathTests
{
    [Fact]
    public void Trailing_separators_dots_and_symbolic_links_all_name_the_same_folder()
    {
        using var tree = new TempTree();
        string real = tree.At("results/base");
        Directory.CreateDirectory(real);
        Directory.CreateSymbolicLink(tree.At("link"), tree.At("results"));
        Directory.CreateSymbolicLink(tree.At("relative"), "results/base");

        string canonical = CanonicalPath.Of(real);
        Assert.Equal(canonical, CanonicalPath.Of(real + "/"));
        Assert.Equal(canonical, CanonicalPath.Of(real + "//"));
        Assert.Equal(canonical, CanonicalPath.Of(tree.At("results/./x/../base/.")));
        Assert.Equal(canonical, CanonicalPath.Of(tree.At("link/base/")));
        Assert.Equal(canonical, CanonicalPath.Of(tree.At("relative")));
        Assert.Equal(Path.Combine(canonical, "not-yet"), CanonicalPath.Of(tree.At("link/base/not-yet/")));
        Assert.Equal("base", Path.GetFileName(CanonicalPath.Of(real + "/")));
    }

    [Fact]
    public void A_loop_of_links_is_an_error_not_a_hang()
    {
        using var tree = new TempTree();
        File.CreateSymbolicLink(tree.At("a"), tree.At("b"));
        File.CreateSymbolicLink(tree.At("b"), tree.At("a"));
        Assert.Throws<IOException>(() => CanonicalPath.Of(tree.At("a/results")));
    }

    [Theory]
    [InlineData("/a/b", "/a", true)]
    [InlineData("/a", "/a", true)]
    [InlineData("/ab", "/a", false)]
    [InlineData("/a", "/a/b", false)]
    [InlineData("/a", "/", true)]
    public void Inside_means_the_same_or_below(string inner, string outer, bool inside) =>
        Assert.Equal(inside, CanonicalPath.IsSameOrInside(inner, outer));
}
