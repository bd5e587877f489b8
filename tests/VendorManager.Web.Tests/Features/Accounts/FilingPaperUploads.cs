using VendorManager.Domain.Accounts;
using VendorManager.Web.Data.Seeding;
using VendorManager.Web.Features.Accounts;
using VendorManager.Web.Features.Shared;

namespace VendorManager.Web.Tests.Features.Accounts;

/// <summary>Scans a filing form carries, as the browser hands them over.</summary>
internal static class FilingPaperUploads
{
    /// <summary>Every paper a filing of <paramref name="kind"/> requires (an ending as if announced).</summary>
    public static IReadOnlyList<PaperUpload> Complete(FilingKind kind) =>
        [.. FilingPapers.RequiredFor(kind, new DateOnly(2026, 1, 1)).Select(Pdf)];

    public static PaperUpload Pdf(FilingPaper paper) => new(paper, Scan(paper + ".pdf", DemoSeeder.TinyPdf()));

    public static ScanUpload Scan(string name, byte[] content) => new(name, content.Length, () => new MemoryStream(content));
}
