using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using VendorManager.Web.Localization;

namespace VendorManager.Web.Tests.Hosting;

/// <summary>One date format in both languages: the pickers show and read yyyy-MM-dd, times are 24-hour.</summary>
public sealed class DateFormatTests
{
    public static TheoryData<string> Cultures => [.. LocalizationSetup.SupportedCultures];

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Every_culture_of_the_app_writes_and_reads_dates_as_yyyy_MM_dd(string name)
    {
        var culture = RequestCultures().Single(c => c.Name == name);

        // What a date picker without its own format shows, and what it parses a typed date with.
        var read = DateTime.TryParseExact("2026-12-06", culture.DateTimeFormat.ShortDatePattern, culture, DateTimeStyles.None, out var typed);

        Assert.Equal(("2026-12-06", "2026-12-06 09:05"), (new DateTime(2026, 12, 6).ToString("d", culture), new DateTime(2026, 12, 6, 9, 5, 0).ToString("g", culture)));
        Assert.Equal((true, new DateTime(2026, 12, 6)), (read, typed));
    }

    [Fact]
    public void A_request_without_a_chosen_culture_gets_Chinese_with_yyyy_MM_dd() =>
        Assert.Equal(("zh-CN", "yyyy-MM-dd"), (Options().DefaultRequestCulture.Culture.Name, Options().DefaultRequestCulture.Culture.DateTimeFormat.ShortDatePattern));

    private static RequestLocalizationOptions Options() =>
        new ServiceCollection().AddVendorManagerLocalization().BuildServiceProvider().GetRequiredService<IOptions<RequestLocalizationOptions>>().Value;

    private static IEnumerable<CultureInfo> RequestCultures() => Options().SupportedCultures!;
}
