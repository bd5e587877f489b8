namespace VendorManager.Web.Security;

/// <summary>
/// When the user of a circuit last sent it something (a click, a key, a navigation): the server's own
/// measure of idleness, which a blocked or stopped idle script in the browser cannot stretch.
/// One per circuit (scoped); <see cref="CurrentUserCircuitHandler"/> records, the revalidation reads.
/// </summary>
public sealed class CircuitActivity(TimeProvider clock)
{
    private long _lastInputTicks = clock.GetUtcNow().UtcTicks;

    public void Record() => Interlocked.Exchange(ref _lastInputTicks, clock.GetUtcNow().UtcTicks);

    public TimeSpan IdleFor => clock.GetUtcNow() - new DateTimeOffset(Interlocked.Read(ref _lastInputTicks), TimeSpan.Zero);
}
