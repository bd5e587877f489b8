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
        var kinds = hostUnitText.Names<Domain.HostUnits.HostUnitKind>("Kind.");
        TableColumn<HostUnitRow>[] columns =
        [
            new(hostUnitText["Field.Name"].Value, r => r.Name),
            new(hostUnitText["Field.Code"].Value, r => r.Code),
            new(hostUnitText["Field.Kind"].Value, r => kinds[r.Kind]),
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
        var posts = staffText.Names<Domain.Staff.StaffPost>("Post.");
        var checks = staffText.Names<BackgroundCheckStatus>("CheckStatus.");
        var statuses = staffText.Names<Domain.Staff.StaffStatus>("Status.");
        TableColumn<StaffRow>[] columns =
        [
            new(staffText["Field.Name"].Value, r => r.Name),
            new(staffText["Field.Agency"].Value, r => r.AgencyName),
            new(staffText["Field.Post"].Value, r => posts[r.Post]),
            new(staffText["Field.IdNumber"].Value, r => r.MaskedIdNumber),
            new(staffText["Field.Mobile"].Value, r => r.MaskedMobile),
            new(staffText["Field.CheckStatus"].Value, r => checks[r.CheckStatus]),
            new(staffText["Field.ValidUntil"].Value, r => r.ValidUntil),
            new(staffText["Field.Status"].Value, r => statuses[r.Status]),
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
        var states = contractText.Names<Domain.Contracts.ContractState>("State.");
        TableColumn<ContractRow>[] columns =
        [
            new(contractText["Field.Number"].Value, r => r.Number),
            new(contractText["Field.HostUnit"].Value, r => r.HostUnitName),
            new(contractText["Field.Agency"].Value, r => r.AgencyName),
            new(contractText["Field.State"].Value, r => states[r.State]),
            new(contractText["Field.StartDate"].Value, r => r.StartDate),
            new(contractText["Field.EndDate"].Value, r => r.EndDate),
            new(contractText["Field.MonthlyFee"].Value, r => r.MonthlyFee.Yuan),
            new(contractText["Field.OpenWarnings"].Value, r => r.OpenWarnings),
        ];
        return await FileAsync("File.Contracts", format, columns, rows.Items, cancellationToken);
    }

    /// <summary>The audit log as filtered, in the page's words in the reader's language, for the Auditor only (the service refuses everyone else).</summary>
    public async Task<Result<ExportFile>> AuditAsync(AuditFilter filter, ExportSort sort, TableFormat format, CancellationToken cancellationToken)
    {
        var listed = await audit.ListAsync(filter, PageRequest.All(sort.SortBy, sort.Descending), cancellationToken);
        if (!listed.Succeeded)
        {
            return Result<ExportFile>.Fail(listed.Error!);
        }

        var actions = auditText.Names<Domain.Auditing.AuditAction>("Action.");
        TableColumn<AuditRow>[] columns =
        [
            new(text["Column.Sequence"].Value, r => r.Sequence),
            new(auditText["Column.Time"].Value, r => r.OccurredAt.ToString(AuditWords.TimeFormat, CultureInfo.InvariantCulture)),
            new(auditText["Column.User"].Value, r => r.Person!.TextWithLogin(shared)),
            new(auditText["Column.EntityType"].Value, r => r.EntityName),
            new(auditText["Column.EntityKey"].Value, r => r.Record),
            new(auditText["Column.Action"].Value, r => actions[r.Action]),
            // Sensitive fields were masked when the entry was written; the log never held them.
            new(text["Column.Changes"].Value, r => ExportWords.Join(text, r.ChangeLines)),
        ];
        return await FileAsync("File.Audit", format, columns, listed.Value!.Items, cancellationToken);
    }

    private async Task<Result<ExportFile>> FileAsync<T>(
        string nameKey, TableFormat format, IReadOnlyList<TableColumn<T>> columns, IEnumerable<T> rows, CancellationToken cancellationToken) =>
        Result<ExportFile>.Ok(await TableExport.WriteAsync(
            text[nameKey].Value, format, columns, rows, ChinaTime.Today(clock), cancellationToken));
}
