using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using VendorManager.Domain.Common;
using VendorManager.Domain.Staff;
using VendorManager.Persistence.Identity;
using VendorManager.Web.Features.Staff;
using VendorManager.Web.Security;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Security;

public sealed class PersonalDataLogTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_whole_journey_with_an_ID_and_a_phone_leaves_neither_in_the_logs_at_any_level()
    {
        var logs = new CapturedLogs();
        await using var app = new AppFactory(Environments.Development)
        {
            ConfigureServices = services => services.AddLogging(logging =>
            {
                logging.AddProvider(logs);
                // Everything, Trace included, whatever appsettings.json filters for the console.
                logging.AddFilter<CapturedLogs>(null, LogLevel.Trace);
            }),
        };
        var idNumber = "11010519850704381" + ResidentIdNumber.ComputeCheckCharacter("11010519850704381");
        var mistyped = idNumber[..17] + (idNumber[17] == '0' ? '1' : '0');
        const string mobile = "13987654321";

        // Sign in over HTTP, once wrong, then right.
        var client = SignInForm.Client(app);
        await SignInForm.PostAsync(client, "agency1", "Wrong@2026");
        Assert.Equal(HttpStatusCode.Redirect, (await SignInForm.PostAsync(client, "agency1", "Demo@2026")).StatusCode);

        // The agency adds a person: first with a mistyped check character (refused), then right.
        var form = new StaffForm
        {
            Name = "日志测试人员", Post = StaffPost.Reviewer, IdNumber = mistyped, Mobile = "139 8765 4321", PurposeAcknowledged = true,
        };
        await using (var agency = await ScopeForAsync(app, "agency1"))
        {
            var staff = agency.ServiceProvider.GetRequiredService<StaffService>();
            Assert.False((await staff.CreateAsync(form, Ct)).Succeeded);
            form.IdNumber = idNumber.ToLowerInvariant();
            var created = await staff.CreateAsync(form, Ct);
            Assert.True(created.Succeeded, created.Describe());

            // Procurement reveals both numbers (each look is audited) and opens the person's page.
            await using var procurement = await ScopeForAsync(app, "procurement");
            var reveals = procurement.ServiceProvider.GetRequiredService<StaffService>();
            Assert.Equal(idNumber, (await reveals.RevealAsync(created.Value, PersonalDataField.IdNumber, Ct)).Value);
            Assert.Equal(mobile, (await reveals.RevealAsync(created.Value, PersonalDataField.Mobile, Ct)).Value);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/staff/{created.Value}", Ct)).StatusCode);
        }

        var text = logs.Text;
        Assert.Contains("Executed DbCommand", text, StringComparison.Ordinal);
        Assert.DoesNotContain(idNumber, text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(idNumber[..17], text, StringComparison.Ordinal);
        Assert.DoesNotContain(idNumber[6..14] + idNumber[14..17], text, StringComparison.Ordinal);
        Assert.DoesNotContain(mistyped, text, StringComparison.Ordinal);
        Assert.DoesNotContain(mobile, text, StringComparison.Ordinal);
        Assert.DoesNotContain("139 8765 4321", text, StringComparison.Ordinal);
    }

    /// <summary>A service scope acting as a demo user, with the claims the sign-in cookie would carry.</summary>
    private static async Task<AsyncServiceScope> ScopeForAsync(AppFactory app, string userName)
    {
        var scope = app.Services.CreateAsyncScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<AppUser>>();
        var user = await signIn.UserManager.FindByNameAsync(userName);
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(await signIn.CreateUserPrincipalAsync(user!));
        return scope;
    }
}
