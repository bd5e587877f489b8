namespace VendorManager.Domain.Posts;

/// <summary>
/// The machine check (纠错) of a post's text: built once from a word list, then asked about any number of
/// texts from any number of threads (it holds no state between calls). Returns every hit: every
/// occurrence of every entry's wrong form, overlapping and nested ones included, and every personal
/// number the validators accept (<see cref="PersonalDataScan"/>). Design and overlap rule: docs/posts-review.md.
/// </summary>
public sealed class TextCheck
{
    private readonly WordListEntry[] _entries;
    private readonly TermAutomaton _automaton;

    public TextCheck(IEnumerable<WordListEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _entries = [.. entries];
        _automaton = new TermAutomaton([.. _entries.Select(e => e.WrongForm)]);
    }

    public IReadOnlyList<WordListEntry> Entries => _entries;

    /// <summary>
    /// Every hit in <paramref name="text"/>, ordered by start, the longer first where two start together
    /// (so a highlighter can take the outermost), then by category.
    /// </summary>
    public IReadOnlyList<CheckHit> Check(ReadOnlySpan<char> text)
    {
        var hits = new List<CheckHit>();
        var report = new EntryReport(_entries, _automaton, hits);
        _automaton.Scan(text, ref report);
        PersonalDataScan.Find(text, hits);
        hits.Sort(InTextOrder);
        return hits;
    }

    public IReadOnlyList<CheckHit> Check(string? text) => Check((text ?? string.Empty).AsSpan());

    private static int InTextOrder(CheckHit a, CheckHit b)
    {
        var order = a.Start.CompareTo(b.Start);
        order = order != 0 ? order : b.Length.CompareTo(a.Length);
        order = order != 0 ? order : a.Category.CompareTo(b.Category);
        order = order != 0 ? order : string.CompareOrdinal(a.Found, b.Found);
        return order != 0 ? order : string.CompareOrdinal(a.RightForm, b.RightForm);
    }

    private readonly struct EntryReport(WordListEntry[] entries, TermAutomaton automaton, List<CheckHit> hits) : IOccurrenceReport
    {
        public void Occurred(int start, int term)
        {
            var entry = entries[term];
            hits.Add(new(start, automaton.Length(term), entry.Category, entry.WrongForm, entry.RightForm, entry.Note));
        }
    }
}
