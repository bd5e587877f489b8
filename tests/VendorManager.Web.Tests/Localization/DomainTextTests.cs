using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using VendorManager.Domain.Accounts;
using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;
using VendorManager.Domain.Evaluations;
using VendorManager.Domain.Settlements;
using VendorManager.Domain.Staff;
using VendorManager.Domain.Supervision;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using VendorManager.Web.Components.Shared;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Localization;

namespace VendorManager.Web.Tests.Localization;

/// <summary>An English user reads every refusal of the domain in English, with the values it names.</summary>
public sealed partial class DomainTextTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    private static readonly IStringLocalizer Text = new ResourceManagerStringLocalizerFactory(
        Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance).Create(typeof(SharedText));

    [Fact]
    public void Every_domain_refusal_reads_in_English_without_Chinese()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = English;
        var refusals = DomainRefusals().ToList();

        var offenders = refusals
            .Select(r => (r.Code, Text: DomainText.Describe(r)))
            .Where(r => r.Text is null || Cjk().IsMatch(r.Text))
            .Select(r => $"{r.Code}: {r.Text ?? "(no resource)"}")
            .Distinct()
            .ToList();

        Assert.True(refusals.Count > 150, $"only {refusals.Count} refusals found: the reflection lost its way");
        Assert.True(offenders.Count == 0, "Give these refusals an English \"Refusal.{code}\" in DomainText.en.resx:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void Every_lifecycle_condition_reads_in_English_without_Chinese()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = English;
        var conditions = typeof(Refusal).Assembly.GetTypes()
            .Where(t => t.Name.EndsWith("Conditions", StringComparison.Ordinal))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && f.FieldType == typeof(string)))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

        var offenders = conditions.Select(c => DomainText.Unmet(new UnmetCondition(c, [ContractRefusals.StartsOn(new DateOnly(2026, 11, 1))]))).Where(u => Cjk().IsMatch(u.Condition + string.Concat(u.Details))).ToList();

        Assert.True(conditions.Count > 20, $"only {conditions.Count} conditions found");
        Assert.True(offenders.Count == 0, "Give these conditions their English in DomainText.en.resx:\n" + string.Join('\n', offenders.Select(o => o.Condition)));
    }

    [Fact]
    public void A_refusal_names_its_platform_category_limit_score_and_date_in_English()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = English;

        Assert.StartsWith("Your unit already has an account on Weibo.", Text.Describe(AccountRefusals.JustificationRequired(Platform.Weibo)));
        Assert.Equal(
            "The deduction per occurrence and the monthly cap of \"Lax review\" must be between 0 and 100 points.",
            DomainText.Describe(KpiSchemeRefusals.DeductionInvalid(ProblemCategory.LaxReview)));
        Assert.Equal($"The account name may have at most {Account.NameMaxLength} characters.", DomainText.Describe(AccountRefusals.NameTooLong));
        Assert.Equal(
            "The indicators' weights must add up to exactly 100 points; they add up to 95.50.",
            DomainText.Describe(KpiSchemeRefusals.WeightsNotHundred(Score.FromHundredths(9550))));
        Assert.Equal(
            "The payment date cannot be before the approval date 2026-04-08.",
            DomainText.Describe(SettlementRefusals.PaidBeforeApproval(new DateOnly(2026, 4, 8))));
        Assert.Equal(
            "A settlement that is held cannot take the step \"approve\".",
            DomainText.Describe(SettlementRefusals.NotAllowed(SettlementStatus.Held, SettlementAction.Approve)));
        Assert.Equal(
            "Upload the required papers first: Subject certification; Operating staff information.",
            DomainText.Describe(AccountRefusals.PapersMissing([FilingPaper.SubjectCertification, FilingPaper.OperatorInformation])));
        Assert.Equal(
            "The scheme cannot be published yet: Set the payment bands.",
            DomainText.Describe(KpiSchemeRefusals.NotPublishable([KpiSchemeRefusals.NoBands])));
    }

    [Fact]
    public void A_Chinese_user_reads_the_domain_s_own_words()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        var refusal = AccountRefusals.JustificationRequired(Platform.Weibo);

        Assert.Equal(refusal.Message, Text.Describe(refusal));
        Assert.Equal("审核把关不严", DomainText.Name(ProblemCategory.LaxReview));
    }

    [Fact]
    public void A_note_the_system_stored_in_Chinese_reads_in_English_and_a_person_s_own_words_stay_as_written()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = English;

        Assert.Equal("The evaluation was reopened.", DomainText.Note(Settlement.ReopenedEvaluationReason));
        Assert.StartsWith("The evaluation was reopened and finalized again", DomainText.Note(Settlement.ReopenedEvaluationReason + "，重新定稿得分 92.00，应付¥8,550.00，已付¥8,100.00"));
        Assert.Equal("发票信息有误，暂缓支付", DomainText.Note("发票信息有误，暂缓支付"));
    }

    [Fact]
    public void A_reason_the_system_stored_in_Chinese_reads_in_English_with_its_dates_and_scopes_and_an_unknown_one_is_not_guessed()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = English;

        Assert.Equal(
            "The news service licence is valid until 2026-10-31, before the contract's start 2026-11-28",
            DomainText.Said("互联网新闻信息服务许可有效期至 2026-10-31，早于合同起始日 2026-11-28"));
        Assert.Equal(
            "The news service licence's service items include none of: news gathering, editing and publishing service; reprinting service",
            DomainText.Said("互联网新闻信息服务许可的服务项目不含采编发布服务或转载服务"));
        Assert.Equal("No editor may be assigned on 2026-11-28", DomainText.Said("2026年11月28日没有可派驻的编辑"));
        Assert.Equal("李审核's cybersecurity background check result was revoked (公安机关通报)", DomainText.Said("李审核的网络安全背景审查结论已撤销（公安机关通报）"));
        Assert.Equal("Evaluations failed 2 months in a row", DomainText.Said(Escalation.SuspensionReason(2)));
        Assert.Null(DomainText.Said("发票信息有误，暂缓支付"));
    }

    [Fact]
    public void The_check_digit_of_a_credit_code_is_named_in_English()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = English;

        Assert.Equal(
            "the 18th character (the check character) should be 3",
            Text.Describe(VendorManager.Domain.Agencies.UnifiedSocialCreditCode.InvalidReason("91350100M000100Y44")!));
    }

    /// <summary>Every refusal the domain's *Refusals classes give (properties, and methods called with sample values), and any static refusal field.</summary>
    private static IEnumerable<Refusal> DomainRefusals()
    {
        foreach (var type in typeof(Refusal).Assembly.GetTypes())
        {
            const BindingFlags statics = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static;
            foreach (var field in type.GetFields(statics).Where(f => f.FieldType == typeof(Refusal)))
            {
                yield return (Refusal)field.GetValue(null)!;
            }

            if (!type.Name.EndsWith("Refusals", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var property in type.GetProperties(statics).Where(p => p.PropertyType == typeof(Refusal)))
            {
                yield return (Refusal)property.GetValue(null)!;
            }

            foreach (var method in type.GetMethods(statics).Where(m => m.ReturnType == typeof(Refusal) && !m.IsSpecialName))
            {
                yield return (Refusal)method.Invoke(null, [.. method.GetParameters().Select(p => Sample(p.ParameterType))])!;
            }
        }
    }

    private static object? Sample(Type type)
    {
        if (type == typeof(string))
        {
            return "X-1";
        }

        if (type.IsEnum)
        {
            return Enum.GetValues(type).GetValue(0);
        }

        if (type == typeof(DateOnly))
        {
            return new DateOnly(2026, 3, 4);
        }

        if (type == typeof(IReadOnlyList<Refusal>))
        {
            return new[] { KpiSchemeRefusals.NoBands };
        }

        if (type == typeof(StaffAssignability))
        {
            return new StaffAssignability(StaffMember(), new DateOnly(2026, 3, 4), StaffPost.Editor, [new(AssignmentRefusalCode.Left, StaffRefusals.LeftOn("Li Lei", new DateOnly(2026, 3, 4)))]);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            return Array.CreateInstance(type.GetGenericArguments()[0], 0);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Availability<>))
        {
            return Activator.CreateInstance(type, Sample(type.GetGenericArguments()[0]), true, false, Array.Empty<UnmetCondition>());
        }

        return type.IsValueType ? Activator.CreateInstance(type) : Activator.CreateInstance(type, nonPublic: true);
    }

    private static StaffMember StaffMember()
    {
        var person = (StaffMember)Activator.CreateInstance(typeof(StaffMember), nonPublic: true)!;
        typeof(StaffMember).GetProperty(nameof(Domain.Staff.StaffMember.Name))!.SetValue(person, "Li Lei");
        return person;
    }

    [GeneratedRegex(@"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")]
    private static partial Regex Cjk();
}
