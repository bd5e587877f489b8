using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Posts;
using VendorManager.Web.Features.WordLists;

namespace VendorManager.Web.Tests.Infrastructure;

/// <summary>
/// A word list in force that never changes, with a few entries of each listed category, for the tests of the
/// features that consume the machine check (the word lists themselves are the wordlists feature's): a test app's
/// database holds no list, as the starter list is seeded at the app's start.
/// </summary>
public sealed class FixedWordList : IWordListInForce
{
    public const int Version = 7;

    /// <summary>A wrong form of a fixed expression: blocks approval.</summary>
    public const string Misstatement = "中国共产党党中央";

    public const string SecrecyMarking = "内部资料";

    public static readonly TextCheck Check = new(
    [
        new(CheckCategory.SeriousMisstatement, Misstatement, "党中央", "固定表述"),
        new(CheckCategory.SeriousMisstatement, "两个维护", "两个确立、两个维护"),
        new(CheckCategory.Misspelling, "既使", "即使"),
        new(CheckCategory.Misspelling, "再接再励", "再接再厉"),
        new(CheckCategory.SensitiveWord, "翻墙"),
        new(CheckCategory.AdvertisingTerm, "最佳"),
        new(CheckCategory.AdvertisingTerm, "国家级"),
        new(CheckCategory.SecrecyMarking, SecrecyMarking),
        new(CheckCategory.SecrecyMarking, "机密"),
    ]);

    private static readonly CheckInForce InForce = new(Check, Version);

    /// <summary>Puts this list in force over the app's stored one.</summary>
    public static void Register(IServiceCollection services) => services.AddSingleton<IWordListInForce, FixedWordList>();

    public ValueTask<CheckInForce> GetAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(InForce);
}
