using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Agencies;
using VendorManager.Domain.Common;
using VendorManager.Persistence;
using VendorManager.Web.Features.Agencies;

namespace VendorManager.Web.Features.DataExchange;

/// <summary>One exported line: an agency as listed, its record, and one of its qualifications (or none).</summary>
public sealed record AgencyLine(AgencyRow Row, Agency Agency, Qualification? Qualification);

/// <summary>
/// The agency table, the same for export and import: one line per qualification, the agency's own
/// columns repeated on each. On import, lines with the same credit code are one agency: the first
/// gives its details, later ones add qualifications and may leave the agency columns empty.
/// </summary>
internal static class AgencyTable
{
    public static IReadOnlyList<TableColumn<AgencyLine>> ExportColumns(IStringLocalizer<AgencyText> text)
    {
        var statuses = text.Names<AgencyStatus>("Status.");
        var kinds = text.Names<QualificationKind>("Kind.");
        var reviews = text.Names<QualificationReviewStatus>("Review.");
        var yes = text["Contractable.Yes"].Value;
        var no = text["Contractable.No"].Value;
        var scopes = text.Names<ServiceScopes>("Scope.");
        string ScopeNames(ServiceScopes s) =>
            string.Join(text["Text.ListSeparator"].Value, Enum.GetValues<ServiceScopes>().Where(v => v != ServiceScopes.None && s.HasFlag(v)).Select(v => scopes[v]));
        return
        [
            new(text["Field.Name"].Value, l => l.Agency.Name),
            new(text["Field.CreditCode"].Value, l => l.Agency.CreditCode),
            new(text["Field.LegalRepresentative"].Value, l => l.Agency.LegalRepresentative),
            new(text["Field.Address"].Value, l => l.Agency.Address),
            new(text["Field.ContactPhone"].Value, l => l.Agency.ContactPhone),
            new(text["Field.ResponsiblePerson"].Value, l => l.Agency.ResponsiblePerson),
            new(text["Field.PostDuties"].Value, l => l.Agency.PostDuties),
            new(text["Field.Status"].Value, l => statuses[l.Agency.Status]),
            new(text["Field.ContractableToday"].Value, l => l.Row.ContractableToday ? yes : no),
            new(text["Field.Kind"].Value, l => l.Qualification is { } q ? kinds[q.Kind] : null),
            new(text["Field.Number"].Value, l => l.Qualification?.Number),
            new(text["Field.Issuer"].Value, l => l.Qualification?.Issuer),
            new(text["Field.Scopes"].Value, l => l.Qualification is { } q ? ScopeNames(q.Scopes) : null),
            new(text["Field.ValidFrom"].Value, l => l.Qualification?.ValidFrom),
            new(text["Field.ValidTo"].Value, l => l.Qualification?.ValidTo),
            new(text["Field.ReviewStatus"].Value, l => l.Qualification is { } q ? reviews[q.ReviewStatus] : null),
        ];
    }
}

/// <summary>
/// Imports agencies with their qualifications, for Supervisor and Procurement (who keep the register).
/// Each agency and qualification is checked by the dialogs' own validators; credit codes must be new to
/// the county and unique in the file. Qualifications start Pending, as when entered by hand: only
/// procurement's review makes a licence count.
/// </summary>
internal sealed class AgencyImport : IKindImport
{
    private readonly IValidator<AgencyForm> _agencyValidator;
    private readonly IValidator<QualificationForm> _qualificationValidator;
    private readonly IStringLocalizer<AgencyText> _agencyText;
    private readonly IStringLocalizer<DataExchangeText> _text;
    private readonly ChoiceReader<QualificationKind> _kinds;
    private readonly ChoiceReader<ServiceScopes> _scopes;
    private readonly ImportColumn _name, _code, _legal, _address, _phone, _responsible, _duties, _kind, _number, _issuer, _scopesColumn, _from, _to;

    public AgencyImport(
        IValidator<AgencyForm> agencyValidator,
        IValidator<QualificationForm> qualificationValidator,
        IStringLocalizer<AgencyText> agencyText,
        IStringLocalizer<DataExchangeText> text)
    {
        _agencyValidator = agencyValidator;
        _qualificationValidator = qualificationValidator;
        _agencyText = agencyText;
        _text = text;
        _kinds = new ChoiceReader<QualificationKind>(agencyText, "Kind.");
        _scopes = new ChoiceReader<ServiceScopes>(agencyText, "Scope.", Enum.GetValues<ServiceScopes>().Where(s => s != ServiceScopes.None));
        _name = new("Field.Name", agencyText, nameof(AgencyForm.Name), Required: true);
        _code = new("Field.CreditCode", agencyText, nameof(AgencyForm.CreditCode), Required: true, Note: Chinese.Text(text, "Note.CreditCode"));
        _legal = new("Field.LegalRepresentative", agencyText, nameof(AgencyForm.LegalRepresentative));
        _address = new("Field.Address", agencyText, nameof(AgencyForm.Address));
        _phone = new("Field.ContactPhone", agencyText, nameof(AgencyForm.ContactPhone));
        _responsible = new("Field.ResponsiblePerson", agencyText, nameof(AgencyForm.ResponsiblePerson));
        _duties = new("Field.PostDuties", agencyText, nameof(AgencyForm.PostDuties));
        _kind = new("Field.Kind", agencyText, nameof(QualificationForm.Kind), Note: Chinese.Text(text, "Note.Qualification"), Choices: _kinds.ChineseNames);
        _number = new("Field.Number", agencyText, nameof(QualificationForm.Number));
        _issuer = new("Field.Issuer", agencyText, nameof(QualificationForm.Issuer));
        _scopesColumn = new("Field.Scopes", agencyText, nameof(QualificationForm.Scopes), Note: Chinese.Text(text, "Note.Several"), Choices: _scopes.ChineseNames);
        _from = new("Field.ValidFrom", agencyText, nameof(QualificationForm.ValidFrom), Note: Chinese.Text(text, "Note.Date"));
        _to = new("Field.ValidTo", agencyText, nameof(QualificationForm.ValidTo), Note: Chinese.Text(text, "Note.Date"));
        Columns = [_name, _code, _legal, _address, _phone, _responsible, _duties, _kind, _number, _issuer, _scopesColumn, _from, _to];
    }

    public ImportKind Kind => ImportKind.Agencies;

    public IReadOnlyList<ImportColumn> Columns { get; }

    public IReadOnlyList<string> PreviewHeaders =>
    [
        _agencyText["Field.Name"].Value, _agencyText["Field.CreditCode"].Value, _agencyText["Field.LegalRepresentative"].Value,
        _agencyText["Field.ResponsiblePerson"].Value, _agencyText["Field.ContactPhone"].Value, _text["Preview.Qualifications"].Value,
    ];

    public IReadOnlyList<string> Notes => [Chinese.Text(_text, "Note.AgencyLines")];

    public bool MayImport(UserScope scope) => AgencyService.Keeps(scope);

    public string? RefuseConfirmation(bool purposeAcknowledged) => null;

    public async Task<ImportPlan> PlanAsync(
        AppDbContext db, ColumnMap map, IReadOnlyList<TableRow> rows, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var plan = new ImportPlan();
        var issues = new IssueList(plan, map, Columns);
        var codes = rows.Select(r => UnifiedSocialCreditCode.Normalize(map.Get(r, _code))).Where(c => c.Length > 0).Distinct().ToList();
        // Across the data scope: a code is unique in the county, as the dialog checks it. The codes go
        // as one array parameter: EF Core would otherwise write one parameter per code, and a query
        // with 10,000 of them takes longer to build than to run.
        var taken = (await db.Agencies.IgnoreQueryFilters().Where(a => EF.Parameter(codes).Contains(a.CreditCode)).Select(a => a.CreditCode)
            .ToListAsync(cancellationToken)).ToHashSet();

        var drafts = new List<AgencyDraft>();
        var byCode = new Dictionary<string, AgencyDraft>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var form = ReadAgency(map, row);
            var code = UnifiedSocialCreditCode.Normalize(form.CreditCode);
            var hasQualification = new[] { _kind, _number, _issuer, _scopesColumn, _from, _to }.Any(c => map.Get(row, c).Length > 0);
            if (code.Length > 0 && byCode.TryGetValue(code, out var draft))
            {
                CheckSameAgency(issues, row.Line, draft, form);
                if (!hasQualification)
                {
                    issues.Add(row.Line, _code, _text["Issue.DuplicateOf", draft.Line]);
                }
            }
            else
            {
                var validation = _agencyValidator.Validate(form);
                issues.Add(row.Line, validation);
                if (validation.IsValid && taken.Contains(code))
                {
                    issues.Add(row.Line, _code, _agencyText["Validation.CreditCodeTaken"]);
                }

                draft = new AgencyDraft(row.Line, form);
                drafts.Add(draft);
                if (code.Length > 0)
                {
                    byCode[code] = draft;
                }
            }

            if (hasQualification && ReadQualification(issues, map, row) is { } qualification)
            {
                var same = draft.Qualifications.FindIndex(q => q.Form.Kind == qualification.Kind && q.Form.Number.Trim() == qualification.Number.Trim());
                if (same >= 0)
                {
                    issues.Add(row.Line, _number, _text["Issue.DuplicateOf", draft.Qualifications[same].Line]);
                }
                else
                {
                    draft.Qualifications.Add((row.Line, qualification));
                }
            }

            progress.Checked(i + 1, rows.Count);
        }

        var qualificationCount = drafts.Sum(d => d.Qualifications.Count);
        plan.Records = drafts.Count + qualificationCount;
        plan.Summary = _text["Summary.Agencies", drafts.Count, qualificationCount];
        foreach (var d in drafts)
        {
            plan.Preview.Add([
                d.Form.Name.Trim(), UnifiedSocialCreditCode.Normalize(d.Form.CreditCode), d.Form.LegalRepresentative.Trim(),
                d.Form.ResponsiblePerson.Trim(), d.Form.ContactPhone.Trim(),
                string.Join("；", d.Qualifications.Select(q => $"{_agencyText["Kind." + q.Form.Kind]} {q.Form.Number.Trim()}")),
            ]);
        }

        plan.Store = (store, ct) => StoreAsync(store, drafts, ct);
        return plan;
    }

    private static async Task StoreAsync(ImportStore store, List<AgencyDraft> drafts, CancellationToken cancellationToken)
    {
        foreach (var batch in drafts.Chunk(ImportStore.BatchSize))
        {
            var agencies = batch.Select(d =>
            {
                var agency = new Agency(d.Form.Name, d.Form.CreditCode);
                agency.Update(d.Form.Name, d.Form.CreditCode, d.Form.LegalRepresentative, d.Form.ToContact());
                return (Draft: d, Agency: agency);
            }).ToList();
            // Qualifications name their agency by id, set on each agency as it is inserted; every
            // insert runs in the import's one transaction, so a failure keeps none of them.
            await store.InsertAsync(agencies.Select(a => a.Agency).ToList(), agencies.Count, cancellationToken);
            var qualifications = agencies.SelectMany(a => a.Draft.Qualifications.Select(q => new Qualification(a.Agency.Id, q.Form.ToDetails()))).ToList();
            await store.InsertAsync(qualifications, qualifications.Count, cancellationToken);
        }
    }

    private AgencyForm ReadAgency(ColumnMap map, TableRow row) => new()
    {
        Name = map.Get(row, _name),
        CreditCode = map.Get(row, _code),
        LegalRepresentative = map.Get(row, _legal),
        Address = map.Get(row, _address),
        ContactPhone = map.Get(row, _phone),
        ResponsiblePerson = map.Get(row, _responsible),
        PostDuties = map.Get(row, _duties),
    };

    // A later line of the same agency may repeat its details or leave them empty, not contradict them.
    private void CheckSameAgency(IssueList issues, int line, AgencyDraft draft, AgencyForm form)
    {
        (ImportColumn Column, string First, string Here)[] fields =
        [
            (_name, draft.Form.Name, form.Name), (_legal, draft.Form.LegalRepresentative, form.LegalRepresentative),
            (_address, draft.Form.Address, form.Address), (_phone, draft.Form.ContactPhone, form.ContactPhone),
            (_responsible, draft.Form.ResponsiblePerson, form.ResponsiblePerson), (_duties, draft.Form.PostDuties, form.PostDuties),
        ];
        foreach (var (column, first, here) in fields)
        {
            if (here.Length > 0 && here.Trim() != first.Trim())
            {
                issues.Add(line, column, _text["Issue.ConflictsWith", draft.Line]);
            }
        }
    }

    private QualificationForm? ReadQualification(IssueList issues, ColumnMap map, TableRow row)
    {
        var form = new QualificationForm { Number = map.Get(row, _number), Issuer = map.Get(row, _issuer) };
        var ok = true;
        var kind = map.Get(row, _kind);
        if (kind.Length > 0)
        {
            if (_kinds.TryRead(kind, out var k))
            {
                form.Kind = k;
            }
            else
            {
                issues.Add(row.Line, _kind, _text["Issue.UnknownChoice", kind, string.Join("、", _kinds.ChineseNames)]);
                ok = false;
            }
        }

        var scopes = new List<ServiceScopes>();
        foreach (var name in ImportValues.Split(map.Get(row, _scopesColumn)))
        {
            if (_scopes.TryRead(name, out var scope))
            {
                scopes.Add(scope);
            }
            else
            {
                issues.Add(row.Line, _scopesColumn, _text["Issue.UnknownChoice", name, string.Join("、", _scopes.ChineseNames)]);
                ok = false;
            }
        }

        form.Scopes = scopes.Distinct().ToList();
        ok &= ReadDate(issues, map, row, _from, d => form.ValidFrom = d);
        ok &= ReadDate(issues, map, row, _to, d => form.ValidTo = d);
        var validation = _qualificationValidator.Validate(form);
        // A value that could not be read was reported already; its "required" message would only repeat it.
        issues.Add(row.Line, new FluentValidation.Results.ValidationResult(validation.Errors.Where(e =>
            (e.PropertyName != nameof(QualificationForm.Kind) || kind.Length == 0)
            && (e.PropertyName != nameof(QualificationForm.ValidFrom) || map.Get(row, _from).Length == 0)
            && (e.PropertyName != nameof(QualificationForm.ValidTo) || map.Get(row, _to).Length == 0 || form.ValidTo is not null))));
        return ok && validation.IsValid ? form : null;
    }

    private bool ReadDate(IssueList issues, ColumnMap map, TableRow row, ImportColumn column, Action<DateTime> set)
    {
        var text = map.Get(row, column);
        if (text.Length == 0)
        {
            return true;
        }

        if (ImportValues.TryReadDate(text, out var date))
        {
            set(date.ToDateTime(TimeOnly.MinValue));
            return true;
        }

        issues.Add(row.Line, column, _text["Issue.Date", text]);
        return false;
    }

    private sealed record AgencyDraft(int Line, AgencyForm Form)
    {
        public List<(int Line, QualificationForm Form)> Qualifications { get; } = [];
    }
}
