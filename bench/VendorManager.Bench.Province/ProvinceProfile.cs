namespace VendorManager.Bench.Province;

/// <summary>How big a province is. <see cref="Full"/> is issue 11's; <see cref="Small"/> is the CI smoke.</summary>
public sealed record ProvinceProfile(
    string Name, int HostUnits, int Agencies, int StaffPerAgency, int AccountsPerUnit, int ContractsPerUnit, int Months)
{
    /// <summary>2,000 units, 600 agencies, 12,000 staff, 20,000 accounts, 8,000 contracts, 24 months.</summary>
    public static ProvinceProfile Full { get; } = new("province", 2_000, 600, 20, 10, 4, 24);

    /// <summary>A hundredth of the province over six months: seconds, for CI.</summary>
    public static ProvinceProfile Small { get; } = new("small", 20, 6, 20, 10, 4, 6);

    public static ProvinceProfile Named(string name) => name switch
    {
        "province" or "full" => Full,
        "small" => Small,
        _ => throw new ArgumentException($"Unknown profile '{name}': use 'province' or 'small'.", nameof(name)),
    };

    public int Staff => Agencies * StaffPerAgency;

    public int Accounts => HostUnits * AccountsPerUnit;

    public int Contracts => HostUnits * ContractsPerUnit;
}

/// <summary>What a generation made, and how long each part took.</summary>
public sealed record ProvinceReport(
    ProvinceProfile Profile,
    int Seed,
    IReadOnlyDictionary<string, int> Counts,
    IReadOnlyList<(string Step, TimeSpan Took)> Steps)
{
    public TimeSpan Total => Steps.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Took);
}
