namespace VendorManager.E2E.Infrastructure;

/// <summary>The users DemoSeeder creates (src/VendorManager.Web/Data/Seeding/DemoSeeder.cs).</summary>
public static class DemoUsers
{
    public const string Password = "Demo@2026";

    public const string Admin = "admin";
    public const string Auditor = "auditor";
    public const string Supervisor = "county";
    public const string HostUnit = "unit1";
    public const string HostUnitHead = "unit1head";

    /// <summary>A user of 县教育局, another unit than <see cref="HostUnit"/>'s.</summary>
    public const string OtherHostUnit = "unit2";
    public const string Procurement = "procurement";
    public const string UnitFinance = "finance1";

    /// <summary>The county's finance office (no unit).</summary>
    public const string CountyFinance = "finance";
    public const string Agency1 = "agency1";
    public const string Agency2 = "agency2";
}
