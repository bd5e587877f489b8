using VendorManager.Domain.Common;

namespace VendorManager.Domain.Accounts;

/// <summary>
/// A filing's lifecycle (备案流程): a submitted filing waits for the Supervisor, who accepts (受理) or
/// returns (退回) it. Acceptance is final; a returned filing is either filed again as a new one (corrected details)
/// or, when only papers were missing, completed and resubmitted (重新提交) as it is.
/// </summary>
public sealed class FilingLifecycle : Lifecycle<FilingState, FilingTrigger>
{
    private FilingLifecycle(Func<FilingState> read, Action<FilingState> write)
        : base(read, write) => Configure();

    internal static FilingLifecycle For(Filing filing, Action<FilingState> write) => new(() => filing.State, write);

    /// <summary>The Mermaid diagram of the machine, for docs/filing-lifecycle.md.</summary>
    public static string Diagram()
    {
        var state = FilingState.Submitted;
        return new FilingLifecycle(() => state, s => state = s).Mermaid();
    }

    /// <summary>
    /// What may be done with a filing in <paramref name="state"/>: the machine has no guards, so the state
    /// says it all, and a list row (projected in SQL, no entity) is answered the same way as the entity.
    /// </summary>
    public static IReadOnlyList<Availability<FilingTrigger>> ActionsIn(FilingState state) =>
        new FilingLifecycle(() => state, _ => { }).Actions();

    private void Configure()
    {
        Machine.Configure(FilingState.Submitted)
            .Permit(FilingTrigger.Accept, FilingState.Accepted)
            .Permit(FilingTrigger.Return, FilingState.Returned);
        Machine.Configure(FilingState.Accepted);
        Machine.Configure(FilingState.Returned)
            .Permit(FilingTrigger.Resubmit, FilingState.Submitted);
    }
}

/// <summary>What the Supervisor does with a submitted filing (受理 / 退回), and the unit with a returned one (重新提交).</summary>
public enum FilingTrigger
{
    Accept = 1,
    Return = 2,
    Resubmit = 3,
}
