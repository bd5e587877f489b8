using FluentValidation;
using VendorManager.Web.Features.Accounts;
using VendorManager.Web.Features.Agencies;
using VendorManager.Web.Features.Audit;
using VendorManager.Web.Features.Backup;
using VendorManager.Web.Features.Calendar;
using VendorManager.Web.Features.Home;
using VendorManager.Web.Features.HostUnits;
using VendorManager.Web.Features.Staff;
using VendorManager.Web.Features.Users;
using VendorManager.Web.Jobs;

namespace VendorManager.Web.Features;

/// <summary>Each feature's services, one block per feature.</summary>
public static class FeatureRegistration
{
    public static IServiceCollection AddFeatures(this IServiceCollection services)
    {
        services.AddScoped<HomeService>();

        services.AddScoped<AuditService>();
        services.AddDailyJob<AuditChainCheckJob>();
        services.AddScoped<IPendingWorkSource, AuditPendingWork>();

        services.AddScoped<IValidator<HostUnitForm>, HostUnitFormValidator>();
        services.AddScoped<HostUnitService>();

        services.AddScoped<IValidator<CalendarDayForm>, CalendarDayFormValidator>();
        services.AddScoped<CalendarService>();

        services.AddScoped<IValidator<UserForm>, UserFormValidator>();
        services.AddScoped<IValidator<ResetPasswordForm>, ResetPasswordFormValidator>();
        services.AddScoped<UserAdminService>();
        services.AddScoped<IPendingWorkSource, LockedAccountsPendingWork>();

        services.AddOptions<AgencyOptions>().BindConfiguration(AgencyOptions.Section);
        services.AddScoped<IValidator<AgencyForm>, AgencyFormValidator>();
        services.AddScoped<IValidator<BlacklistForm>, BlacklistFormValidator>();
        services.AddScoped<IValidator<QualificationForm>, QualificationFormValidator>();
        services.AddScoped<IValidator<ReviewForm>, ReviewFormValidator>();
        services.AddSingleton<QualificationFileStore>();
        services.AddScoped<AgencyService>();
        services.AddScoped<QualificationService>();
        services.AddScoped<QualificationPendingWork>();
        services.AddScoped<IPendingWorkSource>(sp => sp.GetRequiredService<QualificationPendingWork>());

        services.AddOptions<StaffOptions>().BindConfiguration(StaffOptions.Section);
        services.AddScoped<IValidator<StaffForm>, StaffFormValidator>();
        services.AddScoped<IValidator<CheckResultForm>, CheckResultFormValidator>();
        services.AddScoped<StaffService>();
        services.AddScoped<BackgroundCheckService>();
        services.AddDailyJob<StaffDailyJob>();
        services.AddScoped<IPendingWorkSource, StaffPendingWork>();

        services.AddSingleton(sp => AccountSettings.Read(sp.GetRequiredService<IConfiguration>()));
        services.AddScoped<IValidator<OpeningForm>, OpeningFormValidator>();
        services.AddScoped<IValidator<ChangeForm>, ChangeFormValidator>();
        services.AddScoped<IValidator<EndingForm>, EndingFormValidator>();
        services.AddScoped<IValidator<ReturnForm>, ReturnFormValidator>();
        services.AddScoped<IValidator<PlatformIdForm>, PlatformIdFormValidator>();
        services.AddScoped<IValidator<ActivityForm>, ActivityFormValidator>();
        services.AddScoped<IValidator<HousekeepingForm>, HousekeepingFormValidator>();
        services.AddScoped<AccountService>();
        services.AddScoped<FilingService>();
        services.AddScoped<ActivityService>();
        services.AddScoped<IPendingWorkSource, AccountsPendingWork>();

        services.AddScoped<BackupService>();
        return services;
    }
}
