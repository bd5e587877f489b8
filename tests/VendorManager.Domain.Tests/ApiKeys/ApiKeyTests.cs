using System.Security.Cryptography;
using System.Text;
using VendorManager.Domain.ApiKeys;
using VendorManager.Domain.Common;

namespace VendorManager.Domain.Tests.ApiKeys;

public sealed class ApiKeyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_issued_key_keeps_the_SHA256_of_a_random_secret_and_its_first_characters()
    {
        var (key, secret, refusal) = ApiKey.Issue(" 财务核算系统 ", Roles.Finance, null, null, "admin", Now);
        var (_, other, _) = ApiKey.Issue("财务核算系统", Roles.Finance, null, null, "admin", Now);

        Assert.Null(refusal);
        Assert.StartsWith("vmk_", secret, StringComparison.Ordinal);
        Assert.True(secret!.Length >= 4 + 43);
        Assert.NotEqual(secret, other);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret))), key!.KeyHash);
        Assert.Equal(secret[..ApiKey.PrefixLength], key.Prefix);
        Assert.Equal("财务核算系统", key.ClientName);
        Assert.Equal("api:财务核算系统", key.UserName);
    }

    [Theory]
    [InlineData(Roles.Admin, null, null, ApiKeyRefusal.Role)]
    [InlineData(Roles.Auditor, null, null, ApiKeyRefusal.Role)]
    [InlineData(Roles.HostUnit, null, null, ApiKeyRefusal.HostUnit)]
    [InlineData(Roles.Supervisor, 1, null, ApiKeyRefusal.HostUnit)]
    [InlineData(Roles.Agency, null, null, ApiKeyRefusal.Agency)]
    [InlineData(Roles.Procurement, null, 1, ApiKeyRefusal.Agency)]
    public void A_key_is_refused_for_roles_acting_only_in_person_and_for_bindings_that_do_not_fit(
        string role, int? unit, int? agency, ApiKeyRefusal expected)
    {
        var (key, secret, refusal) = ApiKey.Issue("某系统", role, unit, agency, "admin", Now);

        Assert.Null(key);
        Assert.Null(secret);
        Assert.Equal(expected, refusal);
    }

    [Fact]
    public void A_unit_finance_key_may_name_its_unit_and_county_finance_none()
    {
        Assert.NotNull(ApiKey.Issue("单位财务", Roles.Finance, 3, null, "admin", Now).Key);
        Assert.NotNull(ApiKey.Issue("县财政", Roles.Finance, null, null, "admin", Now).Key);
    }
}
