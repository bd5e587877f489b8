using VendorManager.Web.Features.Home;
using VendorManager.Web.Features.Users;

namespace VendorManager.Web.Features;

/// <summary>Each feature's services, one line per feature.</summary>
public static class FeatureRegistration
{
    public static IServiceCollection AddFeatures(this IServiceCollection services)
    {
        services.AddScoped<HomeService>();
        services.AddScoped<UserFormValidator>();
        services.AddScoped<ResetPasswordFormValidator>();
        services.AddScoped<UserAdminService>();
        services.AddScoped<IPendingWorkSource, LockedAccountsPendingWork>();
        return services;
    }
}
