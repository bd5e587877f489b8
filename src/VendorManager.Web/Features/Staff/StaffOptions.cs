using VendorManager.Domain.Staff;

namespace VendorManager.Web.Features.Staff;

/// <summary>The <c>Staff</c> settings: how long a pass is valid by default, how long personal information is kept after a person leaves.</summary>
public sealed class StaffOptions
{
    public const string Section = "Staff";

    public int CheckValidityMonths { get; set; } = BackgroundCheck.DefaultValidityMonths;

    public int RetentionYears { get; set; } = StaffMember.DefaultRetentionYears;
}
