using VendorManager.Domain.Common;

namespace VendorManager.Domain.Agencies;

/// <summary>
/// Operating agency (代运营机构) that runs accounts under contract. This is the part the sign-in
/// needs (an Agency user belongs to one); qualifications and status come with the agencies feature.
/// </summary>
public sealed class Agency : Entity
{
    public const int NameMaxLength = 200;

    private Agency()
    {
        Name = string.Empty;
        CreditCode = string.Empty;
    }

    public Agency(string name, string creditCode)
    {
        Name = name.Trim();
        CreditCode = creditCode.Trim().ToUpperInvariant();
    }

    /// <summary>Legal name.</summary>
    public string Name { get; private set; }

    /// <summary>Unified Social Credit Code (统一社会信用代码), 18 characters.</summary>
    public string CreditCode { get; private set; }
}
