using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MudBlazor;
using MudBlazor.Services;
using VendorManager.Persistence;
using VendorManager.Persistence.Identity;
using VendorManager.Web.Components;
using VendorManager.Web.Data;
using VendorManager.Web.Data.Seeding;
using VendorManager.Web.Features;
using VendorManager.Web.Features.Account;
using VendorManager.Web.Features.Accounts;
using VendorManager.Web.Features.Agencies;
using VendorManager.Web.Features.Api;
using VendorManager.Web.Features.Backup;
using VendorManager.Web.Features.Contracts;
using VendorManager.Web.Features.Evaluations;
using VendorManager.Web.Features.Posts;
using VendorManager.Web.Features.SelfInspections;
using VendorManager.Web.Features.Supervision;
using VendorManager.Web.Jobs;
using VendorManager.Web.Localization;
using VendorManager.Web.Security;
using VendorManager.Web.Security.PersonalData;

namespace VendorManager.Web.Hosting;

/// <summary>Everything Program.cs wires up, in one readable place.</summary>
public static class VendorManagerServices
{
    private const string SchemeByPath = "PageOrApi";

    public static WebApplicationBuilder AddVendorManager(this WebApplicationBuilder builder)
    {
        // MudBlazor's static assets come from the package's static web assets manifest; outside
        // Development (and without a publish) that manifest is not read unless asked for.
        builder.WebHost.UseStaticWebAssets();

        var services = builder.Services;
        var security = builder.Configuration.GetSection(SecurityOptions.Section).Get<SecurityOptions>() ?? new SecurityOptions();
        var cookieSecurity = security.SecureCookies ?? !builder.Environment.IsDevelopment()
            ? CookieSecurePolicy.Always
            : CookieSecurePolicy.SameAsRequest;
        services.AddRazorComponents().AddInteractiveServerComponents();
        // Chinese is served as itself, not as &#x...; references (three times the bytes, unreadable source); the
        // encoder still escapes < > & and quotes, whatever ranges it lets through.
        services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddMudServices(config => config.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.TopCenter);
        services.AddScoped<CircuitActivity>();
        services.AddScoped<CircuitHandler, CurrentUserCircuitHandler>();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingIdentityStateProvider>();
        // Pages sign in with Identity's cookie; /api only with an API key, never a cookie (see ApiKeyAuthenticationHandler).
        services.AddAuthentication(SchemeByPath)
            .AddPolicyScheme(SchemeByPath, null, options => options.ForwardDefaultSelector = context =>
                ApiMiddleware.IsApi(context) ? ApiKeyAuthenticationHandler.SchemeName : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthentication().AddIdentityCookies(cookies =>
            cookies.ApplicationCookie?.Configure(options =>
            {
                options.LoginPath = AccountPaths.SignIn;
                options.LogoutPath = AccountPaths.SignOut;
                options.AccessDeniedPath = AccountPaths.AccessDenied;
                // A signed-in user refused a page gets 403 at once, not a redirect: the status code pages show
                // the access-denied page under the address asked for (StatusPath).
                options.Events.OnRedirectToAccessDenied = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                };
                // The stamp check below passes on nearly every request; Identity would then re-issue the cookie
                // with every answer, and an answer still on its way when the browser dropped the cookie would bring
                // the session back. Sliding expiration renews the cookie on its own schedule.
                options.Events.OnValidatePrincipal = async context =>
                {
                    await SecurityStampValidator.ValidatePrincipalAsync(context);
                    context.ShouldRenew = false;
                };
                options.ExpireTimeSpan = security.IdleTimeout;
                options.SlidingExpiration = true;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = cookieSecurity;
                options.Cookie.Name = "VendorManager.Auth";
            }));
        // Every request checks the cookie's security stamp, not every 30 minutes: sign-out renews the stamp,
        // and a copied cookie must stop working at once (AccountEndpoints).
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "VendorManager.Antiforgery";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = cookieSecurity;
        });
        services.AddSignInRateLimit(security);
        services.AddHealthEndpoint();
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

        services.AddVendorManagerCore(builder.Configuration);
        services.AddVendorManagerApi(builder.Configuration);
        services.AddHostedService<DatabaseInitializer>();
        services.AddDailyJobs();
        return builder;
    }

    /// <summary>
    /// Everything but the HTTP pipeline: the database, Identity's stores and managers, the current
    /// user and the feature services. The web tests build their container from this too.
    /// </summary>
    public static IServiceCollection AddVendorManagerCore(this IServiceCollection services, IConfiguration configuration)
    {
        var security = configuration.GetSection(SecurityOptions.Section).Get<SecurityOptions>() ?? new SecurityOptions();
        services.Configure<SecurityOptions>(configuration.GetSection(SecurityOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.AddVendorManagerLocalization();
        services.AddVendorManagerDatabase();
        // The key file is the one secret outside the database: personal data, the cookie keys stored in the
        // database and the audit chain are keyed from it (decisions 0006 and 0014).
        services.AddPersonalDataProtection(configuration);
        services.AddServerKeys(configuration);
        services.AddAuthorizationCore(options => options.AddPermissionPolicies());
        services.AddScoped<CurrentUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<CurrentUser>());
        // Identity's stores take the context from the container; it is built by the same factory.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext());
        services.AddIdentityCore<AppUser>(options =>
            {
                options.User.RequireUniqueEmail = false;
                options.Password.RequiredLength = 8;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = true;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = security.LockoutDuration;
                // "Confirmed" here means a role has been granted and approved (GrantedRoleConfirmation).
                options.SignIn.RequireConfirmedAccount = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager<AppSignInManager>()
            .AddUserConfirmation<GrantedRoleConfirmation>()
            .AddErrorDescriber<ChineseIdentityErrorDescriber>()
            .AddClaimsPrincipalFactory<AppUserClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();
        services.AddScoped<DemoSeeder>();
        services.AddFeatures();
        return services;
    }

    /// <summary>
    /// Where an error status without a body is shown: /status/403 is the access-denied page, any other code the
    /// not-found page (Components/Pages), each keeping its status.
    /// </summary>
    public const string StatusPath = "/status/{0}";

    public static WebApplication MapVendorManager(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        app.UseStatusCodePagesWithReExecute(StatusPath, createScopeForStatusCodePages: true);
        app.UseRequestLocalization();
        app.UseVendorManagerApi();
        app.UseAuthentication();
        app.UseMiddleware<CurrentUserMiddleware>();
        app.UseMiddleware<PasswordChangeRequirementMiddleware>();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();
        app.UseSignInExpiry();

        app.MapStaticAssets().AllowAnonymous();
        // Blazor's own frame-ancestors header would be a second policy; SecurityHeaders sets 'none'.
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(options => options.ContentSecurityFrameAncestorsPolicy = null);
        app.MapAccountEndpoints();
        app.MapAgencyEndpoints();
        app.MapContractEndpoints();
        app.MapFilingEndpoints();
        app.MapEvaluationEndpoints();
        app.MapSupervisionEndpoints();
        app.MapSelfInspectionEndpoints();
        app.MapPostEndpoints();
        app.MapBackupEndpoints();
        app.MapCultureEndpoint();
        app.MapHealthEndpoint();
        app.MapVendorManagerApi();
        return app;
    }
}
