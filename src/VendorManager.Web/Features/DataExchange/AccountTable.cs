using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Accounts;
using VendorManager.Domain.Common;
using VendorManager.Domain.HostUnits;
using VendorManager.Persistence;
using VendorManager.Web.Features.Accounts;

namespace VendorManager.Web.Features.DataExchange;

using Account = VendorManager.Domain.Accounts.Account;

/// <summary>One exported line of the inventory, with what an import needs besides: the unit's code and the opening's justification.</summary>
public sealed record AccountLine(AccountRow Row, string HostUnitCode, string? Justification);

/// <summary>The inventory table, the same for export and import (an import reads the columns it needs and ignores the rest).</summary>
internal static class AccountTable
{
    public static IReadOnlyList<TableColumn<AccountLine>> ExportColumns(IStringLocalizer<AccountsText> text, IStringLocalizer<DataExchangeText> own)
    {
        var platforms = text.Names<Platform>("Platform.");
        var operators = text.Names<AccountOperator>("Operator.");
        var statuses = text.Names<AccountStatus>("Status.");
        var flags = text.Names<ActivityFlag>("Flag.");
        return
        [
            new(own["Column.HostUnitCode"].Value, l => l.HostUnitCode),
            new(text["Field.HostUnit"].Value, l => l.Row.HostUnitName),
            new(text["Field.Platform"].Value, l => platforms[l.Row.Platform]),
            new(text["Field.Name"].Value, l => l.Row.Name),
            new(text["Field.PlatformId"].Value, l => l.Row.PlatformId),
            new(text["Field.Operator"].Value, l => operators[l.Row.Operator]),
            new(text["Field.Status"].Value, l => statuses[l.Row.Status]),
            new(text["Field.Flag"].Value, l => flags[l.Row.Flag]),
            new(text["Field.Justification"].Value, l => l.Justification),
        ];
    }
}

/// <summary>
/// Imports accounts as opening filings (开设备案), which is how the form creates them: for a HostUnit
/// user's own unit, through <see cref="Account.FileOpening"/> with the same rules (a second account on a
/// platform needs a justification, counting the file's earlier lines too). Each account waits, Filed,
/// for the Supervisor to accept it. Unit codes must exist and be the user's own; the same name on the
/// same platform twice (in the file or already in the unit) is a duplicate.
/// </summary>
internal sealed class AccountImport : IKindImport
{
    private readonly IValidator<OpeningForm> _validator;
    private readonly TimeProvider _clock;
    private readonly IStringLocalizer<AccountsText> _accountText;
    private readonly IStringLocalizer<DataExchangeText> _text;
    private readonly ChoiceReader<Platform> _platforms;
    private readonly ChoiceReader<AccountOperator> _operators;
    private readonly ImportColumn _unit, _platform, _name, _operator, _justification;

    public AccountImport(
        IValidator<OpeningForm> validator, TimeProvider clock, IStringLocalizer<AccountsText> accountText, IStringLocalizer<DataExchangeText> text)
    {
        _validator = validator;
        _clock = clock;
        _accountText = accountText;
        _text = text;
        _platforms = new ChoiceReader<Platform>(accountText, "Platform.");
        _operators = new ChoiceReader<AccountOperator>(accountText, "Operator.");
        _unit = new("Column.HostUnitCode", text, Note: Chinese.Text(text, "Note.HostUnitCode"));
        _platform = new("Field.Platform", accountText, nameof(OpeningForm.Platform), Required: true, Choices: _platforms.ChineseNames);
        _name = new("Field.Name", accountText, nameof(OpeningForm.Name), Required: true);
        _operator = new("Field.Operator", accountText, nameof(OpeningForm.Operator), Required: true, Choices: _operators.ChineseNames);
        _justification = new("Field.Justification", accountText, nameof(OpeningForm.Justification), Note: Chinese.Text(accountText, "Field.JustificationHelper"));
        Columns = [_unit, _platform, _name, _operator, _justification];
    }

    public ImportKind Kind => ImportKind.Accounts;

    public IReadOnlyList<ImportColumn> Columns { get; }

    public IReadOnlyList<string> PreviewHeaders =>
        [_accountText["Field.HostUnit"].Value, _accountText["Field.Platform"].Value, _accountText["Field.Name"].Value, _accountText["Field.Operator"].Value, _accountText["Field.Justification"].Value];

    public IReadOnlyList<string> Notes => [Chinese.Text(_text, "Note.AccountsFiled")];

    // Only a unit's own users file openings for it (FilingService.FileOpeningAsync).
    public bool MayImport(UserScope scope) => scope.IsInRole(Roles.HostUnit) && scope.HostUnitId is not null;

    public string? RefuseConfirmation(bool purposeAcknowledged) => null;

    public async Task<ImportPlan> PlanAsync(
        AppDbContext db, ColumnMap map, IReadOnlyList<TableRow> rows, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var plan = new ImportPlan();
        var issues = new IssueList(plan, map, Columns);
        var scope = db.Scope;
        var unitId = scope.HostUnitId!.Value;
        // Every code in the county, to tell an unknown code from another unit's.
        var units = await db.HostUnits.IgnoreQueryFilters().AsNoTracking().ToDictionaryAsync(u => u.Code, u => (u.Id, u.Name), cancellationToken);
        var unitName = units.Values.FirstOrDefault(u => u.Id == unitId).Name ?? string.Empty;
        var existing = await db.Accounts.AsNoTracking().Where(a => a.HostUnitId == unitId).ToListAsync(cancellationToken);
        var names = existing.Where(a => a.OccupiesPlatform).Select(a => (a.Platform, a.Name)).ToHashSet();
        var firstLine = new Dictionary<(Platform, string), int>();
        var created = new List<(int Line, Account Account)>();
        // The unit's accounts with the file's earlier lines: one list grown as lines pass, not a new
        // concatenation per line (which made 10,000 lines cost 50 million enumerator steps).
        var unitAccounts = new List<Account>(existing);
        var now = _clock.GetUtcNow();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            progress.Checked(i + 1, rows.Count);
            var ok = true;
            var code = HostUnit.NormalizeCode(map.Get(row, _unit));
            if (code.Length > 0 && !units.ContainsKey(code))
            {
                issues.Add(row.Line, _unit, _text["Issue.UnknownHostUnit", code]);
                ok = false;
            }
            else if (code.Length > 0 && units[code].Id != unitId)
            {
                issues.Add(row.Line, _unit, _text["Issue.OtherHostUnit", code]);
                ok = false;
            }

            var form = new OpeningForm
            {
                Name = map.Get(row, _name),
                Justification = map.Get(row, _justification) is { Length: > 0 } why ? why : null,
            };
            ok &= Choose(issues, map, row, _platform, _platforms, p => form.Platform = p);
            ok &= Choose(issues, map, row, _operator, _operators, o => form.Operator = o);
            var validation = _validator.Validate(form);
            issues.Add(row.Line, new FluentValidation.Results.ValidationResult(validation.Errors.Where(e =>
                (e.PropertyName != nameof(OpeningForm.Platform) || map.Get(row, _platform).Length == 0)
                && (e.PropertyName != nameof(OpeningForm.Operator) || map.Get(row, _operator).Length == 0))));
            if (!ok || !validation.IsValid)
            {
                continue;
            }

            var key = (form.Platform!.Value, form.Name.Trim());
            if (firstLine.TryGetValue(key, out var first))
            {
                issues.Add(row.Line, _name, _text["Issue.DuplicateOf", first]);
                continue;
            }

            firstLine[key] = row.Line;
            if (names.Contains(key))
            {
                issues.Add(row.Line, _name, _text["Issue.AccountExists"]);
                continue;
            }

            // The file's earlier lines count as the unit's accounts: two openings on one platform need a reason.
            var filed = Account.FileOpening(unitId, form.Platform.Value, form.Name, form.Operator!.Value, form.Justification,
                unitAccounts, scope.UserName, now);
            if (!filed.Succeeded)
            {
                var field = FilingService.FieldOf(filed.Refusal!);
                issues.Add(row.Line, Columns.FirstOrDefault(c => c.Property == field) ?? _name, _accountText.Describe(filed.Refusal!));
                continue;
            }

            created.Add((row.Line, filed.Value!));
            unitAccounts.Add(filed.Value!);
        }

        plan.Records = created.Count;
        plan.Summary = _text["Summary.Accounts", created.Count];
        foreach (var account in created.Select(c => c.Account))
        {
            plan.Preview.Add([unitName, _accountText["Platform." + account.Platform], account.Name, _accountText["Operator." + account.Operator],
                account.PendingFiling?.Justification ?? string.Empty]);
        }

        plan.Store = async (store, ct) =>
        {
            // Each account brings its opening filing along (inserted after it, with its id).
            foreach (var batch in created.Chunk(ImportStore.BatchSize))
            {
                await store.InsertAsync(batch.Select(c => c.Account).ToList(), batch.Length, ct);
            }
        };
        return plan;
    }

    private bool Choose<TEnum>(IssueList issues, ColumnMap map, TableRow row, ImportColumn column, ChoiceReader<TEnum> reader, Action<TEnum> set)
        where TEnum : struct, Enum
    {
        var value = map.Get(row, column);
        if (value.Length == 0)
        {
            return true;
        }

        if (reader.TryRead(value, out var chosen))
        {
            set(chosen);
            return true;
        }

        issues.Add(row.Line, column, _text["Issue.UnknownChoice", value, string.Join("、", reader.ChineseNames)]);
        return false;
    }
}
