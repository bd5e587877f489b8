using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Accounts;
using VendorManager.Domain.Agencies;
using VendorManager.Domain.Common;
using VendorManager.Domain.Staff;
using VendorManager.Persistence;
using VendorManager.Web.Components.Shared;
using VendorManager.Web.Features.Accounts;
using VendorManager.Web.Features.Agencies;
using VendorManager.Web.Features.Audit;
using VendorManager.Web.Features.Contracts;
using VendorManager.Web.Features.HostUnits;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Features.Staff;

namespace VendorManager.Web.Features.DataExchange;

/// <summary>The sort a grid is showing, handed to an export so the file is in the same order.</summary>
public sealed record ExportSort(string? SortBy = null, bool Descending = false);

/// <summary>
/// Each list page's export. Every export asks the feature's own list query for all rows
/// (<see cref="PageRequest.All"/>) with the page's filters and sort, so a file holds exactly what
/// the page shows, within the same data scope and role checks; personal data leaves only in the
/// masked form the list already shows.
/// </summary>
public sealed class ExportService(
    IDbContextFactory<AppDbContext> dbFactory,
    HostUnitService hostUnits,
    AgencyService agencies,
    StaffService staff,
    AccountService accounts,
    ContractService contracts,
    AuditService audit,
    TimeProvider clock,
    IStringLocalizer<HostUnitText> hostUnitText,
    IStringLocalizer<AgencyText> agencyText,
    IStringLocalizer<StaffText> staffText,
    IStringLocalizer<AccountsText> accountText,
    IStringLocalizer<ContractText> contractText,
    IStringLocalizer<AuditText> auditText,
    IStringLocalizer<DataExchangeText> text,
    IStringLocalizer<SharedText> shared)
{
    public async Task<Result<ExportFile>> HostUnitsAsync(string? search, ExportSort sort, TableFormat format, CancellationToken cancellationToken)
    {
        var rows = await hostUnits.ListAsync(PageRequest.All(sort.SortBy, sort.Descending, search), cancellationToken);
        var kinds = Chinese.Names<Domain.HostUnits.HostUnitKind>(hostUnitText, "Kind.");
        TableColumn<HostUnitRow>[] columns =
        [
            new(Chinese.Text(hostUnitText, "Field.Name"), r => r.Name),
            new(Chinese.Text(hostUnitText, "Field.Code"), r => r.Code),
            new(Chinese.Text(hostUnitText, "Field.Kind"), r => kinds[r.Kind]),
        ];
        return await FileAsync("File.HostUnits", format, columns, rows.Items, cancellationToken);
    }

    /// <summary>
    /// The agencies the list shows, each with its full record and one line per qualification (an
    /// agency without any has one line), in the columns <see cref="AgencyTable"/> imports back.
    /// </summary>
    public async Task<Result<ExportFile>> AgenciesAsync(
        string? search, bool? contractableToday, ExportSort sort, TableFormat format, CancellationToken cancellationToken)
    {
        var listed = await agencies.ListAsync(
            new AgencyListRequest(PageRequest.All(sort.SortBy, sort.Descending, search), contractableToday), cancellationToken);
        var ids = listed.Items.Select(a => a.Id).ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var records = await db.Agencies.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        var qualifications = (await db.Qualifications.AsNoTracking().Where(q => ids.Contains(q.AgencyId)).ToListAsync(cancellationToken))
            .OrderBy(q => q.Kind).ThenBy(q => q.ValidFrom).ThenBy(q => q.Id)
            .ToLookup(q => q.AgencyId);
        var lines = listed.Items
            .Where(row => records.ContainsKey(row.Id))
            .SelectMany(row => qualifications[row.Id].Any()
                ? qualifications[row.Id].Select(q => new AgencyLine(row, records[row.Id], q))
                : [new AgencyLine(row, records[row.Id], null)]);
        return await FileAsync("File.Agencies", format, AgencyTable.ExportColumns(agencyText), lines, cancellationToken);
    }

    public async Task<Result<ExportFile>> StaffAsync(
        BackgroundCheckStatus? checkStatus, Domain.Staff.StaffPost? post, string? search, bool includeLeft, TableFormat format, CancellationToken cancellationToken)
    {
        var rows = await staff.ListAsync(new StaffQuery(0, PageRequest.Unpaged, checkStatus, post, search, includeLeft), cancellationToken);
        var posts = Chinese.Names<Domain.Staff.StaffPost>(staffText, "Post.");
        var checks = Chinese.Names<BackgroundCheckStatus>(staffText, "CheckStatus.");
        var statuses = Chinese.Names<Domain.Staff.StaffStatus>(staffText, "Status.");
        TableColumn<StaffRow>[] columns =
        [
            new(Chinese.Text(staffText, "Field.Name"), r => r.Name),
            new(Chinese.Text(staffText, "Field.Agency"), r => r.AgencyName),
            new(Chinese.Text(staffText, "Field.Post"), r => posts[r.Post]),
            new(Chinese.Text(staffText, "Field.IdNumber"), r => r.MaskedIdNumber),
            new(Chinese.Text(staffText, "Field.Mobile"), r => r.MaskedMobile),
            new(Chinese.Text(staffText, "Field.CheckStatus"), r => checks[r.CheckStatus]),
            new(Chinese.Text(staffText, "Field.ValidUntil"), r => r.ValidUntil),
            new(Chinese.Text(staffText, "Field.Status"), r => statuses[r.Status]),
        ];
        return await FileAsync("File.Staff", format, columns, rows.Items, cancellationToken);
    }

    /// <summary>The accounts the inventory shows, with the unit code and justification <see cref="AccountTable"/> imports back.</summary>
    public async Task<Result<ExportFile>> AccountsAsync(AccountFilter filter, ExportSort sort, TableFormat format, CancellationToken cancellationToken)
    {
        var page = await accounts.ListAsync(filter, PageRequest.All(sort.SortBy, sort.Descending), cancellationToken);
        var ids = page.Rows.Items.Select(a => a.Id).ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var codes = await db.HostUnits.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Code, cancellationToken);
        // The justification stays with the opening that needed it (the latest, when one was resubmitted).
        var justifications = (await db.Filings.AsNoTracking()
                .Where(f => ids.Contains(f.AccountId) && f.Kind == FilingKind.Opening && f.Justification != null)
                .Select(f => new { f.AccountId, f.Id, f.Justification })
                .ToListAsync(cancellationToken))
            .GroupBy(f => f.AccountId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(f => f.Id).First().Justification);
        var lines = page.Rows.Items.Select(r => new AccountLine(r, codes.GetValueOrDefault(r.HostUnitId, string.Empty), justifications.GetValueOrDefault(r.Id)));
        return await FileAsync("File.Accounts", format, AccountTable.ExportColumns(accountText, text), lines, cancellationToken);
    }

    /// <summary>The contracts the list shows; the fee as a number of yuan so that a spreadsheet sums it.</summary>
    public async Task<Result<ExportFile>> ContractsAsync(
        ContractFilter filter, string? search, ExportSort sort, TableFormat format, CancellationToken cancellationToken)
    {
        var rows = await contracts.ListAsync(filter, PageRequest.All(sort.SortBy, sort.Descending, search), cancellationToken);
        var states = Chinese.Names<Domain.Contracts.ContractState>(contractText, "State.");
        TableColumn<ContractRow>[] columns =
        [
            new(Chinese.Text(contractText, "Field.Number"), r => r.Number),
            new(Chinese.Text(contractText, "Field.HostUnit"), r => r.HostUnitName),
            new(Chinese.Text(contractText, "Field.Agency"), r => r.AgencyName),
            new(Chinese.Text(contractText, "Field.State"), r => states[r.State]),
            new(Chinese.Text(contractText, "Field.StartDate"), r => r.StartDate),
            new(Chinese.Text(contractText, "Field.EndDate"), r => r.EndDate),
            new(Chinese.Text(contractText, "Field.MonthlyFee"), r => r.MonthlyFee.Yuan),
            new(Chinese.Text(contractText, "Field.OpenWarnings"), r => r.OpenWarnings),
        ];
        return await FileAsync("File.Contracts", format, columns, rows.Items, cancellationToken);
    }

    /// <summary>The audit log as filtered, in the page's words, for the Auditor only (the service refuses everyone else).</summary>
    public async Task<Result<ExportFile>> AuditAsync(AuditFilter filter, ExportSort sort, TableFormat format, CancellationToken cancellationToken)
    {
        var listed = await Chinese.InAsync(() => audit.ListAsync(filter, PageRequest.All(sort.SortBy, sort.Descending), cancellationToken));
        if (!listed.Succeeded)
        {
            return Result<ExportFile>.Fail(listed.Error!);
        }

        var actions = Chinese.Names<Domain.Auditing.AuditAction>(auditText, "Action.");
        TableColumn<AuditRow>[] columns =
        [
            new(Chinese.Text(text, "Column.Sequence"), r => r.Sequence),
            new(Chinese.Text(auditText, "Column.Time"), r => r.OccurredAt.ToString(AuditWords.TimeFormat, CultureInfo.InvariantCulture)),
            new(Chinese.Text(auditText, "Column.User"), r => Chinese.In(() => r.Person!.TextWithLogin(shared))),
            new(Chinese.Text(auditText, "Column.EntityType"), r => r.EntityName),
            new(Chinese.Text(auditText, "Column.EntityKey"), r => r.Record),
            new(Chinese.Text(auditText, "Column.Action"), r => actions[r.Action]),
            // Sensitive fields were masked when the entry was written; the log never held them.
            new(Chinese.Text(text, "Column.Changes"), r => string.Join("；", r.ChangeLines)),
        ];
        return await FileAsync("File.Audit", format, columns, listed.Value!.Items, cancellationToken);
    }

    private async Task<Result<ExportFile>> FileAsync<T>(
        string nameKey, TableFormat format, IReadOnlyList<TableColumn<T>> columns, IEnumerable<T> rows, CancellationToken cancellationToken) =>
        Result<ExportFile>.Ok(await TableExport.WriteAsync(
            Chinese.Text(text, nameKey), format, columns, rows, ChinaTime.Today(clock), cancellationToken));
}
