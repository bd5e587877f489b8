using VendorManager.Domain.Accounts;
using VendorManager.Domain.Agencies;
using VendorManager.Domain.ApiKeys;
using VendorManager.Domain.Contracts;
using VendorManager.Domain.Evaluations;
using VendorManager.Domain.Grants;
using VendorManager.Domain.SelfInspections;
using VendorManager.Domain.Posts;
using VendorManager.Domain.Settlements;
using VendorManager.Domain.Staff;
using VendorManager.Domain.Supervision;

namespace VendorManager.Domain.Tests.Common;

/// <summary>
/// Every lifecycle's page in docs carries the diagram its machine draws; on a difference, paste the
/// generated text (the assertion's expected value) into the file.
/// </summary>
public sealed class LifecycleDiagramTests
{
    private const string Begin = "```mermaid";

    /// <summary>Each declared lifecycle: its page in docs and the diagram of its machine.</summary>
    private static readonly Dictionary<string, Func<string>> Diagrams = new()
    {
        ["contract-lifecycle.md"] = ContractLifecycle.Diagram,
        ["grant-lifecycle.md"] = GrantLifecycle.Diagram,
        ["evaluation-lifecycle.md"] = EvaluationLifecycle.Diagram,
        ["settlement-lifecycle.md"] = SettlementLifecycle.Diagram,
        ["notice-lifecycle.md"] = NoticeLifecycle.Diagram,
        ["notice-reply-lifecycle.md"] = NoticeReplyLifecycle.Diagram,
        ["rectification-lifecycle.md"] = RectificationLifecycle.Diagram,
        ["agency-evidence-lifecycle.md"] = AgencyEvidenceLifecycle.Diagram,
        ["account-lifecycle.md"] = AccountLifecycle.Diagram,
        ["filing-lifecycle.md"] = FilingLifecycle.Diagram,
        ["agency-lifecycle.md"] = AgencyLifecycle.Diagram,
        ["qualification-lifecycle.md"] = QualificationLifecycle.Diagram,
        ["kpi-scheme-lifecycle.md"] = KpiSchemeLifecycle.Diagram,
        ["settlement-adjustment-proposal-lifecycle.md"] = AdjustmentProposalLifecycle.Diagram,
        ["apikey-lifecycle.md"] = ApiKeyLifecycle.Diagram,
        ["staff-lifecycle.md"] = StaffLifecycle.Diagram,
        ["background-check-lifecycle.md"] = BackgroundCheckLifecycle.Diagram,
        ["self-inspection-campaign-lifecycle.md"] = CampaignLifecycle.Diagram,
        ["self-inspection-report-lifecycle.md"] = ReportLifecycle.Diagram,
        ["post-lifecycle.md"] = PostLifecycle.Diagram,
    };

    public static TheoryData<string> Pages => [.. Diagrams.Keys];

    [Theory]
    [MemberData(nameof(Pages))]
    public void The_committed_diagram_is_the_one_the_machine_draws(string page)
    {
        var path = Path.Combine(RepositoryRoot(), "docs", page);
        var document = File.ReadAllText(path).ReplaceLineEndings("\n");
        var start = document.IndexOf(Begin, StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/{page} has no mermaid block");
        var body = document[(start + Begin.Length)..];
        var committed = body[..body.IndexOf("```", StringComparison.Ordinal)].Trim('\n');

        var generated = Diagrams[page]().ReplaceLineEndings("\n").Trim('\n');

        Assert.Equal(generated, committed);
    }

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
}
