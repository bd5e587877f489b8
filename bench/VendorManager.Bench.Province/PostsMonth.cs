using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;
using VendorManager.Domain.Posts;
using VendorManager.Domain.Staff;
using VendorManager.Persistence;
using VendorManager.Persistence.Bulk;
using VendorManager.Web.Features.PublishedPosts;
using VendorManager.Web.Features.WordLists;

namespace VendorManager.Bench.Province;

/// <summary>How big a month of published posts is, and how long the word list it is re-checked with.</summary>
public sealed record PostsMonthProfile(int Posts, int Chars, int Terms)
{
    /// <summary>Issue 26's province month: 1,000,000 posts of 1,500 characters, the starter list plus 20,000 terms.</summary>
    public static PostsMonthProfile Full { get; } = new(1_000_000, 1_500, 20_000);

    /// <summary>The CI smoke: seconds.</summary>
    public static PostsMonthProfile Small { get; } = new(2_000, 1_500, 2_000);
}

/// <summary>What the measured re-check did (the app's record of the run), and where its time went.</summary>
public sealed record PostsMonthReport(
    PublishedPostRecheck Run, long Chars, int WordListEntries, TimeSpan WordList, TimeSpan Wall, TimeSpan Cpu, RecheckTimings Timings);

/// <summary>
/// (issue 26) A province month of published posts, re-checked through the app's storage. <see cref="GenerateAsync"/>
/// (not measured) stores the starter word list (version 1, through the app's import, as the office would), then the
/// month's posts as imported from the platforms' exports — made by <see cref="PublishedPost.Found"/> and checked with
/// version 1 as on import — then a file of generated terms as version 2. <see cref="RecheckAsync"/> (measured) reads
/// every post of the month, checks it with the list now in force (<see cref="IWordListInForce"/>) and replaces its
/// hits: the re-check the office needs after changing the list.
/// </summary>
/// <remarks>
/// The texts are seeded, one random stream per post, so a seed gives the same month on any number of threads: sentences
/// of common words of county news, with a wrong form of the list planted in 3 of 10 posts (one of the starter list's)
/// and in 3 of 10 (one of the generated terms), an ID number in 1 of 100 and a mobile number in 3 of 100.
/// </remarks>
public sealed class PostsMonth(ProvinceApp app, PostsMonthProfile profile, int seed, Action<string>? log = null)
{
    private const int Batch = 2_000;
    private const string Importer = "导入";

    private static readonly string[] Words =
    [
        "县委", "县政府", "乡镇", "街道", "社区", "村民", "群众", "干部", "党员", "企业", "学校", "医院", "农业", "农村", "产业", "项目",
        "建设", "发展", "推进", "落实", "开展", "加强", "提升", "完善", "优化", "服务", "工作", "会议", "部署", "要求", "强调", "指出",
        "今年以来", "近日", "日前", "上午", "下午", "期间", "活动", "宣传", "教育", "培训", "安全", "生产", "检查", "整改", "隐患", "排查",
        "环境", "生态", "保护", "治理", "乡村振兴", "共同富裕", "民生", "实事", "就业", "创业", "医疗", "养老", "文化", "旅游", "交通", "道路",
        "水利", "防汛", "抗旱", "消防", "应急", "演练", "志愿者", "服务队", "走访", "慰问", "困难", "家庭", "老人", "儿童", "青少年", "健康",
        "疫苗", "接种", "义诊", "宣讲", "政策", "解读", "办理", "窗口", "审批", "营商环境", "市场", "监管", "食品", "药品", "质量", "标准",
        "考核", "评比", "表彰", "先进", "典型", "经验", "做法", "成效", "显著", "稳步", "有序", "扎实", "全面", "深入", "持续", "切实",
        "进一步", "不断", "积极", "主动", "认真", "及时", "有效", "重点", "难点", "热点", "问题", "意见", "建议", "群众满意", "获得感", "幸福感",
    ];

    private static readonly string[] Pauses = ["，", "，", "，", "、", "；"];

    /// <summary>The month re-checked: the one before the province's today, as the generator's last evaluated month.</summary>
    public static DateOnly Month { get; } = new DateOnly(ProvinceGenerator.Today.Year, ProvinceGenerator.Today.Month, 1).AddMonths(-1);

    /// <summary>
    /// Stores the owners (the small province when the database has no contract yet), word list version 1, the month's
    /// posts and version 2. Returns the counts it made.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, long>> GenerateAsync(CancellationToken cancellationToken)
    {
        var counts = new Dictionary<string, long>();
        var watch = Stopwatch.StartNew();
        await app.MigrateAsync(cancellationToken);
        await using (var db = app.CreateBulkContext())
        {
            if (!await db.Contracts.AnyAsync(cancellationToken))
            {
                await new ProvinceGenerator(app, ProvinceProfile.Small, seed, log).GenerateAsync(cancellationToken);
            }
        }

        Log($"owners (province)                          {watch.Elapsed.TotalSeconds,8:0.0} s");
        watch.Restart();
        await ImportAsync(WordListImportService.OpenStarter(), "StarterWordList.csv", cancellationToken);
        var starter = await InForceAsync(cancellationToken);
        counts["word list version 1 (starter) entries"] = starter.Check.Entries.Count;
        var terms = Terms(starter.Check.Entries);
        await ImportAsync(new MemoryStream(terms), "terms.csv", cancellationToken);
        var later = await InForceAsync(cancellationToken);
        counts["word list version 2 entries"] = later.Check.Entries.Count;
        Log($"word lists (app's import)                  {watch.Elapsed.TotalSeconds,8:0.0} s");

        // The posts were imported while version 1 was in force: checked with it, stamped with its number.
        watch.Restart();
        var owners = await OwnersAsync(cancellationToken);
        var starterForms = starter.Check.Entries.Select(e => e.WrongForm).ToArray();
        var termForms = later.Check.Entries.Skip(starter.Check.Entries.Count).Select(e => e.WrongForm).ToArray();
        for (var first = 0; first < profile.Posts; first += Batch)
        {
            var posts = new PublishedPost[Math.Min(Batch, profile.Posts - first)];
            Parallel.For(0, posts.Length, i => posts[i] = Post(first + i, owners, starterForms, termForms, starter.Check, starter.WordListVersion));
            await using var db = app.CreateBulkContext();
            await db.BulkInsertAsync(posts, cancellationToken);
            counts["published posts"] = counts.GetValueOrDefault("published posts") + posts.Length;
            counts["hits of version 1"] = counts.GetValueOrDefault("hits of version 1") + posts.Sum(p => p.Hits.Count);
            if ((first / Batch) % 50 == 49)
            {
                Log($"  {first + posts.Length,9:N0} posts {watch.Elapsed.TotalSeconds,8:0.0} s");
            }
        }

        Log($"posts (domain factory, bulk insert)        {watch.Elapsed.TotalSeconds,8:0.0} s");
        return counts;
    }

    /// <summary>
    /// The measured part: the app's own re-check (<see cref="PublishedPostRecheckService.RunAsync"/>) of <see cref="Month"/>
    /// with <paramref name="workers"/> check threads, as the system runs it after the list changed; its stage timings
    /// come from the service's <see cref="RecheckTimings"/>.
    /// </summary>
    public async Task<PostsMonthReport> RecheckAsync(int workers, CancellationToken cancellationToken)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        await using var scope = app.SystemScope();
        var (check, _) = await scope.ServiceProvider.GetRequiredService<IWordListInForce>().GetAsync(cancellationToken);
        var wordList = wall.Elapsed;
        var timings = new RecheckTimings();
        var run = await scope.ServiceProvider.GetRequiredService<PublishedPostRecheckService>()
            .RunAsync(Month, ProvinceGenerator.Supervisor, workers, timings, cancellationToken);
        return new PostsMonthReport(
            run, timings.Chars, check.Entries.Count, wordList, wall.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu, timings);
    }

    private void Log(string line) => log?.Invoke(line);

    private async Task<CheckInForce> InForceAsync(CancellationToken cancellationToken)
    {
        await using var scope = app.SystemScope();
        return await scope.ServiceProvider.GetRequiredService<IWordListInForce>().GetAsync(cancellationToken);
    }

    /// <summary>A word-list file imported by the Supervisor (who keeps the lists) through the import page's preview and confirm.</summary>
    private async Task ImportAsync(Stream content, string fileName, CancellationToken cancellationToken)
    {
        await using var scope = app.ScopeFor(ProvinceApp.Principal(Roles.Supervisor, ProvinceGenerator.Supervisor));
        var imports = scope.ServiceProvider.GetRequiredService<WordListImportService>();
        var preview = await imports.PreviewAsync(content, fileName, cancellationToken);
        var stored = preview.CanConfirm ? await imports.ConfirmAsync(preview, cancellationToken) : null;
        if (stored is not { Succeeded: true })
        {
            throw new InvalidOperationException(
                $"{fileName} was refused: {preview.Error} {string.Join("; ", preview.Issues.Take(5).Select(i => $"{i.Line} {i.Field} {i.Reason}"))} {stored?.Describe()}");
        }
    }

    /// <summary>
    /// <see cref="PostsMonthProfile.Terms"/> random 2–6-character terms, in the starter file's columns, each in a category of the starter list's and with a right form.
    /// </summary>
    private byte[] Terms(IReadOnlyList<WordListEntry> starter)
    {
        using var starterFile = new StreamReader(WordListImportService.OpenStarter());
        var header = starterFile.ReadLine();
        var categories = new List<string>();
        while (starterFile.ReadLine() is { } line)
        {
            var category = line.Split(',')[0];
            if (!categories.Contains(category))
            {
                categories.Add(category);
            }
        }

        var random = new Random(seed);
        var taken = starter.Select(e => e.WrongForm).ToHashSet(StringComparer.Ordinal);
        var file = new StringBuilder().AppendLine(header);
        for (var n = 0; n < profile.Terms;)
        {
            var term = Ideographs(random, random.Next(2, 7));
            if (taken.Add(term))
            {
                file.AppendLine(CultureInfo.InvariantCulture, $"{categories[random.Next(categories.Count)]},{term},{Ideographs(random, term.Length)},");
                n++;
            }
        }

        return Encoding.UTF8.GetBytes(file.ToString());
    }

    /// <summary>Characters drawn uniformly from the CJK Unified Ideographs U+4E00–U+9FA5 (the machine check's benchmark draws its terms so too).</summary>
    public static string Ideographs(Random random, int length) =>
        string.Create(length, random, (chars, r) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)r.Next(0x4E00, 0x9FA6);
            }
        });

    /// <summary>The contracts' accounts the posts are spread over: every account of every contract, in key order.</summary>
    private async Task<List<(Contract Contract, int AccountId)>> OwnersAsync(CancellationToken cancellationToken)
    {
        await using var db = app.CreateBulkContext();
        var contracts = await db.Contracts.AsNoTracking().Include(c => c.Accounts).AsSplitQuery().OrderBy(c => c.Id).ToListAsync(cancellationToken);
        return [.. contracts.SelectMany(c => c.AccountIds.Select(a => (c, a)))];
    }

    private PublishedPost Post(
        int n, List<(Contract Contract, int AccountId)> owners, string[] starterForms, string[] termForms, TextCheck check, int version)
    {
        var random = new Random(HashCode.Combine(seed, n));
        var text = new StringBuilder(profile.Chars + 64);
        var plants = new List<string>();
        if (random.Next(10) < 3)
        {
            plants.Add(starterForms[random.Next(starterForms.Length)]);
        }

        if (random.Next(10) < 3 && termForms.Length > 0)
        {
            plants.Add(termForms[random.Next(termForms.Length)]);
        }

        if (random.Next(100) == 0)
        {
            var born = new DateOnly(1960, 1, 1).AddDays(random.Next(365 * 45));
            var first17 = "330102" + born.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + random.Next(1000).ToString("D3", CultureInfo.InvariantCulture);
            plants.Add("身份证号" + first17 + ResidentIdNumber.ComputeCheckCharacter(first17));
        }

        if (random.Next(100) < 3)
        {
            plants.Add("联系电话" + "13" + random.Next(100_000_000, 999_999_999).ToString(CultureInfo.InvariantCulture));
        }

        // Each plant goes into its own sentence, spread over the text; the text stops at whole sentences near the length.
        var plantAt = plants.Select(_ => random.Next(profile.Chars - 100)).Order().ToList();
        var planted = 0;
        while (text.Length < profile.Chars - 20)
        {
            var clauses = random.Next(2, 5);
            for (var c = 0; c < clauses; c++)
            {
                for (var w = random.Next(2, 6); w > 0; w--)
                {
                    text.Append(Words[random.Next(Words.Length)]);
                }

                if (planted < plants.Count && text.Length >= plantAt[planted])
                {
                    text.Append(plants[planted++]);
                }

                text.Append(c == clauses - 1 ? "。" : Pauses[random.Next(Pauses.Length)]);
            }
        }

        while (planted < plants.Count)
        {
            text.Append(plants[planted++]).Append('。');
        }

        var (contract, accountId) = owners[n % owners.Count];
        var publishedAt = ChinaTime.StartOfDay(Month.AddDays(n % Month.AddMonths(1).AddDays(-1).Day)).AddMinutes(n % 1_440);
        var title = $"{Words[random.Next(Words.Length)]}{Words[random.Next(Words.Length)]}{Words[random.Next(Words.Length)]}（第{n}期）";
        var found = PublishedPost.Found(
            contract, accountId, new Publication(title, $"https://mp.weixin.qq.com/s/{seed}-{n}", publishedAt, text.ToString()),
            PublicationSource.Imported, [], check, version, Importer, ProvinceGenerator.Now);
        return found.Value ?? throw new InvalidOperationException($"post {n}: {found.Refusal?.Message}");
    }
}
