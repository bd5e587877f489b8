using VendorManager.Domain.Posts;

namespace VendorManager.Web.Features.WordLists;

/// <summary>The machine check (纠错) built from the word list in force, with that list's version, so a check can be explained later.</summary>
public sealed record CheckInForce(TextCheck Check, int WordListVersion);

/// <summary>Gives the machine check of the word list in force; cheap to call on every keystroke.</summary>
public interface IWordListInForce
{
    ValueTask<CheckInForce> GetAsync(CancellationToken cancellationToken = default);
}
