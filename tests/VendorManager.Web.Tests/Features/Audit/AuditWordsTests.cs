using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Common;
using VendorManager.Domain.Evaluations;
using VendorManager.Domain.Settlements;
using VendorManager.Persistence.Auditing;
using VendorManager.Web.Features.Audit;
using VendorManager.Web.Features.Backup;
using VendorManager.Web.Features.Evaluations;
using VendorManager.Web.Features.Settlements;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Features.Staff;
using VendorManager.Web.Localization;
using VendorManager.Web.Tests.Infrastructure;

namespace VendorManager.Web.Tests.Features.Audit;

/// <summary>The audit log as a clerk reads it: names from the resources, states in the UI's words, yuan, China time, people.</summary>
public sealed partial class AuditWordsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The events recorded without a record of their own (AuditInterceptor.RecordAsync), with their fields.</summary>
    private static readonly (string Type, string[] Fields)[] Events =
    [
        (BackupService.AuditedAs, ["FileName", "Size"]),
        (StaffService.IdNumberRefusedAudit, ["MaskedIdNumber"]),
    ];

    [Fact]
    public async Task Every_audited_record_type_field_and_state_has_a_name_in_Chinese_and_in_English()
    {
        await using var app = await TestApp.CreateAsync();
        await using var db = app.CreateDbContext(UserScope.System);
        var words = new AuditWords(db.Model, app.Services.GetRequiredService<IStringLocalizerFactory>());
        var audited = db.Model.AuditedEntityTypes()
            .Select(t => (Type: t.ClrType.Name, Fields: t.GetProperties().Where(p => p.IsAuditedField()).Select(p => p.Name).ToArray()))
            .Concat(Events)
            .ToList();

        var missing = new List<string>();
        foreach (var culture in new[] { LocalizationSetup.Chinese, LocalizationSetup.English })
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            // Under English a word found only in the Chinese resource falls back to Chinese: that is missing too.
            bool Named(string? word) => word is not null && (culture == LocalizationSetup.Chinese) == Han().IsMatch(word);
            foreach (var (type, fields) in audited)
            {
                if (!Named(words.EntityName(type)))
                {
                    missing.Add($"{culture} Entity.{type}");
                }

                foreach (var field in fields)
                {
                    if (!Named(words.FindFieldName(type, field)))
                    {
                        missing.Add($"{culture} {type}.{field}");
                    }

                    if (words.PropertyOf(type, field) is { } property && (Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType) is { IsEnum: true } states)
                    {
                        missing.AddRange(Enum.GetNames(states)
                            .Where(state => !Named(words.FindState(type, field, states, state)))
                            .Select(state => $"{culture} {type}.{field} = {states.Name}.{state}"));
                    }
                }
            }
        }

        Assert.True(missing.Count == 0, "Audited record types, fields or states without a name in the resources:\n" + string.Join('\n', missing));
    }

    [Fact]
    public async Task A_settlement_paymentreads_with_the_UI_words_for_its_states_the_amount_in_yuan_China_dates_and_the_payer_by_name()
    {
        await using var app = await TestApp.CreateAsync();
        await DemoData.SeedAsync(app.Services, Ct);
        var today = ChinaTime.Today(app.Clock);
        Settlement approved;
        await using (var db = app.CreateDbContext(UserScope.System))
        {
            approved = await db.Settlements.SingleAsync(s => s.Status == SettlementStatus.Approved, Ct);
        }

        await using (var scope = app.ScopeFor(TestUsers.Principal(Roles.Finance, userName: "finance")))
        {
            var form = new PaymentForm { InvoiceNumber = "FP-CG-003", PaidOn = today.ToDateTime(TimeOnly.MinValue), VoucherNumber = "PZ-2026-0201", Version = approved.Version };
            var paid = await scope.ServiceProvider.GetRequiredService<SettlementService>().MarkPaidAsync(approved.Id, form, Ct);
            Assert.True(paid.Succeeded, paid.Describe());
        }

        var rows = await ListAsync(app, new AuditFilter(EntityType: "Settlement", UserName: "杨帆"));

        var payment = rows.First(r => r.Action == Domain.Auditing.AuditAction.Update);
        var day = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal("结算", payment.EntityName);
        Assert.Equal("CG-2026-001 " + approved.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), payment.Record);
        Assert.Equal("杨帆（财务）", Chinese(app, payment.Person!));
        Assert.Equal(
            new[] { "状态：已审核 → 已支付", "发票号码：（空） → FP-CG-003", $"支付日期：（空） → {day}", "付款登记人：（空） → 杨帆（财务）", "记账凭证号：（空） → PZ-2026-0201" }.Order(StringComparer.Ordinal),
            payment.ChangeLines.Order(StringComparer.Ordinal));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$", payment.OccurredAt.ToString(AuditWords.TimeFormat, CultureInfo.InvariantCulture));

        var step = (await ListAsync(app, new AuditFilter(EntityType: "SettlementStep", UserName: "finance"))).First();
        var payable = approved.AdjustedPayable.Yuan.ToString("#,##0.00", CultureInfo.InvariantCulture);
        Assert.Equal("结算流程记录", step.EntityName);
        Assert.Contains("环节：标记已支付", step.ChangeLines);
        Assert.Contains("原状态：已审核", step.ChangeLines);
        Assert.Contains("新状态：已支付", step.ChangeLines);
        Assert.Contains($"调整后应付金额：{payable} 元", step.ChangeLines);
        Assert.Contains("办理人：杨帆（财务）", step.ChangeLines);
        Assert.Contains(step.ChangeLines, l => l.StartsWith("时间：" + day + " ", StringComparison.Ordinal));
        Assert.Equal("杨帆（财务）", Chinese(app, step.Person!));

        // Under English, English words: the same entry, the same facts.
        var english = (await ListAsync(app, new AuditFilter(EntityType: "Settlement", UserName: "杨帆"), LocalizationSetup.English)).First(r => r.Action == Domain.Auditing.AuditAction.Update);
        Assert.Equal("Settlement", english.EntityName);
        Assert.Contains("Status: Approved → Paid", english.ChangeLines);
        Assert.Contains($"Paid on: (none) → {day}", english.ChangeLines);
        Assert.Contains("Payment recorded by: (none) → 杨帆 (Finance)", english.ChangeLines);
    }

    [Fact]
    public async Task A_score_change_reads_with_the_indicator_the_contract_and_month_and_the_scorer_by_name_and_unit()
    {
        await using var app = await TestApp.CreateAsync();
        await DemoData.SeedAsync(app.Services, Ct);
        var today = ChinaTime.Today(app.Clock);
        var lastMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        int id;
        await using (var db = app.CreateDbContext(UserScope.System))
        {
            id = await db.MonthlyEvaluations
                .Where(e => e.Month == lastMonth && db.Contracts.Any(c => c.Id == e.ContractId && c.Number == "CG-2026-001"))
                .Select(e => e.Id).SingleAsync(Ct);
        }

        IndicatorScoreForm first;
        await using (var scope = app.ScopeFor(TestUsers.Principal(Roles.HostUnit, hostUnitId: await UnitOfAsync(app, "unit1"), userName: "unit1")))
        {
            var evaluations = scope.ServiceProvider.GetRequiredService<EvaluationService>();
            var form = (await evaluations.GetEditorAsync(id, Ct)).Value!.Form;
            form.Indicators.ForEach(i => i.Points = i.Weight - 2);
            Assert.True((await evaluations.SaveAsync(id, form, Ct)).Succeeded);
            form = (await evaluations.GetEditorAsync(id, Ct)).Value!.Form;
            first = form.Indicators[0];
            first.Points = first.Weight;
            var saved = await evaluations.SaveAsync(id, form, Ct);
            Assert.True(saved.Succeeded, saved.Describe());
        }

        var rows = await ListAsync(app, new AuditFilter(EntityType: "IndicatorScore", UserName: "李娜"));

        var change = rows.First(r => r.Action == Domain.Auditing.AuditAction.Update);
        Assert.Equal("指标得分", change.EntityName);
        Assert.Equal($"CG-2026-001 {lastMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture)} {first.Name}", change.Record);
        Assert.Equal("李娜（城关镇人民政府）", Chinese(app, change.Person!));
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"得分：{first.Weight - 2:0.00} → {first.Weight:0.00}"), Assert.Single(change.ChangeLines));
        var evaluation = (await ListAsync(app, new AuditFilter(EntityType: "MonthlyEvaluation", UserName: "unit1"))).First();
        Assert.Equal($"CG-2026-001 {lastMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture)}", evaluation.Record);
    }

    [Fact]
    public async Task A_record_without_a_name_of_its_own_shows_its_key_parts_named_not_a_raw_composite_key()
    {
        await using var app = await TestApp.CreateAsync();
        await using var db = app.CreateDbContext(UserScope.System);
        var words = new AuditWords(db.Model, app.Services.GetRequiredService<IStringLocalizerFactory>());
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(LocalizationSetup.Chinese);

        Assert.Equal("检查 2，账号 8", words.KeyLabel("InspectedAccount", "2,8"));
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(LocalizationSetup.English);
        Assert.Equal("Inspection 2, Account 8", words.KeyLabel("InspectedAccount", "2,8"));
    }

    private static async Task<int?> UnitOfAsync(TestApp app, string login)
    {
        await using var db = app.CreateDbContext(UserScope.System);
        return await db.Users.Where(u => u.UserName == login).Select(u => u.HostUnitId).SingleAsync(Ct);
    }

    private static string Chinese(TestApp app, PersonName person)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(LocalizationSetup.Chinese);
        return person.Text(app.Services.GetRequiredService<IStringLocalizer<Web.Components.Shared.SharedText>>());
    }

    private static async Task<IReadOnlyList<AuditRow>> ListAsync(TestApp app, AuditFilter filter, string culture = LocalizationSetup.Chinese)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        await using var scope = app.ScopeFor(TestUsers.Auditor);
        var result = await scope.ServiceProvider.GetRequiredService<AuditService>().ListAsync(filter, new PageRequest(0, 50), Ct);
        Assert.True(result.Succeeded, result.Describe());
        return result.Value!.Items;
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();
}
