using System.Diagnostics;
using VendorManager.Domain.Common;

namespace VendorManager.Domain.Agencies;

/// <summary>
/// A qualification (资质) of an agency: its news-service licence, business licence or another
/// certificate, with the scanned file and procurement's reviews. Only a Verified one counts.
/// </summary>
public sealed class Qualification : Entity, IAgencyOwned
{
    public const int NumberMaxLength = 100;
    public const int IssuerMaxLength = 200;
    public const int FileNameMaxLength = 260;
    public const int ContentTypeMaxLength = 100;

    private readonly List<QualificationReview> _reviews = [];

    private Qualification()
    {
        Number = string.Empty;
        Issuer = string.Empty;
    }

    public Qualification(int agencyId, QualificationDetails details)
    {
        AgencyId = agencyId;
        Number = string.Empty;
        Issuer = string.Empty;
        Apply(details);
    }

    public int AgencyId { get; private set; }

    public QualificationKind Kind { get; private set; }

    public string Number { get; private set; }

    /// <summary>发证机关.</summary>
    public string Issuer { get; private set; }

    /// <summary>Service scopes (服务项目) the certificate names; a licence may name several.</summary>
    public ServiceScopes Scopes { get; private set; }

    public DateOnly ValidFrom { get; private set; }

    /// <summary>Last day of validity, inclusive.</summary>
    public DateOnly ValidTo { get; private set; }

    public QualificationReviewStatus ReviewStatus { get; private set; } = QualificationReviewStatus.Pending;

    /// <summary>Name under which the scan is stored in the data folder; never the uploader's file name.</summary>
    public string? FileStoredName { get; private set; }

    public string? FileContentType { get; private set; }

    public long? FileSize { get; private set; }

    public string? FileOriginalName { get; private set; }

    public bool HasFile => FileStoredName is not null;

    /// <summary>Every review by procurement, oldest first.</summary>
    public IReadOnlyList<QualificationReview> Reviews => _reviews;

    /// <summary>
    /// An edit of the certificate's details. What procurement judged is no longer what is stored, so
    /// a Verified (or Rejected, now corrected) qualification goes back to Pending.
    /// </summary>
    public void Update(QualificationDetails details)
    {
        var changed = details.Kind != Kind || details.Number.Trim() != Number || details.Issuer.Trim() != Issuer
            || details.Scopes != Scopes || details.ValidFrom != ValidFrom || details.ValidTo != ValidTo;
        Apply(details);
        if (changed)
        {
            BackToPending();
        }
    }

    /// <summary>A new scan replaces the old one; it must be looked at again.</summary>
    public void AttachFile(StoredFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        FileStoredName = file.StoredName;
        FileContentType = file.ContentType;
        FileSize = file.Size;
        FileOriginalName = file.OriginalName;
        BackToPending();
    }

    /// <summary>What may happen to its review now.</summary>
    public IReadOnlyList<Availability<QualificationTrigger>> Actions() => Lifecycle().Actions();

    /// <summary>
    /// Procurement's verdict: Verified or Rejected (a rejection needs a remark). A pending qualification
    /// takes either; a verified one may only be rejected (its licence revoked).
    /// </summary>
    public RuleResult<QualificationReview> Review(QualificationReviewStatus verdict, string? remark, string reviewerName, DateTimeOffset at)
    {
        if (verdict == QualificationReviewStatus.Pending)
        {
            throw new ArgumentException("A review verifies or rejects.", nameof(verdict));
        }

        if (verdict == QualificationReviewStatus.Rejected && string.IsNullOrWhiteSpace(remark))
        {
            throw new ArgumentException("A rejection needs a remark.", nameof(remark));
        }

        var fired = Lifecycle().Fire(
            verdict == QualificationReviewStatus.Verified ? QualificationTrigger.Verify : QualificationTrigger.Reject,
            _ => AgencyRefusals.AlreadyReviewed);
        if (!fired.Succeeded)
        {
            return fired.Refusal!;
        }

        var review = new QualificationReview(AgencyId, verdict, remark, reviewerName, at);
        _reviews.Add(review);
        if (verdict == QualificationReviewStatus.Rejected && Kind == QualificationKind.NewsServiceLicence)
        {
            Raise(new AgencyDisqualified(AgencyId));
        }

        return RuleResult<QualificationReview>.Ok(review);
    }

    /// <summary>Expired on the given day: its last valid day lies before it.</summary>
    public bool IsExpiredOn(DateOnly day) => ValidTo < day;

    private void BackToPending() => Lifecycle().Fire(QualificationTrigger.Amend, _ => throw new UnreachableException("Every state takes an amendment."));

    private QualificationLifecycle Lifecycle() => QualificationLifecycle.For(this, s => ReviewStatus = s);

    private void Apply(QualificationDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (details.ValidTo < details.ValidFrom)
        {
            throw new ArgumentException("A qualification cannot end before it starts.", nameof(details));
        }

        Kind = details.Kind;
        Number = details.Number.Trim();
        Issuer = details.Issuer.Trim();
        Scopes = details.Scopes;
        ValidFrom = details.ValidFrom;
        ValidTo = details.ValidTo;
    }
}

/// <summary>What a qualification states, as entered.</summary>
public sealed record QualificationDetails(
    QualificationKind Kind, string Number, string Issuer, ServiceScopes Scopes, DateOnly ValidFrom, DateOnly ValidTo);

/// <summary>A stored scan: where it lies and what it is.</summary>

/// <summary>One review by procurement (资质审核记录): verdict, remark, who and when.</summary>
public sealed class QualificationReview : IAgencyOwned
{
    public const int RemarkMaxLength = 500;
    public const int ReviewerMaxLength = 100;

    private QualificationReview()
    {
        ReviewerName = string.Empty;
    }

    internal QualificationReview(int agencyId, QualificationReviewStatus status, string? remark, string reviewerName, DateTimeOffset reviewedAt)
    {
        AgencyId = agencyId;
        Status = status;
        Remark = string.IsNullOrWhiteSpace(remark) ? null : remark.Trim();
        ReviewerName = reviewerName;
        ReviewedAt = reviewedAt;
    }

    public int Id { get; private set; }

    public int QualificationId { get; private set; }

    /// <summary>Copied from the qualification so that the data scope filters reviews on their own too.</summary>
    public int AgencyId { get; private set; }

    public QualificationReviewStatus Status { get; private set; }

    public string? Remark { get; private set; }

    public string ReviewerName { get; private set; }

    public DateTimeOffset ReviewedAt { get; private set; }
}

/// <summary>互联网新闻信息服务许可 / 营业执照 / 其他.</summary>
public enum QualificationKind
{
    NewsServiceLicence = 1,
    BusinessLicence = 2,
    Other = 3,
}

/// <summary>Service scopes of a news-service licence: 采编发布服务 / 转载服务 / 传播平台服务.</summary>
[Flags]
public enum ServiceScopes
{
    None = 0,
    Editorial = 1,
    Reprint = 2,
    Platform = 4,
}

/// <summary>待审核 / 已通过 / 已驳回.</summary>
public enum QualificationReviewStatus
{
    Pending = 1,
    Verified = 2,
    Rejected = 3,
}
