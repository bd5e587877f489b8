using VendorManager.Web.Features.Home;

namespace VendorManager.Web.Features;

/// <summary>Each feature's services, one line per feature.</summary>
public static class FeatureRegistration
{
    public static IServiceCollection AddFeatures(this IServiceCollection services)
    {
        services.AddScoped<HomeService>();
        return services;
    }
}
