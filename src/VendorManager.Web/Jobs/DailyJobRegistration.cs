namespace VendorManager.Web.Jobs;

public static class DailyJobRegistration
{
    public static IServiceCollection AddDailyJobs(this IServiceCollection services)
    {
        services.AddSingleton<DailyJobRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<DailyJobRunner>());
        return services;
    }

    /// <summary>Features register their daily jobs here; the runner finds them all.</summary>
    public static IServiceCollection AddDailyJob<TJob>(this IServiceCollection services)
        where TJob : class, IDailyJob =>
        services.AddScoped<IDailyJob, TJob>();
}
