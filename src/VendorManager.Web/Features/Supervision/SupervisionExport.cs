using System.Globalization;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Supervision;
using VendorManager.Web.Features.DataExchange;
using VendorManager.Web.Features.Shared;

namespace VendorManager.Web.Features.Supervision;

/// <summary>
/// The supervision lists (rectification items, inspections, interviews, notices) as files, each through
/// <see cref="ListExport"/> and the list's own query, so the services' role checks and the data scope hold.
/// </summary>
public sealed class SupervisionExport(
    RectificationService rectifications,
    InspectionService inspections,
    InterviewService interviews,
    NoticeService notices,
    ListExport export,
    IStringLocalizer<SupervisionText> text)
{
    private static readonly ExportSort AsListed = new();

    public Task<Result<ExportFile>> RectificationsAsync(RectificationFilter filter, TableFormat format, CancellationToken cancellationToken)
    {
        var categories = text.Names<ProblemCategory>("Category.");
        var severities = text.Names<FindingSeverity>("Severity.");
        var states = text.Names<RectificationState>("State.");
        TableColumn<RectificationRow>[] columns =
        [
            new(text["Field.HostUnit"].Value, r => r.HostUnitName),
            new(text["Field.Account"].Value, r => r.AccountName),
            new(text["Field.Category"].Value, r => categories[r.Category]),
            new(text["Field.Severity"].Value, r => severities[r.Severity]),
            new(text["Field.FoundOn"].Value, r => r.FoundOn),
            new(text["Field.Deadline"].Value, r => r.Deadline),
            new(text["Field.State"].Value, r => states[r.State]),
        ];
        return export.PagedAsync(text["Title.Rectifications"].Value, columns, SupervisionAccess.SeesRectifications, (page, ct) => rectifications.ListAsync(filter, page, ct), AsListed, format, cancellationToken);
    }

    public Task<Result<ExportFile>> InspectionsAsync(TableFormat format, CancellationToken cancellationToken)
    {
        TableColumn<InspectionRow>[] columns =
        [
            new(text["Field.InspectedOn"].Value, r => r.InspectedOn),
            new(text["Field.Inspectors"].Value, r => r.Inspectors),
            new(text["Field.AccountCount"].Value, r => r.AccountCount),
            new(text["Field.FindingCount"].Value, r => r.FindingCount),
            new(text["Field.OpenCount"].Value, r => r.OpenCount),
        ];
        return export.PagedAsync(text["Title.Inspections"].Value, columns, SupervisionAccess.IsSupervisor, inspections.ListAsync, AsListed, format, cancellationToken);
    }

    /// <summary>Interviews name the person interviewed and their post, as the list does; no ID or phone number is held.</summary>
    public Task<Result<ExportFile>> InterviewsAsync(TableFormat format, CancellationToken cancellationToken)
    {
        var parties = text.Names<PartyKind>("Party.");
        TableColumn<InterviewRow>[] columns =
        [
            new(text["Field.HeldOn"].Value, r => r.HeldOn),
            new(text["Field.Party"].Value, r => parties[r.Party] + " · " + r.PartyName),
            new(text["Field.Person"].Value, r => r.PersonName),
            new(text["Field.PersonPost"].Value, r => r.PersonPost),
            new(text["Field.Reason"].Value, r => r.Reason),
            new(text["Field.Outcome"].Value, r => r.Outcome),
            new(text["Field.LinkedFindings"].Value, r => r.FindingIds.Count),
        ];
        return export.PagedAsync(text["Title.Interviews"].Value, columns, SupervisionAccess.IsSupervisor, interviews.ListAsync, AsListed, format, cancellationToken);
    }

    public Task<Result<ExportFile>> NoticesAsync(TableFormat format, CancellationToken cancellationToken)
    {
        var statuses = text.Names<NoticeStatus>("NoticeStatus.");
        TableColumn<NoticeRow>[] columns =
        [
            new(text["Field.Title"].Value, r => r.Title),
            new(text["Field.Period"].Value, r => Day(r.PeriodFrom) + " — " + Day(r.PeriodTo)),
            new(text["Field.EntryCount"].Value, r => r.EntryCount),
            new(text["Field.State"].Value, r => r.IssuedOn is { } on ? statuses[r.Status] + " " + Day(on) : statuses[r.Status]),
        ];
        return export.PagedAsync(text["Title.Notices"].Value, columns, SupervisionAccess.IsSupervisor, notices.ListAsync, AsListed, format, cancellationToken);
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
