using System.Globalization;
using VendorManager.Domain.Common;

namespace VendorManager.Web.Features.Supervision;

public static class SupervisionEndpoints
{
    /// <summary>
    /// GET a rectification item's evidence or a scan of its agency's evidence (404 outside the user's data scope, so another unit's items
    /// are not even confirmed to exist), a notice reply's scan (the same way) and the rectification report as .xlsx.
    /// </summary>
    public static IEndpointRouteBuilder MapSupervisionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/rectifications/{id:int}/evidence", async (int id, RectificationService rectifications, CancellationToken cancellationToken) =>
            await rectifications.OpenEvidenceAsync(id, cancellationToken) is { } file
                ? Results.File(file.Content, file.ContentType, file.FileName)
                : Results.NotFound())
            .RequireAuthorization();

        endpoints.MapGet("/rectifications/{id:int}/agency-evidence/{fileId:int}", async (int id, int fileId, RectificationService rectifications, CancellationToken cancellationToken) =>
            await rectifications.OpenAgencyEvidenceAsync(id, fileId, cancellationToken) is { } file
                ? Results.File(file.Content, file.ContentType, file.FileName)
                : Results.NotFound())
            .RequireAuthorization();
        endpoints.MapGet("/notice-replies/{id:int}/scan", async (int id, NoticeReplyService replies, CancellationToken cancellationToken) =>
            await replies.OpenScanAsync(id, cancellationToken) is { } file
                ? Results.File(file.Content, file.ContentType, file.FileName)
                : Results.NotFound())
            .RequireAuthorization(Permissions.ViewNoticeReplies);

        endpoints.MapGet(SupervisionPaths.ReportXlsx, async (int? unit, string? from, string? to, RectificationReportService reports, TimeProvider clock, CancellationToken cancellationToken) =>
            {
                var content = await reports.ExportAsync(unit, Date(from), Date(to), cancellationToken);
                var name = $"rectification-report-{ChinaTime.Today(clock):yyyyMMdd}.xlsx";
                return content is null ? Results.NotFound() : Results.File(content, RectificationReportService.XlsxContentType, name);
            })
            .RequireAuthorization(policy => policy.RequireRole(Roles.Supervisor, Roles.HostUnit));

        // An interview's scan, for the county office and the unit interviewed; 404 for anyone else.
        endpoints.MapGet("/interviews/{id:int}/attachments/{attachmentId:int}", async (int id, int attachmentId, InterviewRecordService interviews, CancellationToken cancellationToken) =>
            await interviews.OpenAttachmentAsync(id, attachmentId, cancellationToken) is { } file
                ? Results.File(file.Content, file.ContentType, file.FileName)
                : Results.NotFound())
            .RequireAuthorization();
        return endpoints;
    }

    public static string ReportXlsxHref(int? unit, DateOnly? from, DateOnly? to)
    {
        var query = new List<string>();
        if (unit is { } u)
        {
            query.Add("unit=" + u.ToString(CultureInfo.InvariantCulture));
        }

        if (from is { } f)
        {
            query.Add("from=" + f.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (to is { } t)
        {
            query.Add("to=" + t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        return SupervisionPaths.ReportXlsx + (query.Count > 0 ? "?" + string.Join('&', query) : string.Empty);
    }

    private static DateOnly? Date(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
