using VendorManager.Domain.Accounts;
using VendorManager.Domain.Common;

namespace VendorManager.Domain.Supervision;

/// <summary>Whom an interview or a notice names: a host unit (主办单位) or an agency (代运营机构).</summary>
public enum PartyKind
{
    HostUnit = 1,
    Agency = 2,
}

/// <summary>
/// An interview (约谈) of a responsible person (责任人) of a unit or an agency, held by the county
/// office over problems found ("视情约谈相关责任人"): when, whom, why, the findings it concerned and
/// what was agreed.
/// </summary>
public sealed class Interview : Entity
{
    public const int PersonMaxLength = 100;

    private readonly List<InterviewFinding> _findings = [];

    private Interview()
    {
        PersonName = string.Empty;
        Reason = string.Empty;
        RecordedBy = string.Empty;
    }

    public DateOnly HeldOn { get; private set; }

    public PartyKind Party { get; private set; }

    /// <summary>Set when <see cref="Party"/> is a host unit.</summary>
    public int? HostUnitId { get; private set; }

    /// <summary>Set when <see cref="Party"/> is an agency.</summary>
    public int? AgencyId { get; private set; }

    public string PersonName { get; private set; }

    /// <summary>The person's post (职务), e.g. 分管副镇长, 项目负责人.</summary>
    public string? PersonPost { get; private set; }

    public string Reason { get; private set; }

    /// <summary>What was agreed or required (约谈结果), often written up after the meeting.</summary>
    public string? Outcome { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public IReadOnlyList<InterviewFinding> Findings => _findings;

    public static RuleResult<Interview> Record(InterviewDetails details, string recordedBy, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (Text.Clean(recordedBy) is not { Length: <= Inspection.ActorMaxLength } by)
        {
            return SupervisionRefusals.ActorRequired;
        }

        var interview = new Interview { RecordedBy = by, RecordedAt = at };
        var applied = interview.Apply(details, Text.DateOf(at));
        return applied.Succeeded ? RuleResult<Interview>.Ok(interview) : applied.Refusal!;
    }

    /// <summary>Corrects the record or adds the outcome after the meeting.</summary>
    public RuleResult Revise(InterviewDetails details, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(details);
        return Apply(details, Text.DateOf(at));
    }

    /// <summary>
    /// The findings an interview raises must exist, and an interview of a unit raises that unit's own findings
    /// only; <paramref name="unitOfFinding"/> gives the unit of each finding that exists. Findings do not yet
    /// know the contract's agency, so an interview of an agency is checked for existence alone.
    /// </summary>
    public static RuleResult MayRaise(PartyKind party, int? hostUnitId, IEnumerable<int> findingIds, IReadOnlyDictionary<int, int> unitOfFinding)
    {
        ArgumentNullException.ThrowIfNull(unitOfFinding);
        return findingIds.All(id => unitOfFinding.TryGetValue(id, out var unit) && (party != PartyKind.HostUnit || unit == hostUnitId))
            ? RuleResult.Ok()
            : SupervisionRefusals.FindingNotOwn;
    }

    private RuleResult Apply(InterviewDetails details, DateOnly today)
    {
        var party = details.Party switch
        {
            PartyKind.HostUnit when details.HostUnitId is not null => (PartyKind?)PartyKind.HostUnit,
            PartyKind.Agency when details.AgencyId is not null => PartyKind.Agency,
            _ => null,
        };
        if (party is null)
        {
            return SupervisionRefusals.PartyRequired;
        }

        var name = Text.Clean(details.PersonName);
        if (name is null)
        {
            return SupervisionRefusals.PersonRequired;
        }

        var post = Text.Clean(details.PersonPost);
        if (name.Length > PersonMaxLength || post is { Length: > PersonMaxLength })
        {
            return SupervisionRefusals.PersonTooLong;
        }

        var reason = Text.Clean(details.Reason);
        if (reason is null)
        {
            return SupervisionRefusals.ReasonRequired;
        }

        if (reason.Length > Inspection.TextMaxLength)
        {
            return SupervisionRefusals.ReasonTooLong;
        }

        var outcome = Text.Clean(details.Outcome);
        if (outcome is { Length: > Inspection.TextMaxLength })
        {
            return SupervisionRefusals.OutcomeTooLong;
        }

        if (details.HeldOn > today)
        {
            return SupervisionRefusals.HeldInFuture;
        }

        HeldOn = details.HeldOn;
        Party = party.Value;
        HostUnitId = party == PartyKind.HostUnit ? details.HostUnitId : null;
        AgencyId = party == PartyKind.Agency ? details.AgencyId : null;
        PersonName = name;
        PersonPost = post;
        Reason = reason;
        Outcome = outcome;
        var wanted = details.FindingIds.Distinct().ToHashSet();
        _findings.RemoveAll(f => !wanted.Contains(f.FindingId));
        _findings.AddRange(wanted.Where(id => _findings.TrueForAll(f => f.FindingId != id)).Select(id => new InterviewFinding(id)));
        return RuleResult.Ok();
    }
}

/// <summary>What an interview record says; <see cref="FindingIds"/> are the findings it concerned.</summary>
public sealed record InterviewDetails(
    DateOnly HeldOn,
    PartyKind Party,
    int? HostUnitId,
    int? AgencyId,
    string? PersonName,
    string? PersonPost,
    string? Reason,
    string? Outcome,
    IReadOnlyCollection<int> FindingIds);

/// <summary>A finding an interview concerned.</summary>
public sealed class InterviewFinding
{
    private InterviewFinding()
    {
    }

    internal InterviewFinding(int findingId) => FindingId = findingId;

    public int InterviewId { get; private set; }

    public int FindingId { get; private set; }
}
