using VendorManager.Domain.Common;

namespace VendorManager.Domain.Evaluations;

/// <summary>
/// A KPI scheme's lifecycle (考核方案版本): a Draft is revised and published once complete; a Published
/// version never changes again and may be retired (no new contract chooses it); a new version may be
/// made from any version, as a new Draft.
/// </summary>
public sealed class KpiSchemeLifecycle : Lifecycle<KpiSchemeState, KpiSchemeTrigger>
{
    /// <summary>The guard on publishing; the unmet details are the scheme's publish problems.</summary>
    public const string Complete = "方案完整：至少一项指标、权重合计 100、付费档恰好覆盖 0–100 分且付费比例有效";

    private readonly KpiScheme? _scheme;

    private KpiSchemeLifecycle(Func<KpiSchemeState> read, Action<KpiSchemeState> write, KpiScheme? scheme)
        : base(read, write)
    {
        _scheme = scheme;
        Machine.Configure(KpiSchemeState.Draft)
            .PermitReentry(KpiSchemeTrigger.Revise)
            .PermitIf(KpiSchemeTrigger.Publish, KpiSchemeState.Published, () => Scheme.PublishProblems().Count == 0, Complete)
            .PermitReentry(KpiSchemeTrigger.NewVersion);
        Machine.Configure(KpiSchemeState.Published)
            .Permit(KpiSchemeTrigger.Retire, KpiSchemeState.Retired)
            .PermitReentry(KpiSchemeTrigger.NewVersion);
        Machine.Configure(KpiSchemeState.Retired)
            .PermitReentry(KpiSchemeTrigger.NewVersion);
    }

    internal static KpiSchemeLifecycle For(KpiScheme scheme, Action<KpiSchemeState> write) => new(() => scheme.State, write, scheme);

    /// <summary>The Mermaid diagram of the machine, for docs/kpi-scheme-lifecycle.md.</summary>
    public static string Diagram()
    {
        var state = KpiSchemeState.Draft;
        return new KpiSchemeLifecycle(() => state, s => state = s, null).Mermaid();
    }

    private KpiScheme Scheme => _scheme ?? throw new InvalidOperationException("The diagram machine has no scheme.");

    protected override UnmetCondition Explain(string guard) =>
        new(guard, guard == Complete ? Scheme.PublishProblems() : []);
}

/// <summary>修改 / 发布 / 停用 / 新建版本.</summary>
public enum KpiSchemeTrigger
{
    Revise = 1,
    Publish = 2,
    Retire = 3,

    /// <summary>A draft copy under the same name, as the next version; the scheme itself does not change.</summary>
    NewVersion = 4,
}
