using VendorManager.Domain.Common;

namespace VendorManager.Domain.Accounts;

/// <summary>
/// A filing's lifecycle (备案流程): a submitted filing waits for the Supervisor, who accepts (受理) or
/// returns (退回) it; both ends are final, and a returned filing is filed again as a new one.
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
        Machine.Configure(FilingState.Returned);
    }
}

/// <summary>What the Supervisor does with a submitted filing: 受理 / 退回.</summary>
public enum FilingTrigger
{
    Accept = 1,
    Return = 2,
}
