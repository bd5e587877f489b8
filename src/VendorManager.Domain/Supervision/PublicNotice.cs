using VendorManager.Domain.Accounts;
using VendorManager.Domain.Common;

namespace VendorManager.Domain.Supervision;

/// <summary>
/// A public notice (通报) naming units or agencies whose rectification was not done or not done
/// properly ("对工作落实不力、长期整改不到位以及拒绝整改的，予以公开通报"): a title, the period it covers
/// and, for each party named, the reasons. Drafted (often pre-filled by <see cref="NoticePrefill"/>),
/// revised, then issued; an issued notice never changes.
/// </summary>
public sealed class PublicNotice : Entity
{
    public const int TitleMaxLength = 200;

    public const int NumberMaxLength = 64;

    /// <summary>The longest document-number prefix (发文字号 prefix, a setting) that still fits <see cref="NumberMaxLength"/>.</summary>
    public const int NumberPrefixMaxLength = 32;

    private readonly List<NoticeEntry> _entries = [];

    private PublicNotice()
    {
        Title = string.Empty;
        DraftedBy = string.Empty;
    }

    public string Title { get; private set; }

    public DateOnly PeriodFrom { get; private set; }

    public DateOnly PeriodTo { get; private set; }

    public NoticeStatus Status { get; private set; }

    public DateOnly? IssuedOn { get; private set; }

    /// <summary>Who issued it (印发人), as signed in.</summary>
    public string? IssuedBy { get; private set; }

    /// <summary>The year its document number counts in; with <see cref="NumberSequence"/>, unique.</summary>
    public int? NumberYear { get; private set; }

    public int? NumberSequence { get; private set; }

    /// <summary>The document number (文号) as printed, e.g. 示范政办通〔2026〕3号.</summary>
    public string? DocumentNumber { get; private set; }

    /// <summary>
    /// When issued asking the units it names for a rectification reply (要求整改回复): the last day to reply. Null
    /// when it asks for none.
    /// </summary>
    public DateOnly? ReplyDueOn { get; private set; }

    public string DraftedBy { get; private set; }

    public DateTimeOffset DraftedAt { get; private set; }

    public IReadOnlyList<NoticeEntry> Entries => _entries;

    public static RuleResult<PublicNotice> Draft(
        string? title, DateOnly periodFrom, DateOnly periodTo, IEnumerable<NoticeEntryDraft> entries, string draftedBy, DateTimeOffset at)
    {
        if (Text.Clean(draftedBy) is not { Length: <= Inspection.ActorMaxLength } by)
        {
            return SupervisionRefusals.ActorRequired;
        }

        var notice = new PublicNotice { Status = NoticeStatus.Draft, DraftedBy = by, DraftedAt = at };
        var applied = notice.Revise(title, periodFrom, periodTo, entries);
        return applied.Succeeded ? RuleResult<PublicNotice>.Ok(notice) : applied.Refusal!;
    }

    /// <summary>Rewrites the draft: title, period and the whole list of entries.</summary>
    public RuleResult Revise(string? title, DateOnly periodFrom, DateOnly periodTo, IEnumerable<NoticeEntryDraft> entries)
    {
        if (!Lifecycle.CanFire(NoticeTrigger.Revise))
        {
            return SupervisionRefusals.NoticeIssued;
        }

        var cleanTitle = Text.Clean(title);
        if (cleanTitle is null)
        {
            return SupervisionRefusals.TitleRequired;
        }

        if (cleanTitle.Length > TitleMaxLength)
        {
            return SupervisionRefusals.TitleTooLong;
        }

        if (periodFrom > periodTo)
        {
            return SupervisionRefusals.PeriodInvalid;
        }

        var list = entries.ToList();
        if (list.Count == 0)
        {
            return SupervisionRefusals.NoEntries;
        }

        List<NoticeEntry> cleaned = [];
        foreach (var entry in list)
        {
            var named = Text.Clean(entry.Named);
            var reasons = Text.Clean(entry.Reasons);
            var party = entry.Party switch
            {
                PartyKind.HostUnit when entry.HostUnitId is not null => true,
                PartyKind.Agency when entry.AgencyId is not null => true,
                _ => false,
            };
            if (named is null || reasons is null || !party)
            {
                return SupervisionRefusals.EntryIncomplete;
            }

            if (named.Length > NoticeEntry.NamedMaxLength || reasons.Length > Inspection.TextMaxLength)
            {
                return SupervisionRefusals.EntryIncomplete;
            }

            cleaned.Add(new NoticeEntry(
                entry.Party, entry.Party == PartyKind.HostUnit ? entry.HostUnitId : null, entry.Party == PartyKind.Agency ? entry.AgencyId : null,
                named, reasons, cleaned.Count + 1));
        }

        Title = cleanTitle;
        PeriodFrom = periodFrom;
        PeriodTo = periodTo;
        _entries.Clear();
        _entries.AddRange(cleaned);
        return RuleResult.Ok();
    }

    /// <summary>
    /// Marks the notice issued (印发) on the given day by the given person, numbered after the last notice
    /// issued in the same year (文号 run per year, from 1): from then on it is a record and never changes. With
    /// <paramref name="replyDueOn"/>, every unit it names owes a rectification reply by that day
    /// (<see cref="NoticeReply.RequiredBy"/>), which must lie after the day of issue and needs a unit to ask.
    /// </summary>
    public RuleResult Issue(DateOnly on, string issuedBy, string numberPrefix, int? lastSequenceOfYear, DateOnly? replyDueOn = null)
    {
        if (Text.Clean(issuedBy) is not { Length: <= Inspection.ActorMaxLength } by)
        {
            return SupervisionRefusals.ActorRequired;
        }

        if (replyDueOn is { } due && Lifecycle.CanFire(NoticeTrigger.Issue))
        {
            if (due <= on)
            {
                return SupervisionRefusals.ReplyDueNotAfterIssue;
            }

            if (NamedHostUnitIds.Count == 0)
            {
                return SupervisionRefusals.ReplyNeedsUnit;
            }
        }

        var prefix = Text.Clean(numberPrefix) ?? string.Empty;
        ArgumentOutOfRangeException.ThrowIfGreaterThan(prefix.Length, NumberPrefixMaxLength, nameof(numberPrefix));
        var sequence = (lastSequenceOfYear ?? 0) + 1;
        var issued = Lifecycle.Fire(NoticeTrigger.Issue, _ => SupervisionRefusals.NoticeIssued);
        if (issued.Succeeded)
        {
            IssuedOn = on;
            IssuedBy = by;
            NumberYear = on.Year;
            NumberSequence = sequence;
            DocumentNumber = $"{prefix}〔{on.Year}〕{sequence}号";
            ReplyDueOn = replyDueOn;
            Raise(new NoticeIssued(this));
        }

        return issued;
    }

    /// <summary>Every trigger that belongs to the notice's state, with whether it may fire now.</summary>
    public IReadOnlyList<Availability<NoticeTrigger>> Actions() => Lifecycle.Actions();

    /// <summary>The units and agencies the notice names, each once: those told of it and allowed to read it once issued.</summary>
    public IReadOnlyList<int> NamedHostUnitIds => [.. _entries.Where(e => e.HostUnitId is not null).Select(e => e.HostUnitId!.Value).Distinct()];

    public IReadOnlyList<int> NamedAgencyIds => [.. _entries.Where(e => e.AgencyId is not null).Select(e => e.AgencyId!.Value).Distinct()];

    private NoticeLifecycle Lifecycle => NoticeLifecycle.For(this, s => Status = s);
}

public enum NoticeStatus
{
    /// <summary>草稿</summary>
    Draft = 1,

    /// <summary>已印发</summary>
    Issued = 2,
}

/// <summary>One party named in a notice and why, in the order written.</summary>
public sealed class NoticeEntry
{
    public const int NamedMaxLength = 200;

    private NoticeEntry()
    {
        Named = string.Empty;
        Reasons = string.Empty;
    }

    internal NoticeEntry(PartyKind party, int? hostUnitId, int? agencyId, string named, string reasons, int position)
    {
        Party = party;
        HostUnitId = hostUnitId;
        AgencyId = agencyId;
        Named = named;
        Reasons = reasons;
        Position = position;
    }

    public int Id { get; private set; }

    public int PublicNoticeId { get; private set; }

    public PartyKind Party { get; private set; }

    public int? HostUnitId { get; private set; }

    public int? AgencyId { get; private set; }

    /// <summary>The name as printed, kept as it was when the notice was written.</summary>
    public string Named { get; private set; }

    public string Reasons { get; private set; }

    public int Position { get; private set; }
}

/// <summary>An entry as a draft form holds it.</summary>
public sealed record NoticeEntryDraft(PartyKind Party, int? HostUnitId, int? AgencyId, string? Named, string? Reasons);
