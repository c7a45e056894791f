using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NeoCloudSim.Architecture.Tests;

/// <summary>
/// Compiles the sources of <c>src/NeoCloudSim</c> with Roslyn and resolves every name to its symbol, so that a
/// reference counts whatever way it is written (a using, a qualified name, <c>var</c>, an extension method).
/// </summary>
public static class SourceScan
{
    /// <summary>The repository root: the folder holding <c>NeoCloudSim.sln</c>, above the test's output.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>Every reference between folders of the model assembly (namespace <c>NeoCloudSim.X</c> = folder X); references into
    /// other assemblies (the engine) are the assembly order's business.</summary>
    public static List<LayerReference> FolderReferences(string sourceFolder, string rootNamespace)
    {
        var trees = Directory.GetFiles(sourceFolder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Preview), f))
            .ToList();
        return References(trees, rootNamespace);
    }

    /// <summary>The references between folders among <paramref name="trees"/> (also used on synthetic sources).</summary>
    public static List<LayerReference> References(IReadOnlyList<SyntaxTree> trees, string rootNamespace)
    {
        var compilation = CSharpCompilation.Create(
            "scan",
            trees,
            PlatformReferences(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var references = new List<LayerReference>();
        foreach (var tree in trees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                if (node is not (SimpleNameSyntax or ObjectCreationExpressionSyntax or ImplicitObjectCreationExpressionSyntax))
                {
                    continue;
                }

                var target = Target(model.GetSymbolInfo(node).Symbol) ?? model.GetTypeInfo(node).Type;
                var from = model.GetEnclosingSymbol(node.SpanStart)?.ContainingType ?? (model.GetEnclosingSymbol(node.SpanStart) as INamedTypeSymbol);
                if (target is null || from is null || !SymbolEqualityComparer.Default.Equals(target.ContainingAssembly, compilation.Assembly))
                {
                    continue;
                }

                string? toLayer = Layer(target.ContainingNamespace, rootNamespace), fromLayer = Layer(from.ContainingNamespace, rootNamespace);
                if (toLayer is not null && fromLayer is not null && toLayer != fromLayer)
                {
                    int line = node.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                    references.Add(new LayerReference(fromLayer, toLayer, from.ToDisplayString(), target.ToDisplayString(), Relative(tree.FilePath), line));
                }
            }
        }

        return references;
    }

    private static ISymbol? Target(ISymbol? symbol) => symbol switch
    {
        null => null,
        INamedTypeSymbol type => type.OriginalDefinition,
        IMethodSymbol { MethodKind: MethodKind.Constructor } ctor => ctor.ContainingType,
        IMethodSymbol method => method.ReducedFrom?.ContainingType ?? method.ContainingType,
        IPropertySymbol or IFieldSymbol or IEventSymbol => symbol.ContainingType,
        _ => null, // locals, parameters, namespaces: their types are reached where they are named
    };

    /// <summary>The folder of a namespace <c>Root.X[.Y]</c>: X; null outside the root or at the root itself.</summary>
    private static string? Layer(INamespaceSymbol? ns, string rootNamespace)
    {
        string name = ns?.ToDisplayString() ?? "";
        if (!name.StartsWith(rootNamespace + ".", StringComparison.Ordinal))
        {
            return null;
        }

        return name[(rootNamespace.Length + 1)..].Split('.')[0];
    }

    private static List<MetadataReference> PlatformReferences()
    {
        string trusted = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        var refs = trusted.Split(Path.PathSeparator).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList();
        refs.Add(MetadataReference.CreateFromFile(typeof(NeoCloudSim.Engine.Simulation).Assembly.Location));
        return refs;
    }

    private static string Relative(string path) => path.Length == 0 ? "(source)" : Path.GetRelativePath(RepositoryRoot, path);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NeoCloudSim.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("NeoCloudSim.sln not found above " + AppContext.BaseDirectory);
    }
}
