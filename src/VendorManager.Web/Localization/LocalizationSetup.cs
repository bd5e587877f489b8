using System.Globalization;
using Microsoft.AspNetCore.Localization;
using MudBlazor;
using VendorManager.Web.Security;

namespace VendorManager.Web.Localization;

/// <summary>Simplified Chinese first, English second; the choice is kept in a cookie.</summary>
public static class LocalizationSetup
{
    public const string Chinese = "zh-CN";
    public const string English = "en-US";
    public static readonly string[] SupportedCultures = [Chinese, English];

    public static IServiceCollection AddVendorManagerLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.AddTransient<MudLocalizer, ResxMudLocalizer>();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            CultureInfo[] cultures = [.. SupportedCultures.Select(WithIsoDates)];
            options.DefaultRequestCulture = new RequestCulture(cultures[0]);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            // Only the user's explicit choice counts; a browser sending en-US still gets Chinese by default.
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        return services;
    }

    /// <summary>
    /// The culture with one date format in both languages, yyyy-MM-dd, and 24-hour times: the date pickers show
    /// and read it (zh-CN's own yyyy/M/d refused a typed 2026-12-06), and every "d"/"g" format writes it.
    /// </summary>
    public static CultureInfo WithIsoDates(string name)
    {
        var culture = new CultureInfo(name);
        culture.DateTimeFormat.ShortDatePattern = "yyyy-MM-dd";
        culture.DateTimeFormat.ShortTimePattern = "HH:mm";
        culture.DateTimeFormat.LongTimePattern = "HH:mm:ss";
        return culture;
    }

    /// <summary>GET /culture?name=en-US&amp;redirect=/somewhere: stores the choice and goes back.</summary>
    public static IEndpointRouteBuilder MapCultureEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/culture", (HttpContext context, string? name, string? redirect) =>
        {
            var culture = SupportedCultures.Contains(name) ? name! : Chinese;
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
            return Results.LocalRedirect(LocalUrl.OrHome(redirect));
        }).AllowAnonymous();
        return endpoints;
    }

    public static bool IsChinese => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal);
}
