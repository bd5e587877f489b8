namespace VendorManager.Domain.Common;

/// <summary>A record that belongs to one host unit (主办单位); the data scope filters on it.</summary>
public interface IHostUnitOwned
{
    int HostUnitId { get; }
}

/// <summary>A record that belongs to one agency (代运营机构); the data scope filters on it.</summary>
public interface IAgencyOwned
{
    int AgencyId { get; }
}
