using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NeoCloudSim.Architecture.Tests;

/// <summary>
/// The house kept by a test: folders of the model and assemblies depend only downward in the order
/// <c>docs/architecture.md</c> states, and no type grows past what one reader can hold.
/// </summary>
public sealed class HouseTests
{
    private const int MaxTypeLines = 500;
    private const int ExplainedTypeLines = 300;
    private const string OnePieceRemark = "One piece because";

    private static readonly string Guide = File.ReadAllText(Path.Combine(SourceScan.RepositoryRoot, "docs", "architecture.md"));
    private static readonly Lazy<List<LayerReference>> ModelReferences = new(() =>
        SourceScan.FolderReferences(Path.Combine(SourceScan.RepositoryRoot, "src", "NeoCloudSim"), "NeoCloudSim"));

    [Fact]
    public void Folders_of_the_model_reference_only_folders_below_them()
    {
        var order = DeclaredOrder.Parse(Guide, "Folder order");
        var violations = LayerCheck.Violations(ModelReferences.Value, order);
        Assert.True(violations.Count == 0, string.Join('\n', violations));
    }

    [Fact]
    public void The_folder_graph_of_the_model_has_no_cycle()
    {
        var cycles = LayerCheck.Cycles(ModelReferences.Value);
        Assert.True(cycles.Count == 0, "Cycles between folders: " + string.Join("; ", cycles));
    }

    [Fact]
    public void Every_folder_of_the_model_is_in_the_declared_order()
    {
        var order = DeclaredOrder.Parse(Guide, "Folder order");
        var folders = Directory.GetDirectories(Path.Combine(SourceScan.RepositoryRoot, "src", "NeoCloudSim"))
            .Select(Path.GetFileName).Where(f => f is not ("bin" or "obj")).ToList();
        var missing = folders.Where(f => order.LevelOf(f!) is null).ToList();
        Assert.True(missing.Count == 0, "Folders missing from '## Folder order' in docs/architecture.md: " + string.Join(", ", missing));
    }

    [Fact]
    public void The_scan_sees_references_the_model_is_known_to_have()
    {
        // Guards the scan itself: Sites uses Compute's Cluster and Routing uses Serving's InferenceRequest.
        Assert.Contains(ModelReferences.Value, r => r.FromLayer == "Sites" && r.ToType == "NeoCloudSim.Compute.Cluster");
        Assert.Contains(ModelReferences.Value, r => r.FromLayer == "Routing" && r.ToLayer == "Serving");
    }

    [Fact]
    public void Assemblies_reference_only_assemblies_below_them()
    {
        var order = DeclaredOrder.Parse(Guide, "Assembly order");
        var references = new List<LayerReference>();
        foreach (string project in Directory.GetFiles(Path.Combine(SourceScan.RepositoryRoot, "src"), "*.csproj", SearchOption.AllDirectories))
        {
            string from = Path.GetFileNameWithoutExtension(project);
            foreach (var reference in XDocument.Load(project).Descendants("ProjectReference"))
            {
                string to = Path.GetFileNameWithoutExtension(reference.Attribute("Include")!.Value.Replace('\\', '/'));
                references.Add(new LayerReference(from, to, from, to, Path.GetRelativePath(SourceScan.RepositoryRoot, project), 0));
            }
        }

        Assert.NotEmpty(references);
        var violations = LayerCheck.Violations(references, order);
        Assert.True(violations.Count == 0, string.Join('\n', violations));
    }

    [Fact]
    public void No_type_is_over_500_lines_and_one_over_300_says_why_it_is_one_piece()
    {
        var problems = new List<string>();
        foreach (string file in Directory.GetFiles(Path.Combine(SourceScan.RepositoryRoot, "src"), "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                continue;
            }

            problems.AddRange(TypeSizeProblems(CSharpSyntaxTree.ParseText(File.ReadAllText(file), path: Path.GetRelativePath(SourceScan.RepositoryRoot, file))));
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void The_checks_name_an_upward_reference_a_cycle_and_an_oversized_type()
    {
        // A synthetic two-folder model: Low uses High (upward) and High uses Low (so a cycle).
        var trees = new[]
        {
            CSharpSyntaxTree.ParseText("namespace M.Low { public class A { public M.High.B? Up; } }", path: "Low/A.cs"),
            CSharpSyntaxTree.ParseText("namespace M.High { public class B { public M.Low.A? Down; } }", path: "High/B.cs"),
        };
        var references = SourceScan.References(trees, "M");
        var order = DeclaredOrder.Parse("## Folder order\n1. Low\n2. High\n", "Folder order");

        var violation = Assert.Single(LayerCheck.Violations(references, order));
        Assert.Contains("Low -> High is upward: M.Low.A uses M.High.B", violation);
        Assert.Contains("Low/A.cs:1", violation);
        Assert.Equal("High -> Low -> High", Assert.Single(LayerCheck.Cycles(references)));

        string big = "namespace M { /// <summary>Big.</summary>\npublic class Big {\n" + string.Concat(Enumerable.Repeat("int F;\n", 320)) + "} }";
        Assert.Contains("M.Big", Assert.Single(TypeSizeProblems(CSharpSyntaxTree.ParseText(big, path: "Big.cs"))));
        string explained = big.Replace("Big.</summary>", "Big. One piece because it is.</summary>", StringComparison.Ordinal);
        Assert.Empty(TypeSizeProblems(CSharpSyntaxTree.ParseText(explained, path: "Big.cs")));
    }

    [Fact]
    public void Peers_on_one_level_may_not_reference_each_other()
    {
        var order = DeclaredOrder.Parse("## Folder order\n1. A, B\n", "Folder order");
        var sideways = new LayerReference("A", "B", "X.A.T", "X.B.U", "A/T.cs", 3);
        Assert.Contains("sideways", Assert.Single(LayerCheck.Violations([sideways], order)));
    }

    private static IEnumerable<string> TypeSizeProblems(SyntaxTree tree)
    {
        foreach (var type in tree.GetRoot().DescendantNodes().OfType<BaseTypeDeclarationSyntax>())
        {
            if (type.Parent is BaseTypeDeclarationSyntax)
            {
                continue; // a nested type counts within its container
            }

            var span = type.GetLocation().GetLineSpan();
            int lines = span.EndLinePosition.Line - span.StartLinePosition.Line + 1;
            string name = (type.Parent as BaseNamespaceDeclarationSyntax)?.Name + "." + type.Identifier.Text;
            string docs = type.GetLeadingTrivia().ToFullString();
            if (lines > MaxTypeLines)
            {
                yield return $"{tree.FilePath}: {name} is {lines} lines (at most {MaxTypeLines}).";
            }
            else if (lines > ExplainedTypeLines && !docs.Contains(OnePieceRemark, StringComparison.Ordinal))
            {
                yield return $"{tree.FilePath}: {name} is {lines} lines; over {ExplainedTypeLines}, its summary must say why (\"{OnePieceRemark} ...\").";
            }
        }
    }
}
