using System.Buffers;
using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using VendorManager.Bench.Province;
using VendorManager.Domain.Posts;
using VendorManager.Web.Components.Shared;
using VendorManager.Web.Features.DataExchange;
using VendorManager.Web.Features.WordLists;

namespace VendorManager.Bench;

/// <summary>
/// (issue 26) The machine check (纠错) against .NET's own <see cref="SearchValues{T}"/> of strings, in the same
/// run on one core: 20,000 random 2–6-character Chinese terms, a 1,000,000-character Chinese text and a
/// 10,000-character draft; BenchmarkDotNet's means turned into characters per second.
/// </summary>
internal static class TextCheckBench
{
    public static void Run(string[] args)
    {
        var corpus = new TextCheckCorpus();
        var watch = Stopwatch.StartNew();
        var check = new TextCheck(corpus.Entries);
        var buildCheck = watch.Elapsed;
        watch.Restart();
        var values = SearchValues.Create(corpus.Entries.Select(e => e.WrongForm).ToArray(), StringComparison.Ordinal);
        var buildValues = watch.Elapsed;
        Console.WriteLine($"terms {corpus.Entries.Length:N0}; text {corpus.Text.Length:N0} chars; draft {corpus.Draft.Length:N0} chars");
        Console.WriteLine($"built once: TextCheck {buildCheck.TotalMilliseconds:N0} ms, SearchValues<string> {buildValues.TotalMilliseconds:N0} ms");
        var starter = StarterList();
        watch.Restart();
        _ = new TextCheck(starter);
        Console.WriteLine($"starter word list (StarterWordList.csv): {starter.Count:N0} entries, TextCheck built in {watch.Elapsed.TotalMilliseconds:N1} ms");
        Console.WriteLine($"text: {check.Check(corpus.Text).Count:N0} hits (every occurrence of every term and personal number), "
            + $"{TextCheckScan.StartsFound(values, corpus.Text):N0} positions where SearchValues finds a term starting");

        var summary = BenchmarkRunner.Run<TextCheckScan>(OneCore.InProcess, args);
        Console.WriteLine();
        Console.WriteLine($"{"method",-28} {"mean",12} {"M chars/s",10}");
        foreach (var report in summary.Reports.Where(r => r.ResultStatistics is not null))
        {
            var method = report.BenchmarkCase.Descriptor.WorkloadMethod.Name;
            var chars = method.Contains("Draft", StringComparison.Ordinal) ? corpus.Draft.Length : corpus.Text.Length;
            var meanNs = report.ResultStatistics!.Mean;
            Console.WriteLine($"{method,-28} {meanNs / 1e6,9:N3} ms {chars / meanNs * 1e3,10:N1}");
        }
    }

    // The shipped list, read by the import's own format with the app's resources, as the seeding reads it.
    private static List<WordListEntry> StarterList()
    {
        var localizers = new ResourceManagerStringLocalizerFactory(Microsoft.Extensions.Options.Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);
        var text = new StringLocalizer<WordListText>(localizers);
        var file = new WordListFile(
            new WordListFormValidator(text, new StringLocalizer<SharedText>(localizers)), text, new StringLocalizer<DataExchangeText>(localizers));
        using var content = WordListImportService.OpenStarter();
        var (table, _) = TableFile.Read(content, TableFormat.Csv, WordListFile.MaxRows);
        return [.. file.Check(table!, new HashSet<(CheckCategory, string)>()).Lines.Select(l => l.Entry)];
    }
}

/// <summary>
/// The measured data, the same for every benchmark (seeded). Characters are drawn uniformly from the CJK
/// Unified Ideographs block U+4E00–U+9FA5; the text has a full stop or comma every 10–20 characters, a
/// year ("2026年") every 500 or so and a listed term planted every 200 or so, so hits are reported too.
/// </summary>
internal sealed class TextCheckCorpus
{
    public const int Terms = 20_000;
    public const int TextLength = 1_000_000;
    public const int DraftLength = 10_000;

    private static readonly CheckCategory[] ListCategories =
        [.. Enum.GetValues<CheckCategory>().Where(c => c != CheckCategory.PersonalInformation)];

    public TextCheckCorpus()
    {
        var random = new Random(2026);
        var terms = new HashSet<string>(StringComparer.Ordinal);
        while (terms.Count < Terms)
        {
            terms.Add(PostsMonth.Ideographs(random, random.Next(2, 7)));
        }

        Entries = [.. terms.Select(t => new WordListEntry(ListCategories[random.Next(ListCategories.Length)], t, "正"))];
        Text = Write(random, TextLength);
        Draft = Write(random, DraftLength);
    }

    public WordListEntry[] Entries { get; }

    public string Text { get; }

    public string Draft { get; }

    private string Write(Random random, int length)
    {
        var text = new System.Text.StringBuilder(length + 16);
        while (text.Length < length)
        {
            var roll = random.Next(200);
            text.Append(roll switch
            {
                0 => Entries[random.Next(Entries.Length)].WrongForm,
                1 when random.Next(3) == 0 => "2026年",
                < 15 => random.Next(2) == 0 ? "，" : "。",
                _ => PostsMonth.Ideographs(random, 1),
            });
        }

        return text.ToString(0, length);
    }
}

[MemoryDiagnoser]
public class TextCheckScan
{
    private TextCheckCorpus _corpus = null!;
    private TextCheck _check = null!;
    private SearchValues<string> _values = null!;

    /// <summary>
    /// The baseline of the issue: <c>IndexOfAny</c> in a loop, each time one character past the last find.
    /// It says where some term starts, not which one or of what category, and finds a nested term only
    /// where it starts later than the outer one.
    /// </summary>
    public static int StartsFound(SearchValues<string> values, string text)
    {
        var found = 0;
        var span = text.AsSpan();
        for (var at = span.IndexOfAny(values); at >= 0; found++)
        {
            var next = span[(at + 1)..].IndexOfAny(values);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return found;
    }

    [GlobalSetup]
    public void Setup()
    {
        _corpus = new TextCheckCorpus();
        _check = new TextCheck(_corpus.Entries);
        _values = SearchValues.Create(_corpus.Entries.Select(e => e.WrongForm).ToArray(), StringComparison.Ordinal);
    }

    [Benchmark(Baseline = true)]
    public int SearchValuesText() => StartsFound(_values, _corpus.Text);

    [Benchmark]
    public int TextCheckText() => _check.Check(_corpus.Text).Count;

    [Benchmark]
    public int SearchValuesDraft() => StartsFound(_values, _corpus.Draft);

    [Benchmark]
    public int TextCheckDraft() => _check.Check(_corpus.Draft).Count;
}
