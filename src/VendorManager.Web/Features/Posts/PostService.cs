using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VendorManager.Domain.Auditing;
using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;
using VendorManager.Domain.Posts;
using VendorManager.Domain.Staff;
using VendorManager.Persistence;
using VendorManager.Persistence.Interceptors;
using VendorManager.Web.Components.Shared;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Features.WordLists;

namespace VendorManager.Web.Features.Posts;

/// <summary>
/// Posts and their review (先审后发): an agency user drafts for a dispatched editor of an active contract, and
/// every save is checked against the word list in force (纠错); the levels approve with the six checks or
/// return; the unit may let a blocking hit pass in writing. Who may press which level is <see cref="PostAccess"/>.
/// </summary>
public sealed class PostService(
    IDbContextFactory<AppDbContext> dbFactory,
    CommandPipeline pipeline,
    IWordListInForce wordList,
    TimeProvider clock,
    IStringLocalizer<PostsText> text,
    IStringLocalizer<SharedText> shared,
    ScanStore scans,
    AuditInterceptor audit)
{
    /// <summary>The folder under the data directory that holds posts' images.</summary>
    public const string ImageArea = "posts";

    /// <summary>How an image's download is named in the audit log (an event, not a record of a table).</summary>
    public const string DownloadAuditedAs = "PostAttachmentDownload";

    private const string AuthorRequired = "Post.AuthorRequired";

    private static readonly Dictionary<string, string> FormFields = new()
    {
        [AuthorRequired] = nameof(PostForm.AuthorId),
        ["Post.TitleRequired"] = nameof(PostForm.Title),
        ["Post.TitleTooLong"] = nameof(PostForm.Title),
        ["Post.BodyRequired"] = nameof(PostForm.Body),
        ["Post.BodyTooLong"] = nameof(PostForm.Body),
        ["Post.NotAssigned"] = nameof(PostForm.AuthorId),
        ["Post.PersonNotAllowed"] = nameof(PostForm.AuthorId),
        ["Post.AccountNotCovered"] = nameof(PostForm.AccountId),
    };

    /// <summary>The posts the user may read (the data scope), filtered, sorted and paged in SQL.</summary>
    public async Task<PagedResult<PostRow>> ListAsync(PostFilter filter, PageRequest request, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!PostAccess.SeesPosts(db.Scope))
        {
            return PagedResult<PostRow>.Refused;
        }

        var query = Filtered(db.Posts.AsNoTracking(), filter);
        if (request.SearchText is { } search)
        {
            query = query.Where(p => p.Title.Contains(search));
        }

        var ordered = (request.SortBy, request.Descending) switch
        {
            (nameof(PostRow.PlannedPublishAt), false) => query.OrderBy(p => p.PlannedPublishAt).ThenBy(p => p.Id),
            (nameof(PostRow.PlannedPublishAt), true) => query.OrderByDescending(p => p.PlannedPublishAt).ThenByDescending(p => p.Id),
            (nameof(PostRow.Title), false) => query.OrderBy(p => p.Title).ThenBy(p => p.Id),
            (nameof(PostRow.Title), true) => query.OrderByDescending(p => p.Title).ThenByDescending(p => p.Id),
            (nameof(PostRow.WaitingSince), true) => query.OrderByDescending(p => p.WaitingSince).ThenByDescending(p => p.Id),
            // The oldest waiting first, then the rest newest first: a queue is worked from its head.
            _ => query.OrderBy(p => p.WaitingSince == null ? 1 : 0).ThenBy(p => p.WaitingSince).ThenByDescending(p => p.Id),
        };
        return await ordered
            .Select(p => new PostRow(
                p.Id, p.Title, p.AccountId,
                db.Accounts.Where(a => a.Id == p.AccountId).Select(a => a.Name).FirstOrDefault() ?? string.Empty,
                p.AuthorName, p.Status, p.Importance, p.PlannedPublishAt, p.WaitingSince,
                p.Hits.Count(h => h.Revision == p.Revision
                    && (h.Category == CheckCategory.SeriousMisstatement || h.Category == CheckCategory.PersonalInformation || h.Category == CheckCategory.SecrecyMarking))))
            .ToPageAsync(query, request, cancellationToken);
    }

    internal static IQueryable<Post> Filtered(IQueryable<Post> query, PostFilter filter)
    {
        if (filter.AccountId is { } account)
        {
            query = query.Where(p => p.AccountId == account);
        }

        if (filter.ContractId is { } contract)
        {
            query = query.Where(p => p.ContractId == contract);
        }

        return filter.Status is { } status ? query.Where(p => p.Status == status) : query;
    }

    /// <summary>The accounts the agency may draft for now (covered by its active contracts), each with its editors and reviewers.</summary>
    public async Task<IReadOnlyList<DraftTarget>> DraftTargetsAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (PostAccess.OwnAgency(db.Scope) is not { } agency)
        {
            return [];
        }

        var contracts = await db.Contracts.AsNoTracking().Include(c => c.Accounts).Include(c => c.Assignments).AsSplitQuery()
            .Where(c => c.AgencyId == agency && c.State == ContractState.Active)
            .OrderBy(c => c.Id)
            .ToListAsync(cancellationToken);
        var accountIds = contracts.SelectMany(c => c.AccountIds).ToList();
        var accounts = await db.Accounts.AsNoTracking().Where(a => accountIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        var people = await db.StaffMembers.AsNoTracking().Where(s => s.AgencyId == agency).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        return [.. contracts.SelectMany(c => c.AccountIds.Select(a => Target(c, a, accounts.GetValueOrDefault(a) ?? string.Empty, people)))
            .OrderBy(t => t.AccountName, StringComparer.Ordinal)];
    }

    private static DraftTarget Target(Contract contract, int accountId, string accountName, IReadOnlyDictionary<int, string> people)
    {
        IReadOnlyList<StaffOption> In(StaffPost post) =>
            [.. contract.Assignments.Where(a => a.Post == post && people.ContainsKey(a.StaffMemberId)).Select(a => new StaffOption(a.StaffMemberId, people[a.StaffMemberId]))];
        return new DraftTarget(accountId, accountName, contract.Id, contract.Number, In(StaffPost.Editor), In(StaffPost.Reviewer));
    }

    /// <summary>The machine check of a text being typed (title and body), against the word list in force; nothing is stored. Null for a role without posts.</summary>
    public async Task<LiveCheck?> CheckAsync(string? title, string? body, CancellationToken cancellationToken)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            if (!PostAccess.SeesPosts(db.Scope))
            {
                return null;
            }
        }

        var (check, version) = await wordList.GetAsync(cancellationToken);
        return new LiveCheck(
            [.. check.Check(title).Select(h => View(PostPart.Title, h)), .. check.Check(body).Select(h => View(PostPart.Body, h))],
            version);
    }

    private static HitView View(PostPart part, CheckHit hit) => new(part, hit.Start, hit.Length, hit.Category, hit.Found, hit.RightForm);

    public async Task<Result<PostDetail>> GetAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!PostAccess.SeesPosts(db.Scope))
        {
            return Result<PostDetail>.Fail(shared["Message.Forbidden"]);
        }

        var post = await Load(db).AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (post is null)
        {
            return Result<PostDetail>.Fail(shared["Message.NotFound"]);
        }

        var account = await db.Accounts.IgnoreQueryFilters().Where(a => a.Id == post.AccountId).Select(a => a.Name).SingleAsync(cancellationToken);
        var contract = await db.Contracts.IgnoreQueryFilters().AsNoTracking().Include(c => c.Assignments)
            .SingleAsync(c => c.Id == post.ContractId, cancellationToken);
        var isHead = await IsUnitHeadAsync(db, cancellationToken);
        var actions = post.Actions().Where(a => PostAccess.MayPress(db.Scope, post, a.Trigger, isHead)).ToList();
        DraftTarget? target = null;
        if (actions.Any(a => a.Trigger is PostTrigger.Edit or PostTrigger.Submit))
        {
            var people = await db.StaffMembers.AsNoTracking().Where(s => s.AgencyId == post.AgencyId).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
            target = Target(contract, post.AccountId, account, people);
        }

        var names = await People.NamesAsync(db, [post.EnteredBy, post.OverriddenBy, .. post.Reviews.Select(r => r.By), .. post.Attachments.Select(a => a.AttachedBy)], cancellationToken);
        var revision = post.Revisions.Single(r => r.Number == post.Revision);
        return Result<PostDetail>.Ok(new PostDetail(
            post.Id, post.AccountId, account, contract.Number, post.Title, post.Body, post.PlannedPublishAt, post.Importance,
            post.AuthorId, post.AuthorName, names[post.EnteredBy], post.Status, post.ReviewerName, post.WaitingSince, post.Escalated,
            post.NeedsFinalReview, post.OverrideReason, names.OrNull(post.OverriddenBy), post.ReturnReason, post.Revision, revision.WordListVersion,
            [.. post.CurrentHits.OrderBy(h => h.Part).ThenBy(h => h.Start).ThenByDescending(h => h.Length).Select(h => new HitView(h.Part, h.Start, h.Length, h.Category, h.Found, h.RightForm))],
            [.. post.Reviews.OrderBy(r => r.At).ThenBy(r => r.Id).Select(r => new ReviewView(r.Level, r.Decision, r.Checks, r.Escalated, r.Reason, names[r.By], r.At, r.Revision))],
            actions, target, post.Version)
        {
            Attachments = [.. post.Attachments.OrderBy(a => a.Id).Select(a => new PostAttachmentView(a.Id, a.File.OriginalName, a.File.Size, names[a.AttachedBy], a.AttachedAt))],
        });
    }

    /// <summary>A new draft by an agency user for a dispatched editor of the account's active contract; checked as it is saved.</summary>
    public async Task<Result<int>> DraftAsync(PostForm form, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (PostAccess.OwnAgency(db.Scope) is not { } agency)
        {
            return Result<int>.Fail(shared["Message.Forbidden"]);
        }

        if (Content(form) is not { } content)
        {
            return Result<int>.Invalid(nameof(PostForm.PlannedPublishAt), text["Form.PlannedRequired"]);
        }

        var contract = await ActiveContract(db, form.AccountId).Where(c => c.AgencyId == agency).FirstOrDefaultAsync(cancellationToken);
        var author = await Person(db, form.AuthorId, cancellationToken);
        if (contract is null || author is null)
        {
            return Result<int>.Invalid(contract is null ? nameof(PostForm.AccountId) : nameof(PostForm.AuthorId), text[contract is null ? "Form.NoActiveContract" : "Form.AuthorRequired"]);
        }

        var (check, version) = await wordList.GetAsync(cancellationToken);
        var drafted = Post.Draft(contract, form.AccountId, author, content, check, version, db.Scope.UserName, clock.GetUtcNow());
        if (!drafted.Succeeded)
        {
            return Refused<int>(drafted.Refusal!);
        }

        db.Posts.Add(drafted.Value!);
        var saved = await pipeline.SaveAsync(db, cancellationToken);
        return saved.Result.Succeeded ? Result<int>.Ok(drafted.Value!.Id) : Result<int>.Fail(saved.Result.Error!);
    }

    /// <summary>Saves a new version of a draft or returned post; the check runs again and an override is gone with the old text.</summary>
    public async Task<Result> EditAsync(int id, PostForm form, CancellationToken cancellationToken)
    {
        if (Content(form) is not { } content)
        {
            return Result.Invalid(nameof(PostForm.PlannedPublishAt), text["Form.PlannedRequired"]);
        }

        var (check, version) = await wordList.GetAsync(cancellationToken);
        return await RunAsync(id, form.Version, PostTrigger.Edit, async (db, post, ct) =>
        {
            var contract = await ActiveContract(db, post.AccountId).Where(c => c.Id == post.ContractId).FirstOrDefaultAsync(ct);
            var author = await Person(db, form.AuthorId, ct);
            return contract is null ? PostRefusals.ContractNotActive
                : author is null ? new Refusal(AuthorRequired, text["Form.AuthorRequired"])
                : post.Edit(contract, author, content, check, version, db.Scope.UserName, clock.GetUtcNow());
        }, cancellationToken);
    }

    /// <summary>Submits to 初审 by the named reviewer of the agency.</summary>
    public Task<Result> SubmitAsync(int id, int version, int reviewerId, CancellationToken cancellationToken) =>
        RunAsync(id, version, PostTrigger.Submit, async (db, post, ct) =>
        {
            var contract = await db.Contracts.Include(c => c.Assignments).SingleAsync(c => c.Id == post.ContractId, ct);
            var reviewer = await Person(db, reviewerId, ct);
            return reviewer is null
                ? new Refusal("Post.ReviewerRequired", text["Form.ReviewerRequired"])
                : post.Submit(contract, reviewer, db.Scope.UserName, clock.GetUtcNow());
        }, cancellationToken);

    /// <summary>The waiting level approves with the six checks ticked; the 复审 may ask for 终审.</summary>
    public Task<Result> ApproveAsync(int id, int version, ReviewChecks ticked, bool escalate, CancellationToken cancellationToken) =>
        RunAsync(id, version, PostTrigger.Approve, (db, post, _) =>
            Task.FromResult(post.Approve(ticked, escalate, db.Scope.UserName, clock.GetUtcNow())), cancellationToken);

    /// <summary>The waiting level returns the post to its author with a reason.</summary>
    public Task<Result> ReturnAsync(int id, int version, string? reason, CancellationToken cancellationToken) =>
        RunAsync(id, version, PostTrigger.Return, (db, post, _) =>
            Task.FromResult(post.Return(reason, db.Scope.UserName, clock.GetUtcNow())), cancellationToken);

    /// <summary>The unit (复审 level) lets the current text's blocking hits pass, with a written reason.</summary>
    public Task<Result> OverrideAsync(int id, int version, string? reason, CancellationToken cancellationToken) =>
        RunAsync(id, version, PostTrigger.Override, (db, post, _) =>
            Task.FromResult(post.Override(reason, db.Scope.UserName, clock.GetUtcNow())), cancellationToken);

    /// <summary>
    /// Attaches an image to a draft or returned post, checked as every upload is (type by content, size limit);
    /// the file is removed again unless the save happens.
    /// </summary>
    public async Task<Result> AttachAsync(int id, ScanUpload upload, int version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        string? stored = null;
        var result = await RunAsync(id, version, PostTrigger.Edit, async (db, post, ct) =>
        {
            // Asked before the file is written, so that an image for a post under review is never stored.
            if (!post.IsEditable)
            {
                return PostRefusals.AttachmentsOnlyWhileEditable;
            }

            var (file, refusal) = await scans.StoreAsync(ImageArea, upload, UploadTypes.Images, ct);
            if (refusal is { } why)
            {
                return new Refusal("Post.ImageRefused", scans.Describe(why, UploadTypes.Images));
            }

            stored = file!.StoredName;
            return Touched(db, post, post.Attach(file, db.Scope.UserName, clock.GetUtcNow()));
        }, cancellationToken);
        if (!result.Succeeded)
        {
            scans.Delete(ImageArea, stored);
        }

        return result;
    }

    /// <summary>Removes an image from a draft or returned post; the file goes once the removal is saved.</summary>
    public async Task<Result> RemoveAttachmentAsync(int id, int attachmentId, int version, CancellationToken cancellationToken)
    {
        string? removed = null;
        var result = await RunAsync(id, version, PostTrigger.Edit, (db, post, _) =>
        {
            var taken = post.RemoveAttachment(attachmentId, db.Scope.UserName);
            removed = taken.Value?.File.StoredName;
            return Task.FromResult(Touched(db, post, taken));
        }, cancellationToken);
        if (result.Succeeded)
        {
            scans.Delete(ImageArea, removed);
        }

        return result;
    }

    /// <summary>
    /// An image of a post, for whoever may read the post (its agency and its unit, through the data scope); null
    /// otherwise, so that another side's images are not even confirmed to exist. Every download is in the audit log.
    /// </summary>
    public async Task<ScanDownload?> OpenAttachmentAsync(int id, int attachmentId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!PostAccess.SeesPosts(db.Scope))
        {
            return null;
        }

        var file = await db.Posts.AsNoTracking().Where(p => p.Id == id)
            .SelectMany(p => p.Attachments.Where(a => a.Id == attachmentId))
            .Select(a => new { a.File.StoredName, a.File.ContentType, a.File.OriginalName })
            .SingleOrDefaultAsync(cancellationToken);
        if (file is null || scans.OpenRead(ImageArea, file.StoredName) is not { } stream)
        {
            return null;
        }

        await audit.RecordAsync(db, DownloadAuditedAs, $"{id},{attachmentId}", [new AuditChange("OriginalName", null, file.OriginalName)], cancellationToken);
        return new ScanDownload(stream, file.ContentType, file.OriginalName);
    }

    // The images are reviewed with the post: its version moves with them, so a level never approves a set it has not seen.
    private static RuleResult Touched(AppDbContext db, Post post, RuleResult changed)
    {
        if (changed.Succeeded)
        {
            db.Entry(post).State = EntityState.Modified;
        }

        return changed;
    }

    private async Task<Result> RunAsync(
        int id, int version, PostTrigger trigger, Func<AppDbContext, Post, CancellationToken, Task<RuleResult>> apply, CancellationToken cancellationToken)
    {
        var isHead = false;
        var done = await pipeline.RunAsync(
            new Command<Post>(
                async (db, ct) =>
                {
                    isHead = await IsUnitHeadAsync(db, ct);
                    return await Load(db).SingleOrDefaultAsync(p => p.Id == id, ct);
                },
                (scope, post) => PostAccess.MayPress(scope, post, trigger, isHead),
                version,
                apply,
                text) { Fields = FormFields },
            cancellationToken);
        return done.Result;
    }

    private static IQueryable<Post> Load(AppDbContext db) =>
        db.Posts.Include(p => p.Revisions).Include(p => p.Hits).Include(p => p.Reviews).Include(p => p.Attachments).AsSplitQuery();

    private static IQueryable<Contract> ActiveContract(AppDbContext db, int accountId) =>
        db.Contracts.Include(c => c.Accounts).Include(c => c.Assignments).AsSplitQuery()
            .Where(c => c.State == ContractState.Active && c.Accounts.Any(a => a.AccountId == accountId))
            .OrderBy(c => c.Id);

    private static Task<StaffMember?> Person(AppDbContext db, int id, CancellationToken cancellationToken) =>
        db.StaffMembers.Include(s => s.Checks).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);

    /// <summary>Whether the signed-in user is marked as their unit's head (单位负责人), who takes the 终审.</summary>
    private static Task<bool> IsUnitHeadAsync(AppDbContext db, CancellationToken cancellationToken) =>
        db.Scope.UserId is { } userId && db.Scope.IsInRole(Roles.HostUnit)
            ? db.Users.AnyAsync(u => u.Id == userId && u.IsUnitHead, cancellationToken)
            : Task.FromResult(false);

    private static PostContent? Content(PostForm form) =>
        form.PlannedPublishAt is { } planned
            ? new PostContent(form.Title ?? string.Empty, form.Body ?? string.Empty, new DateTimeOffset(DateTime.SpecifyKind(planned, DateTimeKind.Unspecified), ChinaTime.Offset), form.Importance)
            : null;

    private Result<T> Refused<T>(Refusal refusal) =>
        FormFields.TryGetValue(refusal.Code, out var field)
            ? Result<T>.Invalid(field, text.Describe(refusal))
            : Result<T>.Fail(text.Describe(refusal));
}
