using Microsoft.EntityFrameworkCore;
using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;
using VendorManager.Domain.Posts;
using VendorManager.Domain.Staff;
using VendorManager.Persistence;
using VendorManager.Web.Features.Posts;
using VendorManager.Web.Features.Shared;

namespace VendorManager.Web.Data.Seeding;

/// <summary>
/// Posts of agency1's accounts of 城关镇 under CG-2026-001 in every review state: a draft with hits, one in
/// 初审, one in 复审, a 重要 one in 终审 (unit1head's), an approved one, a returned one and one recorded as published;
/// and last month's published posts, two of them 未经审核发布, for the month's evaluation. Their hits are
/// checked at seeding against a small list of its own (version 1), so the demo does not depend on the word
/// lists the Supervisor keeps. The draft carries a photo (配图), stored and checked as an upload is.
/// </summary>
internal sealed class DemoPosts(AppDbContext db, ScanStore files, TimeProvider clock)
{
    private const string Agent = "agency1";
    private const string Unit = "unit1";
    private const string Head = "unit1head";
    private const int WordListVersion = 1;

    private static readonly TextCheck Check = new(
    [
        new(CheckCategory.SeriousMisstatement, "中国共产党党中央", "党中央", "固定表述"),
        new(CheckCategory.Misspelling, "既使", "即使"),
        new(CheckCategory.Misspelling, "再接再励", "再接再厉"),
        new(CheckCategory.AdvertisingTerm, "最佳"),
        new(CheckCategory.SecrecyMarking, "内部资料"),
    ]);

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var contract = await db.Contracts.Include(c => c.Accounts).Include(c => c.Assignments).AsSplitQuery()
            .SingleAsync(c => c.Number == "CG-2026-001", cancellationToken);
        var people = await db.StaffMembers.Include(s => s.Checks)
            .Where(s => contract.Assignments.Select(a => a.StaffMemberId).Contains(s.Id))
            .ToListAsync(cancellationToken);
        StaffMember In(StaffPost post) => people.First(p => contract.Assignments.Any(a => a.StaffMemberId == p.Id && a.Post == post));
        var editor = In(StaffPost.Editor);
        var reviewer = In(StaffPost.Reviewer);
        var account = contract.AccountIds[0];
        var now = clock.GetUtcNow();

        Post Draft(string title, string body, PostImportance importance, int hoursAgo)
        {
            var at = now.AddHours(-hoursAgo);
            var drafted = Post.Draft(contract, account, editor, new PostContent(title, body, now.AddDays(1), importance), Check, WordListVersion, Agent, at);
            var post = drafted.Value ?? throw new InvalidOperationException($"Demo post {title}: {drafted.Refusal}");
            db.Posts.Add(post);
            return post;
        }

        void Ensure(RuleResult result, string title)
        {
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Demo post {title}: {result.Refusal}");
            }
        }

        void Through(Post post, int levels, int hoursAgo, bool escalate = false)
        {
            Ensure(post.Submit(contract, reviewer, Agent, now.AddHours(-hoursAgo)), post.Title);
            string[] by = [Agent, Unit, Head];
            for (var level = 0; level < levels; level++)
            {
                Ensure(post.Approve(Post.AllChecks, escalate && level == 1, by[level], now.AddHours(-hoursAgo + level + 1)), post.Title);
            }
        }

        var withPhoto = Draft("城关镇开展冬季消防安全检查",
            "为切实做好冬季消防安全工作，镇安监办联合派出所开展检查。\n学习中国共产党党中央关于安全生产的部署，既使天气寒冷也不放松。\n联系人：王先生，电话13812345678。",
            PostImportance.Normal, 3);
        var png = DemoSeeder.TinyPng();
        var (photo, refused) = await files.StoreAsync(
            PostService.ImageArea, new ScanUpload("消防检查现场.png", png.Length, () => new MemoryStream(png)), UploadTypes.Images, cancellationToken);
        Ensure(withPhoto.Attach(photo ?? throw new InvalidOperationException($"Demo photo: {refused}"), Agent, now.AddHours(-3)), withPhoto.Title);
        Through(Draft("城关镇2026年冬季征兵工作启动", "2026年冬季征兵工作正式启动，欢迎适龄青年踊跃报名。\n报名地点：镇人民武装部。", PostImportance.Normal, 30), 0, 26);
        Through(Draft("城关镇老年食堂正式开餐", "镇中心老年食堂今日正式开餐，为辖区老年人提供营养午餐。\n各村（社区）将再接再励，扩大助餐服务覆盖面。", PostImportance.Normal, 50), 1, 48);
        Through(Draft("关于城关镇防汛应急预案修订的说明", "根据县防汛抗旱指挥部要求，镇政府修订了防汛应急预案。\n修订内容涉及转移避险、物资储备和值班值守。", PostImportance.Important, 80), 2, 72);
        Through(Draft("城关镇举办农产品展销会", "本周六上午在镇文化广场举办农产品展销会，欢迎广大群众参加。", PostImportance.Normal, 120), 2, 110);

        var returned = Draft("城关镇会议纪要摘编", "本文根据内部资料整理。\n会议研究了老旧小区改造等事项。", PostImportance.Normal, 40);
        Ensure(returned.Submit(contract, reviewer, Agent, now.AddHours(-38)), returned.Title);
        Ensure(returned.Return("含涉密标识“内部资料”，请删除后重新提交", Agent, now.AddHours(-36)), returned.Title);

        var published = Draft("城关镇图书馆延长开放时间", "自下周一起，镇图书馆工作日开放时间延长至晚上八点。", PostImportance.Normal, 150);
        Through(published, 2, 140);
        await db.SaveChangesAsync(cancellationToken);

        // Recorded as published after its approval: 先审后发 as it should be.
        var record = PublishedPost.FromDraft(
            published, contract, "https://mp.weixin.qq.com/s/demo-chengguan-library", now.AddHours(-130), Check, WordListVersion, Agent, now.AddHours(-129));
        db.PublishedPosts.Add(record.Value ?? throw new InvalidOperationException($"Demo post {published.Title}: {record.Refusal}"));

        // Last month, which the open evaluation of CG-2026-001 scores: one post reviewed before publishing, one imported
        // from the platform's export that no draft was made of (with a blocking hit), and one published the day before its
        // approval; the two 未经审核发布 ones are what the evaluation form proposes as deductions.
        var today = ChinaTime.Today(clock);
        var lastMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        DateTimeOffset On(int day, int hour) => ChinaTime.StartOfDay(lastMonth.AddDays(day - 1)).AddHours(hour);
        int HoursAgo(DateTimeOffset at) => (int)(now - at).TotalHours;

        var reviewed = Draft("城关镇开展“平安乡村”宣传活动", "镇综治办在各村开展“平安乡村”宣传活动，发放宣传资料两千余份。", PostImportance.Normal, HoursAgo(On(5, 9)));
        Through(reviewed, 2, HoursAgo(On(5, 10)));
        var early = Draft("城关镇召开秋冬季农业生产推进会", "会议总结了秋收工作，部署秋冬种和农田水利建设。\n各村要再接再励，确保完成全年目标。", PostImportance.Normal, HoursAgo(On(12, 9)));
        Through(early, 2, HoursAgo(On(14, 9)));
        await db.SaveChangesAsync(cancellationToken);

        PublishedPost Must(RuleResult<PublishedPost> result, string title) => result.Value ?? throw new InvalidOperationException($"Demo post {title}: {result.Refusal}");
        db.PublishedPosts.Add(Must(PublishedPost.FromDraft(
            reviewed, contract, "https://mp.weixin.qq.com/s/demo-chengguan-safety", On(6, 10), Check, WordListVersion, Agent, On(6, 11)), reviewed.Title));
        db.PublishedPosts.Add(Must(PublishedPost.FromDraft(
            early, contract, "https://mp.weixin.qq.com/s/demo-chengguan-farming", On(13, 18), Check, WordListVersion, Agent, On(14, 12)), early.Title));
        const string imported = "城关镇传达学习村级财务管理规定";
        db.PublishedPosts.Add(Must(PublishedPost.Found(
            contract, account,
            new Publication(imported, "https://mp.weixin.qq.com/s/demo-chengguan-finance", On(10, 10), "镇党委组织学习中国共产党党中央关于农村集体经济的部署。\n会议传达了村级财务管理规定。"),
            PublicationSource.Imported, [], Check, WordListVersion, Agent, On(20, 9)), imported));
        await db.SaveChangesAsync(cancellationToken);
    }
}
