using VendorManager.Domain.Contracts;

namespace VendorManager.Domain.Tests.Contracts;

public sealed class ContractLifecycleDiagramTests
{
    private const string Begin = "```mermaid";

    /// <summary>The repository root, found by walking up from the test binaries to the solution file.</summary>
    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "VendorManager.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("VendorManager.sln not found above " + AppContext.BaseDirectory);
    }

    [Fact]
    public void The_committed_diagram_is_the_one_the_machine_draws()
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "contract-lifecycle.md");
        var document = File.ReadAllText(path).ReplaceLineEndings("\n");
        var start = document.IndexOf(Begin, StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/contract-lifecycle.md has no mermaid block");
        var body = document[(start + Begin.Length)..];
        var committed = body[..body.IndexOf("```", StringComparison.Ordinal)].Trim('\n');

        var generated = ContractLifecycle.Diagram().ReplaceLineEndings("\n").Trim('\n');

        // On a difference, paste the generated text into docs/contract-lifecycle.md.
        Assert.Equal(generated, committed);
    }
}
