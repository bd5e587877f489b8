using System.Linq.Expressions;
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
    public const int PlaceMaxLength = 200;
    public const int MinutesMaxLength = 20000;

    /// <summary>How many persons one interview may name; more is a typing accident, not a meeting.</summary>
    public const int MaxPersons = 20;

    private readonly List<InterviewFinding> _findings = [];
    private readonly List<InterviewPerson> _otherPersons = [];
    private readonly List<InterviewCommitment> _commitments = [];
    private readonly List<InterviewAttachment> _attachments = [];

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

    /// <summary>The time of day it began, when written up; <see cref="HeldOn"/> is the day.</summary>
    public TimeOnly? StartedAt { get; private set; }

    public string? Place { get; private set; }

    /// <summary>The county office's interviewers (约谈人), names as written, e.g. 张科长、李干事.</summary>
    public string? Interviewers { get; private set; }

    /// <summary>The minutes (约谈纪要), plain text with paragraphs.</summary>
    public string? Minutes { get; private set; }

    /// <summary>Those interviewed besides <see cref="PersonName"/>, in the order written.</summary>
    public IReadOnlyList<InterviewPerson> OtherPersons => _otherPersons;

    public IReadOnlyList<InterviewCommitment> Commitments => _commitments;

    /// <summary>The signed minutes' scans and other papers of the meeting.</summary>
    public IReadOnlyList<InterviewAttachment> Attachments => _attachments;

    /// <summary>
    /// Writes up the meeting (约谈记录): who was interviewed (the first person is the principal one, <see cref="PersonName"/>),
    /// by whom, when and where, and the minutes. The problems raised stay as recorded.
    /// </summary>
    public RuleResult WriteUp(InterviewWriteUp writeUp)
    {
        ArgumentNullException.ThrowIfNull(writeUp);
        var persons = writeUp.Persons.Select(p => (Name: Text.Clean(p.Name), Post: Text.Clean(p.Post)))
            .Where(p => p.Name is not null || p.Post is not null).ToList();
        if (persons.Count == 0 || persons.Exists(p => p.Name is null))
        {
            return SupervisionRefusals.PersonRequired;
        }

        if (persons.Count > MaxPersons || persons.Exists(p => p.Name!.Length > PersonMaxLength || p.Post is { Length: > PersonMaxLength }))
        {
            return SupervisionRefusals.PersonTooLong;
        }

        var interviewers = Text.Clean(writeUp.Interviewers);
        var place = Text.Clean(writeUp.Place);
        if (interviewers is { Length: > Inspection.InspectorsMaxLength } || place is { Length: > PlaceMaxLength })
        {
            return SupervisionRefusals.InterviewPlaceTooLong;
        }

        var minutes = Text.Clean(writeUp.Minutes);
        if (minutes is { Length: > MinutesMaxLength })
        {
            return SupervisionRefusals.MinutesTooLong;
        }

        (PersonName, PersonPost) = (persons[0].Name!, persons[0].Post);
        _otherPersons.Clear();
        _otherPersons.AddRange(persons.Skip(1).Select(p => new InterviewPerson(p.Name!, p.Post)));
        StartedAt = writeUp.StartedAt;
        Place = place;
        Interviewers = interviewers;
        Minutes = minutes;
        return RuleResult.Ok();
    }

    /// <summary>Records what the interviewed promised to rectify (承诺整改事项) and by when.</summary>
    public RuleResult<InterviewCommitment> Commit(string? text, DateOnly deadline, DateOnly today)
    {
        if (Text.Clean(text) is not { } what)
        {
            return SupervisionRefusals.CommitmentRequired;
        }

        if (what.Length > Inspection.TextMaxLength)
        {
            return SupervisionRefusals.CommitmentTooLong;
        }

        if (deadline < HeldOn || deadline < today)
        {
            return SupervisionRefusals.CommitmentDeadlinePast;
        }

        var commitment = new InterviewCommitment(what, deadline);
        _commitments.Add(commitment);
        return RuleResult<InterviewCommitment>.Ok(commitment);
    }

    /// <summary>The county office finds a commitment kept (已完成), saying how; a kept commitment stays kept.</summary>
    public RuleResult CompleteCommitment(int commitmentId, string? note, string by, DateTimeOffset at)
    {
        if (_commitments.Find(c => c.Id == commitmentId) is not { } commitment)
        {
            return SupervisionRefusals.CommitmentNotFound;
        }

        return commitment.Complete(note, by, at);
    }

    /// <summary>Takes back a commitment written by mistake; one already kept is part of the record.</summary>
    public RuleResult RemoveCommitment(int commitmentId)
    {
        if (_commitments.Find(c => c.Id == commitmentId) is not { } commitment)
        {
            return SupervisionRefusals.CommitmentNotFound;
        }

        if (commitment.CompletedAt is not null)
        {
            return SupervisionRefusals.CommitmentAlreadyDone;
        }

        _commitments.Remove(commitment);
        return RuleResult.Ok();
    }

    /// <summary>Files a checked scan with the record (the signed minutes, 签字的约谈记录).</summary>
    public InterviewAttachment Attach(StoredFile file, string by, DateTimeOffset at)
    {
        var attachment = new InterviewAttachment(file, by, at);
        _attachments.Add(attachment);
        return attachment;
    }

    /// <summary>Removes a scan filed by mistake; the caller deletes the file once the removal is saved.</summary>
    public RuleResult<InterviewAttachment> RemoveAttachment(int attachmentId)
    {
        if (_attachments.Find(a => a.Id == attachmentId) is not { } attachment)
        {
            return SupervisionRefusals.AttachmentNotFound;
        }

        _attachments.Remove(attachment);
        return RuleResult<InterviewAttachment>.Ok(attachment);
    }

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

/// <summary>A person interviewed (被约谈人) and their post (职务).</summary>
public sealed record PersonInterviewed(string? Name, string? Post);

/// <summary>The write-up of the meeting; <see cref="Persons"/> lists the principal person first.</summary>
public sealed record InterviewWriteUp(
    IReadOnlyList<PersonInterviewed> Persons,
    string? Interviewers,
    TimeOnly? StartedAt,
    string? Place,
    string? Minutes);

/// <summary>A further person interviewed (被约谈人).</summary>
public sealed class InterviewPerson
{
    private InterviewPerson()
    {
        Name = string.Empty;
    }

    internal InterviewPerson(string name, string? post) => (Name, Post) = (name, post);

    public int Id { get; private set; }

    public int InterviewId { get; private set; }

    public string Name { get; private set; }

    public string? Post { get; private set; }
}

/// <summary>Where a commitment stands: open, kept, or open past its deadline.</summary>
public enum CommitmentState
{
    Open = 1,
    Done = 2,
    Overdue = 3,
}

/// <summary>
/// A commitment (承诺整改事项) the interviewed made, with the date it is due; the county office marks it kept
/// with a note. Overdue is not stored: it is an open commitment whose deadline has passed (<see cref="OverdueOn"/>).
/// </summary>
public sealed class InterviewCommitment : Entity
{
    private InterviewCommitment()
    {
        Text = string.Empty;
    }

    internal InterviewCommitment(string text, DateOnly deadline) => (Text, Deadline) = (text, deadline);

    public int InterviewId { get; private set; }

    public string Text { get; private set; }

    public DateOnly Deadline { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public string? CompletedBy { get; private set; }

    /// <summary>How the commitment was kept (完成情况), written by the county office.</summary>
    public string? CompletionNote { get; private set; }

    /// <summary>Open past its deadline on <paramref name="today"/>; the same rule for the page and the to-do query.</summary>
    public static Expression<Func<InterviewCommitment, bool>> OverdueOn(DateOnly today) => c => c.CompletedAt == null && c.Deadline < today;

    public CommitmentState StateOn(DateOnly today) =>
        CompletedAt is not null ? CommitmentState.Done : Deadline < today ? CommitmentState.Overdue : CommitmentState.Open;

    internal RuleResult Complete(string? note, string by, DateTimeOffset at)
    {
        if (CompletedAt is not null)
        {
            return SupervisionRefusals.CommitmentAlreadyDone;
        }

        if (Supervision.Text.Clean(note) is not { } how)
        {
            return SupervisionRefusals.CompletionNoteRequired;
        }

        if (how.Length > Inspection.TextMaxLength)
        {
            return SupervisionRefusals.CompletionNoteTooLong;
        }

        (CompletedAt, CompletedBy, CompletionNote) = (at, by, how);
        return RuleResult.Ok();
    }
}

/// <summary>A checked scan (PDF, JPEG or PNG) filed with an interview record, typically the signed minutes.</summary>
public sealed class InterviewAttachment : Entity
{
    private InterviewAttachment()
    {
        File = null!;
        AttachedBy = string.Empty;
    }

    internal InterviewAttachment(StoredFile file, string attachedBy, DateTimeOffset attachedAt) =>
        (File, AttachedBy, AttachedAt) = (file, attachedBy, attachedAt);

    public int InterviewId { get; private set; }

    public StoredFile File { get; private set; }

    public string AttachedBy { get; private set; }

    public DateTimeOffset AttachedAt { get; private set; }
}
