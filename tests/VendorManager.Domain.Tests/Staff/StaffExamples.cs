using VendorManager.Domain.Staff;

namespace VendorManager.Domain.Tests.Staff;

/// <summary>People, numbers and checks the staff tests share.</summary>
internal static class StaffExamples
{
    public static readonly DateOnly Today = new(2026, 3, 2);

    /// <summary>The example of GB 11643-1999 itself.</summary>
    public const string StandardExample = "11010519491231002X";

    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>
    /// A valid number for someone born on <paramref name="birthDate"/>, computed here independently
    /// of the code under test so that a wrong table there cannot agree with itself.
    /// </summary>
    public static string IdNumberFor(DateOnly birthDate, string region = "330106", string sequence = "123")
    {
        var first17 = region + birthDate.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture) + sequence;
        var sum = first17.Select((c, i) => (c - '0') * Weights[i]).Sum();
        return first17 + "10X98765432"[sum % 11];
    }

    public static DateOnly Day(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Ten in the morning, Beijing time, on <paramref name="date"/>.</summary>
    public static DateTimeOffset MorningOf(DateOnly date) => new(date.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8));

    public static StaffMember Person(StaffPost post = StaffPost.Editor, string name = "王小明", int agencyId = 7) =>
        new(
            agencyId,
            name,
            post,
            ResidentIdNumber.Parse(StandardExample, Today),
            MobileNumber.Parse("13812345678"),
            new EncryptedPersonalInformation("pd1.k1.id", "lookup-hash", "pd1.k1.mobile"),
            new PurposeAcknowledgement(MorningOf(Today), "agency1", "2026-01"));

    /// <summary>A check requested on <paramref name="requestedOn"/> and passed on <paramref name="checkedOn"/> (entered that day), valid through <paramref name="validUntil"/>.</summary>
    public static BackgroundCheck Passed(this StaffMember person, string requestedOn, string checkedOn, string validUntil)
    {
        var check = person.RequestCheck(MorningOf(Day(requestedOn)), "agency1");
        check.RecordPass(Day(checkedOn), "县公安局", "县公安审〔2026〕1号", Day(validUntil), null, MorningOf(Day(checkedOn)).AddHours(2), "procurement", Day(checkedOn));
        return check;
    }

    /// <summary>A check requested on <paramref name="requestedOn"/> and failed on <paramref name="checkedOn"/>, entered on <paramref name="recordedOn"/> (default: the same day).</summary>
    public static BackgroundCheck Failed(this StaffMember person, string requestedOn, string checkedOn, string? recordedOn = null)
    {
        var check = person.RequestCheck(MorningOf(Day(requestedOn)), "agency1");
        var entered = Day(recordedOn ?? checkedOn);
        check.RecordFailure(Day(checkedOn), "县公安局", null, "有不良记录", MorningOf(entered).AddHours(2), "procurement", entered);
        return check;
    }

    public static BackgroundCheck Requested(this StaffMember person, string requestedOn) =>
        person.RequestCheck(MorningOf(Day(requestedOn)), "agency1");
}
