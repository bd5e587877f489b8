using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Calendar;
using VendorManager.Domain.Common;
using VendorManager.Persistence;
using VendorManager.Web.Components.Shared;
using VendorManager.Web.Features.Shared;

namespace VendorManager.Web.Features.Calendar;

/// <summary>
/// The working-day calendar (工作日历): holidays and make-up working days entered by the Supervisor,
/// and the <see cref="WorkingDayCalendar"/> every deadline "within N working days" is computed with.
/// Its writes go through <see cref="CommandPipeline"/>.
/// </summary>
public sealed class CalendarService(
    IDbContextFactory<AppDbContext> dbFactory,
    CommandPipeline pipeline,
    IValidator<CalendarDayForm> validator,
    TimeProvider clock,
    IStringLocalizer<CalendarText> text,
    IStringLocalizer<SharedText> shared)
{
    /// <summary>Today in China, for the page's defaults.</summary>
    public DateOnly Today => ChinaTime.Today(clock);

    /// <summary>Who reads the calendar: every signed-in role, as reference data that deadlines are counted in.</summary>
    public static bool MayRead(UserScope scope) => !scope.IsAnonymous;

    public async Task<IReadOnlyList<CalendarDayRow>> ListAsync(int year, CancellationToken cancellationToken)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!MayRead(db.Scope))
        {
            return [];
        }

        return await db.CalendarDays.AsNoTracking()
            .Where(d => d.Date >= first && d.Date <= last)
            .OrderBy(d => d.Date)
            .ProjectToRow()
            .ToListAsync(cancellationToken);
    }

    public async Task<Result<int>> AddAsync(CalendarDayForm form, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!db.Scope.Has(Permissions.ManageCalendar))
        {
            return Result<int>.Fail(shared["Message.Forbidden"]);
        }

        var validation = await validator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            return Result<int>.Invalid(validation);
        }

        var date = form.Date!.Value;
        if (await db.CalendarDays.AnyAsync(d => d.Date == date, cancellationToken))
        {
            return Result<int>.Invalid(nameof(CalendarDayForm.Date), text["Validation.DateTaken"]);
        }

        var day = new CalendarDay(date, form.Kind!.Value, form.Note);
        db.CalendarDays.Add(day);
        try
        {
            var saved = await pipeline.SaveAsync(db, cancellationToken);
            return saved.Result.Succeeded ? Result<int>.Ok(day.Id) : Result<int>.Fail(saved.Result.Error!);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return Result<int>.Invalid(nameof(CalendarDayForm.Date), text["Validation.DateTaken"]);
        }
    }

    /// <summary>
    /// Removes a day. No version: a day is never edited, only added or removed, so a page can only have missed
    /// a removal, and a day removed by someone else in the meantime is what the user wanted.
    /// </summary>
    public async Task<Result> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        var run = await pipeline.RunAsync(
            new Command<CalendarDay>(
                (db, ct) => db.CalendarDays.SingleOrDefaultAsync(d => d.Id == id, ct),
                (scope, _) => scope.Has(Permissions.ManageCalendar),
                null,
                (db, day, _) =>
                {
                    db.CalendarDays.Remove(day);
                    return Task.FromResult(RuleResult.Ok());
                },
                text),
            cancellationToken);
        return run.Kind == CommandOutcome.Conflict ? Result.Ok() : run.Result;
    }

    /// <summary>The calendar with every entry; a few dozen rows a year, so it is read whole.</summary>
    public async Task<WorkingDayCalendar> GetCalendarAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var days = await db.CalendarDays.AsNoTracking().Select(d => new { d.Date, d.Kind }).ToListAsync(cancellationToken);
        return new WorkingDayCalendar(days.Select(d => (d.Date, d.Kind)));
    }

    /// <inheritdoc cref="WorkingDayCalendar.AddWorkingDays"/>
    public async Task<DateOnly> AddWorkingDaysAsync(DateOnly date, int workingDays, CancellationToken cancellationToken) =>
        (await GetCalendarAsync(cancellationToken)).AddWorkingDays(date, workingDays);
}
