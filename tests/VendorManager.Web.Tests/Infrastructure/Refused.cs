using VendorManager.Web.Features.Shared;

namespace VendorManager.Web.Tests.Infrastructure;

/// <summary>
/// What a refused command tells the user, word for word: a negative test asserts why it was refused
/// (not found, not allowed, stale, a rule's own words), not only that it failed.
/// </summary>
public static class Refused
{
    /// <summary>Out of the user's data scope, or not there at all: the two are not told apart.</summary>
    public const string NotFound = "记录不存在或您无权访问。";

    /// <summary>The record is in scope but the role may not do this.</summary>
    public const string Forbidden = "您无权执行此操作。";

    /// <summary>Someone saved the record after the page read it.</summary>
    public const string Stale = "该记录已被他人修改，请刷新后重新编辑。";

    /// <summary>Asserts the command was refused with exactly this message (general and field messages together).</summary>
    public static void Because(Result result, string message)
    {
        Assert.False(result.Succeeded, "The command succeeded; it should have been refused: " + message);
        Assert.Equal(message, result.Describe());
    }
}
