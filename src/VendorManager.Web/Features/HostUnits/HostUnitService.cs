using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Common;
using VendorManager.Domain.HostUnits;
using VendorManager.Persistence;
using VendorManager.Web.Components.Shared;
using VendorManager.Web.Features.Shared;

namespace VendorManager.Web.Features.HostUnits;

/// <summary>
/// The register of host units (主办单位). Everyone reads within their data scope (a unit sees only
/// itself); only the Supervisor creates and edits, through <see cref="CommandPipeline"/>.
/// </summary>
public sealed class HostUnitService(
    IDbContextFactory<AppDbContext> dbFactory,
    CommandPipeline pipeline,
    IValidator<HostUnitForm> validator,
    IStringLocalizer<HostUnitText> text,
    IStringLocalizer<SharedText> shared)
{
    public async Task<PagedResult<HostUnitRow>> ListAsync(PageRequest request, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.HostUnits.AsNoTracking();
        if (request.SearchText is { } search)
        {
            // Codes are stored upper-case, so the code half of the search is upper-cased too.
            var code = search.ToUpperInvariant();
            query = query.Where(u => u.Name.Contains(search) || u.Code.Contains(code));
        }

        return await Sort(query, request).ProjectToRow().ToPageAsync(request, cancellationToken);
    }

    public async Task<Result<HostUnitForm>> GetAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var form = await db.HostUnits.AsNoTracking().Where(u => u.Id == id).ProjectToForm().SingleOrDefaultAsync(cancellationToken);
        return form is null ? Result<HostUnitForm>.Fail(shared["Message.NotFound"]) : Result<HostUnitForm>.Ok(form);
    }

    public async Task<Result<int>> CreateAsync(HostUnitForm form, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!MayManage(db.Scope))
        {
            return Result<int>.Fail(shared["Message.Forbidden"]);
        }

        var validation = await validator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result<int>.Invalid(validation);
        }

        var unit = new HostUnit(form.Name, form.Kind!.Value, form.Code);
        if (await CodeTakenAsync(db, unit.Code, exceptId: null, cancellationToken))
        {
            return Result<int>.Invalid(nameof(HostUnitForm.Code), text["Validation.CodeTaken"]);
        }

        db.HostUnits.Add(unit);
        var saved = await UniqueCodeAsync(() => pipeline.SaveAsync(db, cancellationToken));
        return saved.Succeeded ? Result<int>.Ok(unit.Id)
            : saved.For(nameof(HostUnitForm.Code)) is { } taken ? Result<int>.Invalid(nameof(HostUnitForm.Code), taken)
            : Result<int>.Fail(saved.Describe());
    }

    public async Task<Result> UpdateAsync(int id, HostUnitForm form, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result.Invalid(validation);
        }

        var code = HostUnit.NormalizeCode(form.Code);
        var codeTaken = false;
        var saved = await UniqueCodeAsync(() => pipeline.RunAsync(
            new Command<HostUnit>(
                (db, ct) => db.HostUnits.SingleOrDefaultAsync(u => u.Id == id, ct),
                (scope, _) => MayManage(scope),
                form.Version,
                async (db, unit, ct) =>
                {
                    // Asked only once the user may edit, so that the codes of units out of scope are not probed.
                    codeTaken = await CodeTakenAsync(db, code, exceptId: id, ct);
                    if (!codeTaken)
                    {
                        unit.Update(form.Name, form.Kind!.Value, code);
                    }

                    return codeTaken ? new Refusal("CodeTaken", text["Validation.CodeTaken"]) : RuleResult.Ok();
                },
                text),
            cancellationToken));
        return codeTaken ? Result.Invalid(nameof(HostUnitForm.Code), text["Validation.CodeTaken"]) : saved;
    }

    private static bool MayManage(UserScope scope) => scope.Has(Permissions.ManageHostUnits);

    // Two units saved with one code at the same moment: the index refuses the second, which is told beside the code.
    private async Task<Result> UniqueCodeAsync(Func<Task<CommandResult>> save)
    {
        try
        {
            return (await save()).Result;
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return Result.Invalid(nameof(HostUnitForm.Code), text["Validation.CodeTaken"]);
        }
    }

    // Outside the data scope too: a code is unique across the county, whoever can see the other unit.
    private static Task<bool> CodeTakenAsync(AppDbContext db, string code, int? exceptId, CancellationToken cancellationToken) =>
        db.HostUnits.IgnoreQueryFilters().AnyAsync(u => u.Code == code && u.Id != exceptId, cancellationToken);

    private static IQueryable<HostUnit> Sort(IQueryable<HostUnit> query, PageRequest request)
    {
        var sorted = request.SortBy?.ToLowerInvariant() switch
        {
            "code" => request.Descending ? query.OrderByDescending(u => u.Code) : query.OrderBy(u => u.Code),
            // Kind is stored by name; sort in the order users know (乡镇, 部门, 直属单位), then by name.
            "kind" => (request.Descending ? query.OrderByDescending(KindOrder) : query.OrderBy(KindOrder)).ThenBy(u => u.Name),
            "name" => request.Descending ? query.OrderByDescending(u => u.Name) : query.OrderBy(u => u.Name),
            _ => query.OrderBy(u => u.Name),
        };

        // A unique tie-breaker keeps paging stable when names repeat.
        return sorted.ThenBy(u => u.Id);
    }

    private static readonly System.Linq.Expressions.Expression<Func<HostUnit, int>> KindOrder = u =>
        u.Kind == HostUnitKind.Town ? 1 : u.Kind == HostUnitKind.Department ? 2 : 3;
}
