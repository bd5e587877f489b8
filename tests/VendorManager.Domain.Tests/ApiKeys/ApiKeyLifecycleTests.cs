using VendorManager.Domain.ApiKeys;
using VendorManager.Domain.Common;
using VendorManager.Domain.Tests.Common;

namespace VendorManager.Domain.Tests.ApiKeys;

public sealed class ApiKeyLifecycleTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 2, 0, 0, TimeSpan.Zero);

    /// <summary>The transition table of record: (from, trigger) → to; every pair not listed is refused.</summary>
    private static readonly Dictionary<(ApiKeyState From, ApiKeyTrigger Trigger), ApiKeyState> Table = new()
    {
        [(ApiKeyState.Active, ApiKeyTrigger.Revoke)] = ApiKeyState.Revoked,
    };

    public static TheoryData<ApiKeyState, ApiKeyTrigger> EveryStateAndTrigger() => TransitionTable.EveryPair<ApiKeyState, ApiKeyTrigger>();

    [Theory]
    [MemberData(nameof(EveryStateAndTrigger))]
    public void Every_state_and_trigger_is_allowed_or_refused_as_the_table_of_record_says(ApiKeyState from, ApiKeyTrigger trigger)
    {
        var key = In(from);
        var offered = key.Actions().Any(a => a.Trigger == trigger && a.CanFire);

        var pressed = key.Revoke("admin2", Now.AddHours(1));

        TransitionTable.Judge(Table, (from, trigger), offered, pressed, key.State, ApiKey.AlreadyRevoked);
    }

    [Fact]
    public void Revoking_records_who_and_when_and_a_second_revocation_keeps_them()
    {
        var key = In(ApiKeyState.Active);

        Assert.True(key.Revoke("admin", Now).Succeeded);
        Assert.Equal(ApiKey.AlreadyRevoked, key.Revoke("admin2", Now.AddMinutes(1)).Refusal);

        Assert.Equal((ApiKeyState.Revoked, (DateTimeOffset?)Now, "admin"), (key.State, key.RevokedAt, key.RevokedBy));
    }

    [Fact]
    public void The_revoked_expression_a_query_uses_agrees_with_the_key()
    {
        ApiKey[] keys = [In(ApiKeyState.Active), In(ApiKeyState.Revoked)];

        Assert.Equal([keys[1]], keys.AsQueryable().Where(ApiKey.Revoked));
        Assert.Equal([false, true], keys.Select(k => k.IsRevoked));
    }

    private static ApiKey In(ApiKeyState state)
    {
        var key = ApiKey.Issue("财务核算系统", Roles.Finance, null, null, "admin", Now).Key!;
        if (state == ApiKeyState.Revoked)
        {
            Assert.True(key.Revoke("admin", Now).Succeeded);
        }

        Assert.Equal(state, key.State);
        return key;
    }
}
