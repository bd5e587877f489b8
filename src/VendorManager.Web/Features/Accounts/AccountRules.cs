using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Accounts;
using VendorManager.Domain.Common;
using VendorManager.Persistence;

namespace VendorManager.Web.Features.Accounts;

using Account = VendorManager.Domain.Accounts.Account;

/// <summary>How many accounts of one group (a status, a platform) there are, and how many of them carry each activity flag.</summary>
internal sealed record FlagCount<TKey>(TKey Key, int Count, int NotUpdated, int Zombie);

/// <summary>
/// What the account services share: the activity flags as SQL conditions (the domain's
/// <see cref="ActivityEvaluator.Flagged"/>, on the account's stored last post date, so lists filter,
/// count and page them in the database) and the domain's refusals as localized messages.
/// </summary>
internal static class AccountRules
{
    public static IQueryable<Account> WithFlag(this IQueryable<Account> query, AppDbContext db, ActivityFlag flag, DateOnly today, ActivityThresholds thresholds) =>
        flag switch
        {
            ActivityFlag.Zombie or ActivityFlag.NotUpdated => query.Where(ActivityEvaluator.Flagged(flag, today, thresholds)),
            ActivityFlag.AppUnusable => query.Where(a => a.Status == AccountStatus.Active && a.Platform == Platform.GovernmentApp
                && db.MonthlyActivities.Where(m => m.AccountId == a.Id && m.AppUsable != null)
                    .OrderByDescending(m => m.Month).Select(m => m.AppUsable).FirstOrDefault() == false),
            _ => query,
        };

    /// <summary>
    /// The accounts of <paramref name="query"/> by <paramref name="key"/>, each group with its two activity
    /// flag counts, in one query (one pass over an index instead of a count per figure).
    /// </summary>
    public static Task<List<FlagCount<TKey>>> CountFlagsByAsync<TKey>(
        this IQueryable<Account> query,
        Expression<Func<Account, TKey>> key,
        DateOnly today,
        ActivityThresholds thresholds,
        CancellationToken cancellationToken) =>
        query.GroupBy(key)
            .Select(FlagCounts<TKey>(ActivityEvaluator.Flagged(ActivityFlag.NotUpdated, today, thresholds), ActivityEvaluator.Flagged(ActivityFlag.Zombie, today, thresholds)))
            .ToListAsync(cancellationToken);

    /// <summary>The refusal in the user's language (see <see cref="Shared.RefusalText"/>).</summary>
    public static string Describe(this IStringLocalizer<AccountsText> text, Refusal refusal) => Shared.RefusalText.Describe(text, refusal);

    // g => new FlagCount(g.Key, g.Count(), g.Count(notUpdated), g.Count(zombie)), with the domain's two
    // conditions put in place of the parameters so EF Core translates them as COUNT(CASE WHEN … END).
    private static Expression<Func<IGrouping<TKey, Account>, FlagCount<TKey>>> FlagCounts<TKey>(
        Expression<Func<Account, bool>> notUpdated, Expression<Func<Account, bool>> zombie)
    {
        Expression<Func<IGrouping<TKey, Account>, Func<Account, bool>, Func<Account, bool>, FlagCount<TKey>>> shape =
            (g, n, z) => new FlagCount<TKey>(g.Key, g.Count(), g.Count(n), g.Count(z));
        var body = new Substitute(shape.Parameters[1], notUpdated, shape.Parameters[2], zombie).Visit(shape.Body);
        return Expression.Lambda<Func<IGrouping<TKey, Account>, FlagCount<TKey>>>(body, shape.Parameters[0]);
    }

    private sealed class Substitute(ParameterExpression first, Expression forFirst, ParameterExpression second, Expression forSecond) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            node == first ? forFirst : node == second ? forSecond : base.VisitParameter(node);
    }
}
