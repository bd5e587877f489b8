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
        var categories = Chinese.Names<ProblemCategory>(text, "Category.");
        var severities = Chinese.Names<FindingSeverity>(text, "Severity.");
        var states = Chinese.Names<RectificationState>(text, "State.");
        TableColumn<RectificationRow>[] columns =
        [
            new(Chinese.Text(text, "Field.HostUnit"), r => r.HostUnitName),
            new(Chinese.Text(text, "Field.Account"), r => r.AccountName),
            new(Chinese.Text(text, "Field.Category"), r => categories[r.Category]),
            new(Chinese.Text(text, "Field.Severity"), r => severities[r.Severity]),
            new(Chinese.Text(text, "Field.FoundOn"), r => r.FoundOn),
            new(Chinese.Text(text, "Field.Deadline"), r => r.Deadline),
            new(Chinese.Text(text, "Field.State"), r => states[r.State]),
        ];
        return export.PagedAsync(Chinese.Text(text, "Title.Rectifications"), columns, SupervisionAccess.SeesRectifications, (page, ct) => rectifications.ListAsync(filter, page, ct), AsListed, format, cancellationToken);
    }

    public Task<Result<ExportFile>> InspectionsAsync(TableFormat format, CancellationToken cancellationToken)
    {
        TableColumn<InspectionRow>[] columns =
        [
            new(Chinese.Text(text, "Field.InspectedOn"), r => r.InspectedOn),
            new(Chinese.Text(text, "Field.Inspectors"), r => r.Inspectors),
            new(Chinese.Text(text, "Field.AccountCount"), r => r.AccountCount),
            new(Chinese.Text(text, "Field.FindingCount"), r => r.FindingCount),
            new(Chinese.Text(text, "Field.OpenCount"), r => r.OpenCount),
        ];
        return export.PagedAsync(Chinese.Text(text, "Title.Inspections"), columns, SupervisionAccess.IsSupervisor, inspections.ListAsync, AsListed, format, cancellationToken);
    }

    /// <summary>Interviews name the person interviewed and their post, as the list does; no ID or phone number is held.</summary>
    public Task<Result<ExportFile>> InterviewsAsync(TableFormat format, CancellationToken cancellationToken)
    {
        var parties = Chinese.Names<PartyKind>(text, "Party.");
        TableColumn<InterviewRow>[] columns =
        [
            new(Chinese.Text(text, "Field.HeldOn"), r => r.HeldOn),
            new(Chinese.Text(text, "Field.Party"), r => parties[r.Party] + " · " + r.PartyName),
            new(Chinese.Text(text, "Field.Person"), r => r.PersonName),
            new(Chinese.Text(text, "Field.PersonPost"), r => r.PersonPost),
            new(Chinese.Text(text, "Field.Reason"), r => r.Reason),
            new(Chinese.Text(text, "Field.Outcome"), r => r.Outcome),
            new(Chinese.Text(text, "Field.LinkedFindings"), r => r.FindingIds.Count),
        ];
        return export.PagedAsync(Chinese.Text(text, "Title.Interviews"), columns, SupervisionAccess.IsSupervisor, interviews.ListAsync, AsListed, format, cancellationToken);
    }

    public Task<Result<ExportFile>> NoticesAsync(TableFormat format, CancellationToken cancellationToken)
    {
        var statuses = Chinese.Names<NoticeStatus>(text, "NoticeStatus.");
        TableColumn<NoticeRow>[] columns =
        [
            new(Chinese.Text(text, "Field.Title"), r => r.Title),
            new(Chinese.Text(text, "Field.Period"), r => Day(r.PeriodFrom) + " — " + Day(r.PeriodTo)),
            new(Chinese.Text(text, "Field.EntryCount"), r => r.EntryCount),
            new(Chinese.Text(text, "Field.State"), r => r.IssuedOn is { } on ? statuses[r.Status] + " " + Day(on) : statuses[r.Status]),
        ];
        return export.PagedAsync(Chinese.Text(text, "Title.Notices"), columns, SupervisionAccess.IsSupervisor, notices.ListAsync, AsListed, format, cancellationToken);
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
