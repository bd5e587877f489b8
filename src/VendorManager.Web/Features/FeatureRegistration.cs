using VendorManager.Web.Features.Audit;
using VendorManager.Web.Features.Home;
using VendorManager.Web.Jobs;

namespace VendorManager.Web.Features;

/// <summary>Each feature's services, one line per feature.</summary>
public static class FeatureRegistration
{
    public static IServiceCollection AddFeatures(this IServiceCollection services)
    {
        services.AddScoped<HomeService>();
        services.AddScoped<AuditService>();
        services.AddDailyJob<AuditChainCheckJob>();
        services.AddScoped<IPendingWorkSource, AuditPendingWork>();
        return services;
    }
}
