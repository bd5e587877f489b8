using VendorManager.Domain.Common;

namespace VendorManager.Domain.HostUnits;

/// <summary>Host unit (主办单位): a town, department or affiliated body that owns accounts and contracts.</summary>
public sealed class HostUnit : Entity
{
    public const int NameMaxLength = 100;
    public const int CodeMaxLength = 32;

    private HostUnit()
    {
        Name = string.Empty;
        Code = string.Empty;
    }

    public HostUnit(string name, HostUnitKind kind, string code)
    {
        Name = name.Trim();
        Kind = kind;
        Code = NormalizeCode(code);
    }

    public string Name { get; private set; }

    public HostUnitKind Kind { get; private set; }

    /// <summary>Unique, upper-case; used on documents and in imports.</summary>
    public string Code { get; private set; }

    public void Update(string name, HostUnitKind kind, string code)
    {
        Name = name.Trim();
        Kind = kind;
        Code = NormalizeCode(code);
    }

    public static string NormalizeCode(string? code) => (code ?? string.Empty).Trim().ToUpperInvariant();
}

/// <summary>Kind of host unit: 乡镇 / 部门 / 直属单位.</summary>
public enum HostUnitKind
{
    Town = 1,
    Department = 2,
    AffiliatedBody = 3,
}
