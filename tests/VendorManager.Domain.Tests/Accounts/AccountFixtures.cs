using VendorManager.Domain.Accounts;
using VendorManager.Domain.Common;

namespace VendorManager.Domain.Tests.Accounts;

/// <summary>Accounts brought to a given status the only way the rules allow: through filings.</summary>
internal static class AccountFixtures
{
    public const int Unit1 = 1;
    public const int Unit2 = 2;
    public const string UnitUser = "unit1.editor";
    public const string Supervisor = "county.office";

    /// <summary>10:00 CST on 10 March 2026.</summary>
    public static readonly DateTimeOffset Now = new(2026, 3, 10, 10, 0, 0, ChinaTime.Offset);

    public static DateOnly Today => DateOnly.FromDateTime(Now.DateTime);

    public static Account Filed(Platform platform = Platform.Weibo, int unit = Unit1, params Account[] others)
    {
        var opened = Account.FileOpening(unit, platform, "某镇发布", AccountOperator.UnitItself, null, others, UnitUser, Now);
        Assert.True(opened.Succeeded, opened.Refusal?.ToString());
        return opened.Value!;
    }

    /// <summary>A scan as the store keeps it (the content is checked where it is uploaded, not here).</summary>
    public static StoredFile Scan(string name = "材料.pdf") => new("0123456789abcdef.pdf", "application/pdf", 1024, name);

    /// <summary>Attaches every paper the filing's kind requires, as the form would with its uploads.</summary>
    public static void WithEveryPaper(Account account, Filing filing)
    {
        foreach (var paper in FilingPapers.RequiredFor(filing.Kind, filing.AnnouncedOn))
        {
            var attached = account.AttachPaper(filing, paper, Scan(paper + ".pdf"), UnitUser, Now);
            Assert.True(attached.Succeeded, attached.Refusal?.ToString());
        }
    }

    public static Account Accepted(Platform platform = Platform.Weibo, int unit = Unit1)
    {
        var account = Filed(platform, unit);
        Assert.True(account.AcceptFiling(account.PendingFiling!, Supervisor, Now).Succeeded);
        return account;
    }

    public static Account Active(Platform platform = Platform.Weibo, int unit = Unit1, DateTimeOffset? at = null)
    {
        var account = Accepted(platform, unit);
        var recorded = account.RecordPlatformId("weibo.com/u/123456", UnitUser, at ?? Now);
        Assert.True(recorded.Succeeded, recorded.Refusal?.ToString());
        return account;
    }

    public static Account Closed(DateTimeOffset? liveFrom = null)
    {
        var account = Active(at: liveFrom);
        var closing = account.FileClosing(Today.AddDays(-7), "职能调整，并入县融媒体账号", UnitUser, Now);
        Assert.True(closing.Succeeded, closing.Refusal?.ToString());
        Assert.True(account.AcceptFiling(closing.Value!, Supervisor, Now).Succeeded);
        return account;
    }
}
