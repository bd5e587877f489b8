using System.Globalization;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Accounts;
using VendorManager.Domain.Agencies;
using VendorManager.Domain.Auditing;
using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;
using VendorManager.Domain.Evaluations;
using VendorManager.Domain.SelfInspections;
using VendorManager.Domain.Posts;
using VendorManager.Domain.Settlements;
using VendorManager.Domain.Staff;
using VendorManager.Domain.Supervision;
using VendorManager.Persistence.Auditing;
using VendorManager.Web.Components.Shared;
using VendorManager.Web.Features.Accounts;
using VendorManager.Web.Features.Agencies;
using VendorManager.Web.Features.ApiKeys;
using VendorManager.Web.Features.Calendar;
using VendorManager.Web.Features.Contracts;
using VendorManager.Web.Features.Evaluations;
using VendorManager.Web.Features.Grants;
using VendorManager.Web.Features.HostUnits;
using VendorManager.Web.Features.SelfInspections;
using VendorManager.Web.Features.Posts;
using VendorManager.Web.Features.Settlements;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Features.Staff;
using VendorManager.Web.Features.Supervision;
using VendorManager.Web.Features.Users;
using VendorManager.Web.Features.WordLists;

namespace VendorManager.Web.Features.Audit;

/// <summary>
/// The audit log in words (审计日志的表述): record types, fields and values named as the UI names them, in the
/// reader's language, when the log is shown or exported. The stored entries stay as recorded, so the hash chain
/// is untouched. A field's name is sought in <see cref="AuditText"/> as <c>Field.{Type}.{Field}</c>, then in the
/// texts of the feature that shows the record as <c>Field.{Field}</c>, then in <see cref="AuditText"/> as
/// <c>Field.{Field}</c>; a state the same way: <c>Value.{Enum}.{Value}</c>, then the feature's own word for it.
/// </summary>
public sealed class AuditWords
{
    public const string TimeFormat = "yyyy-MM-dd HH:mm";
    public const string DateFormat = "yyyy-MM-dd";

    // The feature whose pages show each record type: its field and state words are the log's too.
    private static readonly Dictionary<string, Type> FeatureOf = new(StringComparer.Ordinal)
    {
        ["Agency"] = typeof(AgencyText),
        ["Qualification"] = typeof(AgencyText),
        ["QualificationReview"] = typeof(AgencyText),
        ["HostUnit"] = typeof(HostUnitText),
        ["CalendarDay"] = typeof(CalendarText),
        ["WordListItem"] = typeof(WordListText),
        ["WordListVersion"] = typeof(WordListText),
        ["AppUser"] = typeof(UsersText),
        ["ApiKey"] = typeof(ApiKeysText),
        ["GrantRequest"] = typeof(GrantsText),
        ["Account"] = typeof(AccountsText),
        ["Filing"] = typeof(AccountsText),
        ["FilingAttachment"] = typeof(AccountsText),
        ["MonthlyActivity"] = typeof(AccountsText),
        ["Contract"] = typeof(ContractText),
        ["ContractAccount"] = typeof(ContractText),
        ["ContractAssignment"] = typeof(ContractText),
        ["ContractTransition"] = typeof(ContractText),
        ["ContractWarning"] = typeof(ContractText),
        ["MonthlyEvaluation"] = typeof(EvaluationsText),
        ["EvaluationDeduction"] = typeof(EvaluationsText),
        ["EvaluationStep"] = typeof(EvaluationsText),
        ["EvaluationVeto"] = typeof(EvaluationsText),
        ["IndicatorScore"] = typeof(EvaluationsText),
        ["KpiDeductionRule"] = typeof(EvaluationsText),
        ["KpiIndicator"] = typeof(EvaluationsText),
        ["KpiScheme"] = typeof(EvaluationsText),
        ["KpiVetoItem"] = typeof(EvaluationsText),
        ["PaymentBand"] = typeof(EvaluationsText),
        ["Settlement"] = typeof(SettlementsText),
        ["SettlementAdjustment"] = typeof(SettlementsText),
        ["SettlementStep"] = typeof(SettlementsText),
        ["StaffMember"] = typeof(StaffText),
        ["BackgroundCheck"] = typeof(StaffText),
        ["PersonalDataReveal"] = typeof(StaffText),
        ["Finding"] = typeof(SupervisionText),
        ["Inspection"] = typeof(SupervisionText),
        ["InspectedAccount"] = typeof(SupervisionText),
        ["Interview"] = typeof(SupervisionText),
        ["InterviewFinding"] = typeof(SupervisionText),
        ["InterviewPerson"] = typeof(SupervisionText),
        ["InterviewCommitment"] = typeof(SupervisionText),
        ["InterviewAttachment"] = typeof(SupervisionText),
        ["NoticeEntry"] = typeof(SupervisionText),
        ["NoticeReceipt"] = typeof(SupervisionText),
        ["PublicNotice"] = typeof(SupervisionText),
        ["NoticeReply"] = typeof(SupervisionText),
        ["RectificationItem"] = typeof(SupervisionText),
        ["AgencyEvidence"] = typeof(SupervisionText),
        ["AgencyEvidenceFile"] = typeof(SupervisionText),
        ["SelfInspectionCampaign"] = typeof(SelfInspectionText),
        ["SelfInspectionReport"] = typeof(SelfInspectionText),
        ["SelfInspectionLine"] = typeof(SelfInspectionText),
        ["Post"] = typeof(PostsText),
        ["PostHit"] = typeof(PostsText),
        ["PostReview"] = typeof(PostsText),
        ["PostRevision"] = typeof(PostsText),
        ["PublishedPost"] = typeof(PostsText),
        ["PublishedPostHit"] = typeof(PostsText),
        ["PublishedPostRecheck"] = typeof(PostsText),
        ["PostAttachment"] = typeof(PostsText),
    };

    // Where a feature files its words for a state under another prefix than the field's own name.
    private static readonly Dictionary<Type, string> StatePrefixes = new()
    {
        [typeof(ContractState)] = "State.",
        [typeof(ProcurementMethod)] = "Method.",
        [typeof(EvaluationState)] = "Status.",
        [typeof(KpiSchemeState)] = "SchemeState.",
        [typeof(SettlementStatus)] = "Status.",
        [typeof(SettlementStepKind)] = "Step.",
        [typeof(AdjustmentProposalStatus)] = "Proposal.",
        [typeof(ServiceScopes)] = "Scope.",
        [typeof(QualificationReviewStatus)] = "Review.",
        [typeof(NoticeStatus)] = "NoticeStatus.",
        [typeof(NoticeReplyStatus)] = "NoticeReplyStatus.",
        [typeof(RectificationStatus)] = "State.",
        [typeof(AgencyEvidenceStatus)] = "EvidenceStatus.",
        [typeof(PersonalDataField)] = "Field.",
        [typeof(FilingPaper)] = "Paper.",
        [typeof(CampaignStatus)] = "CampaignStatus.",
        [typeof(ReportStatus)] = "ReportStatus.",
        [typeof(PostStatus)] = "State.",
        [typeof(PostImportance)] = "Importance.",
        [typeof(PostPart)] = "Part.",
        [typeof(CheckCategory)] = "Category.",
        [typeof(ReviewLevel)] = "Level.",
        [typeof(ReviewDecision)] = "Decision.",
        [typeof(ReviewChecks)] = "Check.",
        [typeof(PublicationReview)] = "Review.",
        [typeof(PublicationSource)] = "Source.",
    };

    private readonly IStringLocalizer text;
    private readonly IStringLocalizerFactory localizers;
    private readonly Dictionary<string, IReadOnlyEntityType> types;

    public AuditWords(IReadOnlyModel model, IStringLocalizerFactory localizers)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(localizers);
        this.localizers = localizers;
        text = localizers.Create(typeof(AuditText));
        types = model.AuditedEntityTypes().GroupBy(t => t.ClrType.Name).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>结算, or the recorded type of a record no longer in the model.</summary>
    public string EntityName(string type) => Find(text, "Entity." + type) ?? type;

    /// <summary>Null when no resource names it: the guard test's question.</summary>
    public string? FindFieldName(string type, string field) =>
        Find(text, $"Field.{type}.{field}") ?? Find(Feature(type), "Field." + field) ?? Find(text, "Field." + field);

    /// <summary>Null when no resource names this state of <paramref name="enumType"/> in the field.</summary>
    public string? FindState(string type, string field, Type enumType, string value)
    {
        ArgumentNullException.ThrowIfNull(enumType);
        return Find(text, $"Value.{enumType.Name}.{value}")
            ?? Find(Feature(type), (StatePrefixes.GetValueOrDefault(enumType) ?? field + ".") + value);
    }

    /// <summary>The property behind a recorded field, when the model still has it.</summary>
    public IReadOnlyProperty? PropertyOf(string type, string field) => types.GetValueOrDefault(type)?.FindProperty(field);

    /// <summary>A field that holds the login of whoever acted (ApprovedBy, Actor): shown as the person.</summary>
    public static bool HoldsActor(IReadOnlyProperty? property) =>
        property is { ClrType: var clr } && clr == typeof(string) && (property.Name.EndsWith("By", StringComparison.Ordinal) || property.Name == "Actor");

    /// <summary>One change as a clerk reads it: 状态：已批准 → 已支付, 应付金额：7,333.33 元.</summary>
    public string Line(string type, AuditAction action, AuditChange change, PeopleNames people, IStringLocalizer<SharedText> shared)
    {
        ArgumentNullException.ThrowIfNull(change);
        var name = FindFieldName(type, change.Field) ?? change.Field;
        var old = Value(type, change.Field, change.Old, people, shared);
        var @new = Value(type, change.Field, change.New, people, shared);
        return action switch
        {
            AuditAction.Insert => text["Change.Set", name, @new],
            AuditAction.Delete => text["Change.Set", name, old],
            _ => text["Change.Update", name, old, @new],
        };
    }

    /// <summary>A key no name was found for, its parts named: 检查 2，账号 8.</summary>
    public string KeyLabel(string type, string key)
    {
        var parts = key.Split(',');
        var properties = types.GetValueOrDefault(type)?.FindPrimaryKey()?.Properties;
        if (properties is null || properties.Count != parts.Length)
        {
            return key;
        }

        return string.Join(text["Separator"].Value, properties.Select((p, i) => text["Key.Part", FindFieldName(type, p.Name) ?? p.Name, parts[i]].Value));
    }

    private string Value(string type, string field, string? stored, PeopleNames people, IStringLocalizer<SharedText> shared)
    {
        if (stored is null)
        {
            return text["Value.None"];
        }

        var property = PropertyOf(type, field);
        if (stored == AuditAnnotations.Mask || property is null)
        {
            // Masked when written, or a field the model no longer has (and an event's own): as recorded.
            return stored;
        }

        var clr = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
        var invariant = CultureInfo.InvariantCulture;
        return clr switch
        {
            _ when HoldsActor(property) => people[stored].Text(shared),
            _ when clr.IsEnum => string.Join(text["Separator"].Value, stored.Split(", ").Select(v => FindState(type, field, clr, v) ?? v)),
            _ when clr == typeof(bool) => bool.TryParse(stored, out var yes) ? text[yes ? "Value.Yes" : "Value.No"] : stored,
            _ when clr == typeof(DateOnly) => DateOnly.TryParse(stored, invariant, out var day) ? day.ToString(DateFormat, invariant) : stored,
            _ when clr == typeof(DateTimeOffset) => DateTimeOffset.TryParse(stored, invariant, DateTimeStyles.RoundtripKind, out var at)
                ? ChinaTime.ToChina(at).ToString(TimeFormat, invariant)
                : stored,
            _ when clr == typeof(DateTime) => DateTime.TryParse(stored, invariant, out var time) ? time.ToString(TimeFormat, invariant) : stored,
            _ when clr == typeof(Money) => decimal.TryParse(stored.TrimStart('¥'), NumberStyles.Number, invariant, out var yuan) ? Yuan(yuan) : stored,
            _ when clr == typeof(long) && field.EndsWith("Fen", StringComparison.Ordinal) =>
                long.TryParse(stored, invariant, out var fen) ? Yuan(Money.FromFen(fen).Yuan) : stored,
            _ => stored,
        };
    }

    private string Yuan(decimal yuan) => text["Value.Yuan", yuan.ToString("#,##0.00", CultureInfo.InvariantCulture)];

    private IStringLocalizer? Feature(string type) => FeatureOf.TryGetValue(type, out var feature) ? localizers.Create(feature) : null;

    private static string? Find(IStringLocalizer? localizer, string key) =>
        localizer?[key] is { ResourceNotFound: false } found ? found.Value : null;
}
