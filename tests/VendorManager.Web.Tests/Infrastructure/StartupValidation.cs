using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using VendorManager.Web.Hosting;

namespace VendorManager.Web.Tests.Infrastructure;

/// <summary>
/// What the app's start makes of a setting: its options validated as the host validates them before anything
/// starts. Not through the test host: when the app's start fails, the test host may report that it was
/// disposed instead of why it failed (the entry point disposes the app on its own thread), which made a
/// test of the refusal fail now and then.
/// </summary>
internal static class StartupValidation
{
    public static Exception? FailureOf(IDictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddVendorManager();
        using var app = builder.Build();
        try
        {
            app.Services.GetRequiredService<IStartupValidator>().Validate();
            return null;
        }
        catch (Exception failure) when (failure is OptionsValidationException or InvalidOperationException)
        {
            // InvalidOperationException: a value the options cannot even be bound from.
            return failure;
        }
    }
}
