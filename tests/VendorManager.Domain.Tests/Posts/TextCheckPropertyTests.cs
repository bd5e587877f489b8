using CsCheck;
using VendorManager.Domain.Posts;
using VendorManager.Domain.Tests.Common;

namespace VendorManager.Domain.Tests.Posts;

/// <summary>
/// The automaton against the obvious reading of "every hit": for each entry, every position where
/// <see cref="string.IndexOf(string, int, StringComparison)"/> finds its wrong form. Lists and texts are
/// drawn from a four-character alphabet, so overlapping, nested, repeated and duplicate terms are the
/// common case, not the rare one.
/// </summary>
public sealed class TextCheckPropertyTests
{
    private const string Alphabet = "党中央国";

    private static readonly CheckCategory[] ListCategories =
        [.. Enum.GetValues<CheckCategory>().Where(c => c != CheckCategory.PersonalInformation)];

    private static readonly Gen<WordListEntry> Entry =
        Gen.Select(Gen.Int[0, ListCategories.Length - 1], Gen.Char[Alphabet].Array[1, 5], Gen.Bool)
            .Select((category, wrong, withRight) => new WordListEntry(ListCategories[category], new string(wrong), withRight ? "正" : null));

    private static readonly Gen<(WordListEntry[] Entries, string Text)> Case =
        Gen.Select(Entry.Array[0, 12], Gen.Char[Alphabet + "，"].Array[0, 80].Select(chars => new string(chars)));

    [Fact]
    public void The_check_finds_exactly_what_an_IndexOf_scan_over_the_list_finds()
    {
        Case.Sample(
            c => new TextCheck(c.Entries).Check(c.Text).SequenceEqual(InTextOrder(NaiveScan(c.Entries, c.Text))),
            iter: HostileInput.Cases);
    }

    private static IEnumerable<CheckHit> NaiveScan(WordListEntry[] entries, string text)
    {
        foreach (var entry in entries)
        {
            for (var at = text.IndexOf(entry.WrongForm, StringComparison.Ordinal); at >= 0; at = text.IndexOf(entry.WrongForm, at + 1, StringComparison.Ordinal))
            {
                yield return new CheckHit(at, entry.WrongForm.Length, entry.Category, entry.WrongForm, entry.RightForm, entry.Note);
            }
        }
    }

    private static IEnumerable<CheckHit> InTextOrder(IEnumerable<CheckHit> hits) =>
        hits.OrderBy(h => h.Start)
            .ThenByDescending(h => h.Length)
            .ThenBy(h => h.Category)
            .ThenBy(h => h.Found, StringComparer.Ordinal)
            .ThenBy(h => h.RightForm, StringComparer.Ordinal);
}
