using VendorManager.Domain.Common;

namespace VendorManager.Domain.Accounts;

/// <summary>
/// A paper (备案材料) a filing carries: a checked scan (PDF, JPEG or PNG) of one of the kinds the county office
/// asks for, kept with the filing forever. Added while the filing is being filed or after it was returned,
/// removed only then (<see cref="Account.AttachPaper"/>, <see cref="Account.RemovePaper"/>).
/// </summary>
public sealed class FilingAttachment : Entity
{
    private FilingAttachment()
    {
        File = null!;
        AttachedBy = string.Empty;
    }

    internal FilingAttachment(FilingPaper paper, StoredFile file, string attachedBy, DateTimeOffset attachedAt)
    {
        Paper = paper;
        File = file;
        AttachedBy = attachedBy;
        AttachedAt = attachedAt;
    }

    /// <summary>Set by the persistence layer from the filing's collection.</summary>
    public int FilingId { get; private set; }

    public FilingPaper Paper { get; private set; }

    public StoredFile File { get; private set; }

    public string AttachedBy { get; private set; }

    public DateTimeOffset AttachedAt { get; private set; }
}

/// <summary>The kinds of paper a filing carries.</summary>
public enum FilingPaper
{
    /// <summary>主体认证材料: the unit's authentication with the platform (its letter, the platform's certificate).</summary>
    SubjectCertification = 1,

    /// <summary>运维人员信息: who runs the account day to day, with contacts (the agency's staff under contract).</summary>
    OperatorInformation = 2,

    /// <summary>变更说明材料: what changes and why, and the platform's re-authentication where the name changes.</summary>
    ChangeStatement = 3,

    /// <summary>停更公告截图: the stop-updating announcement as published on the account.</summary>
    StopAnnouncement = 4,

    /// <summary>其他材料: anything else the unit or the county office wants on file.</summary>
    Other = 9,
}

/// <summary>Which papers a filing of each kind must carry before it is submitted (备案材料要求).</summary>
public static class FilingPapers
{
    /// <summary>
    /// An opening proves who the account belongs to and who runs it; a change explains itself; a closing or
    /// cancellation of an account the public follows shows the announcement it filed the date of (one never
    /// announced has none to show).
    /// </summary>
    public static IReadOnlyList<FilingPaper> RequiredFor(FilingKind kind, DateOnly? announcedOn) => kind switch
    {
        FilingKind.Opening => [FilingPaper.SubjectCertification, FilingPaper.OperatorInformation],
        FilingKind.Change => [FilingPaper.ChangeStatement],
        _ when announcedOn is not null => [FilingPaper.StopAnnouncement],
        _ => [],
    };

    /// <summary>The required papers that none of <paramref name="attached"/> is.</summary>
    public static IReadOnlyList<FilingPaper> Missing(FilingKind kind, DateOnly? announcedOn, IEnumerable<FilingPaper> attached)
    {
        var have = attached.ToHashSet();
        return [.. RequiredFor(kind, announcedOn).Where(p => !have.Contains(p))];
    }

    /// <summary>The kinds a user may attach to a filing of <paramref name="kind"/>: the required ones and Other.</summary>
    public static IReadOnlyList<FilingPaper> AllowedFor(FilingKind kind) => kind switch
    {
        FilingKind.Opening => [FilingPaper.SubjectCertification, FilingPaper.OperatorInformation, FilingPaper.Other],
        FilingKind.Change => [FilingPaper.ChangeStatement, FilingPaper.Other],
        _ => [FilingPaper.StopAnnouncement, FilingPaper.Other],
    };
}
