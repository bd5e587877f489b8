using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using VendorManager.Domain.Common;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Data;

public sealed class DemoActorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// Every column that stores who did something: found in the EF model as a string property named
    /// …By or Actor, plus the audit log's user. A new actor column named that way is checked without
    /// touching this test; one named otherwise is added to <see cref="AlsoActors"/>.
    /// </summary>
    private static readonly (string Entity, string Property)[] AlsoActors = [("AuditEntry", "UserName")];

    [Fact]
    public async Task Every_actor_the_demo_stores_is_a_demo_user_or_the_system()
    {
        await using var app = await TestApp.CreateAsync();
        await DemoData.SeedAsync(app.Services, Ct);

        await using var db = app.CreateDbContext(UserScope.System);
        var columns = ActorColumns(db.Model).ToList();
        var logins = (await db.Users.Select(u => u.UserName!).ToListAsync(Ct)).Append(UserScope.SystemName).ToHashSet(StringComparer.Ordinal);
        var strangers = new List<string>();
        foreach (var (table, column, name) in columns)
        {
            // Names from the model, not from input: nothing to inject.
            var sql = $"""SELECT DISTINCT "{column}" AS "Value" FROM "{table}" WHERE "{column}" IS NOT NULL""";
            var stored = await db.Database.SqlQueryRaw<string>(sql).ToListAsync(Ct);
            strangers.AddRange(stored.Where(s => !logins.Contains(s)).Select(s => $"{name} = {s}"));
        }

        // The search itself must find the columns the demo fills, or an empty answer would prove nothing.
        Assert.Superset(
            new HashSet<string> { "EvaluationStep.Actor", "ContractTransition.Actor", "Settlement.ApprovedBy", "Filing.SubmittedBy", "BackgroundCheck.RequestedBy", "StaffMember.PurposeAcknowledgedBy", "AuditEntry.UserName" },
            columns.Select(c => c.Name).ToHashSet());
        Assert.Empty(strangers);
    }

    private static IEnumerable<(string Table, string Column, string Name)> ActorColumns(IModel model) =>
        from entity in model.GetEntityTypes()
        where entity.GetTableName() is not null && !entity.ClrType.Namespace!.StartsWith("Microsoft.", StringComparison.Ordinal)
        let table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema())
        from property in entity.GetProperties()
        where property.ClrType == typeof(string)
            && (property.Name.EndsWith("By", StringComparison.Ordinal) || property.Name == "Actor"
                || AlsoActors.Contains((entity.ClrType.Name, property.Name)))
        select (table.Name, property.GetColumnName(table)!, $"{entity.ClrType.Name}.{property.Name}");
}
