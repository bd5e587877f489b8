using VendorManager.Domain.Supervision;

namespace VendorManager.Web.Features.Supervision;

/// <summary>
/// The <c>Organization:NoticeNumberPrefix</c> setting: the prefix of a notice's document number (发文字号), e.g.
/// 示范政办通 giving 示范政办通〔2026〕3号. Checked at start, so a prefix too long to store stops the app instead of
/// failing the first notice issued months later.
/// </summary>
public sealed class NoticeNumberingOptions
{
    public const string Section = "Organization";

    public string NoticeNumberPrefix { get; set; } = string.Empty;

    public bool IsValid => NoticeNumberPrefix.Trim() is { Length: > 0 and <= PublicNotice.NumberPrefixMaxLength };
}
