using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using VendorManager.Domain.Common;
using VendorManager.Persistence;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Data;

public sealed class DemoDateTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// Dates of what is to come or of a limit, not of something that happened; every other date the
    /// model names …On (or ActiveSince) and every instant it names …At records an event.
    /// </summary>
    private static readonly string[] NotEvents = ["DueOn", "ReplyDueOn", "PlannedPublishAt", "ScheduledTerminationOn", "LeaseExpiresAt"];

    [Fact]
    public async Task Nothing_the_demo_tells_as_done_happened_after_today()
    {
        await using var app = await TestApp.CreateAsync();
        await DemoData.SeedAsync(app.Services, Ct);
        var now = app.Clock.GetUtcNow();
        var today = ChinaTime.Today(app.Clock);

        await using var db = app.CreateDbContext(UserScope.System);
        var checkedFields = new HashSet<string>();
        var future = new List<string>();
        foreach (var root in db.Model.GetEntityTypes().Where(e => e.BaseType is null && !e.IsOwned() && e.FindPrimaryKey() is not null
            && e.ClrType.Namespace!.StartsWith("VendorManager.", StringComparison.Ordinal)))
        {
            foreach (var row in await RowsOf(db, root.ClrType).ToListAsync(Ct))
            {
                var entry = db.Entry(row);
                foreach (var property in entry.Metadata.GetProperties().Where(IsEvent))
                {
                    var name = $"{entry.Metadata.ClrType.Name}.{property.Name}";
                    checkedFields.Add(name);
                    var isFuture = entry.Property(property.Name).CurrentValue switch
                    {
                        DateOnly day => day > today,
                        DateTimeOffset instant => instant > now,
                        _ => false,
                    };
                    if (isFuture)
                    {
                        future.Add($"{name} = {entry.Property(property.Name).CurrentValue:yyyy-MM-dd HH:mm zzz} ({row})");
                    }
                }
            }
        }

        // The search must reach the dates the story is told by, or finding nothing would prove nothing.
        Assert.Superset(
            new HashSet<string>
            {
                "Contract.CreatedAt", "Contract.SignedOn", "Contract.ConfidentialityAgreementSignedOn", "ContractTransition.At",
                "ContractAssignment.AssignedOn", "Filing.SubmittedAt", "Filing.DecidedAt", "Account.ActiveSince", "MonthlyActivity.LastPostOn",
                "PublicNotice.IssuedOn", "PublicNotice.DraftedAt", "Inspection.InspectedOn", "Finding.FoundOn", "Interview.HeldOn",
                "RectificationItem.OpenedOn", "Settlement.PaidOn", "Settlement.CalculatedAt", "MonthlyEvaluation.OpenedAt",
                "BackgroundCheck.CheckedOn", "BackgroundCheck.RecordedAt", "AuditEntry.OccurredAt", "Notification.CreatedAt",
            },
            checkedFields);
        Assert.True(future.Count == 0, string.Join("\n", future));
    }

    private static bool IsEvent(IProperty property) =>
        !NotEvents.Contains(property.Name)
        && ((property.ClrType == typeof(DateOnly) || property.ClrType == typeof(DateOnly?))
                ? property.Name.EndsWith("On", StringComparison.Ordinal) || property.Name == "ActiveSince"
                : (property.ClrType == typeof(DateTimeOffset) || property.ClrType == typeof(DateTimeOffset?))
                  && (property.Name.EndsWith("At", StringComparison.Ordinal) || property.Name == "At"));

    private static IQueryable<object> RowsOf(AppDbContext db, Type clrType) =>
        (IQueryable<object>)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(clrType).Invoke(db, null)!;
}
