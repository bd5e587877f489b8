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
/// </summary>
public sealed class CalendarService(
    IDbContextFactory<AppDbContext> dbFactory,
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
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception e) when (SaveRefusal.Applies(e))
        {
            return Result<int>.Fail(SaveRefusal.Describe(e, shared));
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return Result<int>.Invalid(nameof(CalendarDayForm.Date), text["Validation.DateTaken"]);
        }

        return Result<int>.Ok(day.Id);
    }

    public async Task<Result> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!db.Scope.Has(Permissions.ManageCalendar))
        {
            return Result.Fail(shared["Message.Forbidden"]);
        }

        var day = await db.CalendarDays.SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (day is null)
        {
            return Result.Fail(shared["Message.NotFound"]);
        }

        db.CalendarDays.Remove(day);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Deleted by someone else in the meantime: what the user wanted has happened.
        }
        catch (Exception e) when (SaveRefusal.IsBusy(e))
        {
            return Result.Fail(SaveRefusal.Describe(e, shared));
        }

        return Result.Ok();
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
