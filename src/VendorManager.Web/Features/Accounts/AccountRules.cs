using System.Linq.Expressions;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Accounts;
using VendorManager.Domain.Common;
using VendorManager.Persistence;

namespace VendorManager.Web.Features.Accounts;

using Account = VendorManager.Domain.Accounts.Account;

/// <summary>
/// What the account services share: the activity flags as SQL conditions (so lists filter, count
/// and page them in the database) and the domain's refusals as localized messages.
/// </summary>
internal static class AccountRules
{
    /// <summary>
    /// An Active publishing account with no post after <paramref name="cutoff"/> and live since then
    /// or earlier: the same count as <see cref="ActivityEvaluator"/> (days = D − max(last post, went live)),
    /// so "days ≥ N" becomes "both on or before D − N".
    /// </summary>
    public static Expression<Func<Account, bool>> Stale(AppDbContext db, DateOnly cutoff) =>
        a => a.Status == AccountStatus.Active
            && a.Platform != Platform.GovernmentApp
            && a.ActiveSince <= cutoff
            && !db.MonthlyActivities.Any(m => m.AccountId == a.Id && m.LastPostOn > cutoff);

    public static IQueryable<Account> WithFlag(this IQueryable<Account> query, AppDbContext db, ActivityFlag flag, DateOnly today, ActivityThresholds thresholds)
    {
        var notUpdated = today.AddDays(-thresholds.NotUpdatedAfterDays);
        var zombie = today.AddDays(-thresholds.ZombieAfterDays);
        return flag switch
        {
            ActivityFlag.Zombie => query.Where(Stale(db, zombie)),
            ActivityFlag.NotUpdated => query.Where(Stale(db, notUpdated)).Where(Not(Stale(db, zombie))),
            ActivityFlag.AppUnusable => query.Where(a => a.Status == AccountStatus.Active && a.Platform == Platform.GovernmentApp
                && db.MonthlyActivities.Where(m => m.AccountId == a.Id && m.AppUsable != null)
                    .OrderByDescending(m => m.Month).Select(m => m.AppUsable).FirstOrDefault() == false),
            _ => query,
        };
    }

    /// <summary>The refusal in the user's language (see <see cref="Shared.RefusalText"/>).</summary>
    public static string Describe(this IStringLocalizer<AccountsText> text, Refusal refusal) => Shared.RefusalText.Describe(text, refusal);

    private static Expression<Func<Account, bool>> Not(Expression<Func<Account, bool>> condition) =>
        Expression.Lambda<Func<Account, bool>>(Expression.Not(condition.Body), condition.Parameters);
}
