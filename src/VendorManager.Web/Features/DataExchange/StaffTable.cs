using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Common;
using VendorManager.Domain.Staff;
using VendorManager.Persistence;
using VendorManager.Web.Features.Staff;

namespace VendorManager.Web.Features.DataExchange;

/// <summary>
/// Imports dispatched staff for an Agency user's own agency, as the add-person dialog does: each line
/// checked by the dialog's validator (ID check digit and age, mobile number), ID numbers unique in
/// the file and in the county (by their keyed hash), the numbers encrypted by
/// <see cref="StaffService.Enrol"/>, and the purpose of collection acknowledged once for the file
/// before anything is stored. Exports show masked numbers only, so they cannot be imported back.
/// </summary>
internal sealed class StaffImport : IKindImport
{
    private readonly IValidator<StaffForm> _validator;
    private readonly StaffService _staff;
    private readonly TimeProvider _clock;
    private readonly IStringLocalizer<StaffText> _staffText;
    private readonly IStringLocalizer<DataExchangeText> _text;
    private readonly ChoiceReader<StaffPost> _posts;
    private readonly ImportColumn _name, _post, _idNumber, _mobile;

    public StaffImport(
        IValidator<StaffForm> validator,
        StaffService staff,
        TimeProvider clock,
        IStringLocalizer<StaffText> staffText,
        IStringLocalizer<DataExchangeText> text)
    {
        _validator = validator;
        _staff = staff;
        _clock = clock;
        _staffText = staffText;
        _text = text;
        _posts = new ChoiceReader<StaffPost>(staffText, "Post.");
        _name = new("Field.Name", staffText, nameof(StaffForm.Name), Required: true);
        _post = new("Field.Post", staffText, nameof(StaffForm.Post), Required: true, Choices: _posts.ChineseNames);
        _idNumber = new("Field.IdNumber", staffText, nameof(StaffForm.IdNumber), Required: true, Note: Chinese.Text(text, "Note.Text"));
        _mobile = new("Field.Mobile", staffText, nameof(StaffForm.Mobile), Required: true, Note: Chinese.Text(text, "Note.Text"));
        Columns = [_name, _post, _idNumber, _mobile];
    }

    public ImportKind Kind => ImportKind.Staff;

    public IReadOnlyList<ImportColumn> Columns { get; }

    public IReadOnlyList<string> PreviewHeaders =>
        [_staffText["Field.Name"].Value, _staffText["Field.Post"].Value, _staffText["Field.IdNumber"].Value, _staffText["Field.Mobile"].Value];

    public IReadOnlyList<string> Notes => [Chinese.Text(_staffText, "Purpose.Notice")];

    public bool MayImport(UserScope scope) => StaffService.MayEdit(scope) && scope.AgencyId is not null;

    public string? RefuseConfirmation(bool purposeAcknowledged) =>
        purposeAcknowledged ? null : _staffText["Validation.PurposeAcknowledged"].Value;

    public async Task<ImportPlan> PlanAsync(
        AppDbContext db, ColumnMap map, IReadOnlyList<TableRow> rows, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var plan = new ImportPlan();
        var issues = new IssueList(plan, map, Columns);
        var today = ChinaTime.Today(_clock);
        var drafts = new List<(int Line, StaffForm Form, ResidentIdNumber Id, string Lookup)>();
        var firstLine = new Dictionary<string, int>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            // The acknowledgement is asked once for the whole file, on confirmation.
            var form = new StaffForm
            {
                IsNew = true,
                Name = map.Get(row, _name),
                IdNumber = map.Get(row, _idNumber),
                Mobile = map.Get(row, _mobile),
                PurposeAcknowledged = true,
            };
            var post = map.Get(row, _post);
            if (_posts.TryRead(post, out var p))
            {
                form.Post = p;
            }

            var validation = _validator.Validate(form);
            if (post.Length > 0 && form.Post is null)
            {
                // The validator's "required" would only repeat that the post could not be read.
                issues.Add(row.Line, _post, _text["Issue.UnknownChoice", post, string.Join("、", _posts.ChineseNames)]);
                issues.Add(row.Line, new FluentValidation.Results.ValidationResult(validation.Errors.Where(e => e.PropertyName != nameof(StaffForm.Post))));
            }
            else
            {
                issues.Add(row.Line, validation);
            }

            if (ResidentIdNumber.TryParse(form.IdNumber, today, out var id, out _))
            {
                if (firstLine.TryGetValue(id.Value, out var first))
                {
                    issues.Add(row.Line, _idNumber, _text["Issue.DuplicateOf", first]);
                }
                else
                {
                    firstLine[id.Value] = row.Line;
                    if (validation.IsValid)
                    {
                        drafts.Add((row.Line, form, id, _staff.IdNumberLookup(id)));
                    }
                }
            }

            progress.Checked(i + 1, rows.Count);
        }

        // Across all agencies, as the dialog checks: a person is registered once in the county.
        var lookups = drafts.Select(d => d.Lookup).ToList();
        // One array parameter, not one per person (see AgencyImport).
        var holders = await db.StaffMembers.IgnoreQueryFilters().Where(s => s.IdNumberLookup != null && EF.Parameter(lookups).Contains(s.IdNumberLookup))
            .ToDictionaryAsync(s => s.IdNumberLookup!, s => new IdNumberHolder(s.Id, s.AgencyId), cancellationToken);
        foreach (var draft in drafts)
        {
            if (holders.TryGetValue(draft.Lookup, out var holder))
            {
                issues.Add(draft.Line, _idNumber, await _staff.IdNumberRefusalAsync(db, holder, draft.Id.Masked, cancellationToken));
            }
        }

        plan.Records = drafts.Count;
        plan.Summary = _text["Summary.Staff", drafts.Count];
        foreach (var d in drafts)
        {
            // The preview shows what the list will show: masked numbers.
            plan.Preview.Add([d.Form.Name.Trim(), _staffText["Post." + d.Form.Post], d.Id.Masked, MobileNumber.Parse(d.Form.Mobile).Masked]);
        }

        plan.Store = async (store, ct) =>
        {
            var scope = store.Db.Scope;
            foreach (var batch in drafts.Chunk(ImportStore.BatchSize))
            {
                await store.InsertAsync(batch.Select(d => _staff.Enrol(scope.AgencyId!.Value, d.Form, scope.UserName)).ToList(), batch.Length, ct);
            }
        };
        return plan;
    }
}
