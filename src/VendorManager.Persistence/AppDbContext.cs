using System.Linq.Expressions;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using VendorManager.Domain.Accounts;
using VendorManager.Domain.Agencies;
using VendorManager.Domain.ApiKeys;
using VendorManager.Domain.Auditing;
using VendorManager.Domain.Calendar;
using VendorManager.Domain.Common;
using VendorManager.Domain.Contracts;
using VendorManager.Domain.Evaluations;
using VendorManager.Domain.Grants;
using VendorManager.Domain.HostUnits;
using VendorManager.Domain.Posts;
using VendorManager.Domain.SelfInspections;
using VendorManager.Domain.Settlements;
using VendorManager.Domain.Staff;
using VendorManager.Domain.Supervision;
using VendorManager.Persistence.Conventions;
using VendorManager.Persistence.DomainEvents;
using VendorManager.Persistence.Identity;
using VendorManager.Persistence.Jobs;
using VendorManager.Persistence.Notifications;

namespace VendorManager.Persistence;

/// <summary>
/// The one EF Core context. It is created per operation (IDbContextFactory) and carries the current
/// user's <see cref="UserScope"/>: every query on a scoped entity is filtered by it (global query
/// filters), and every save is checked against it and audited (interceptors). A save also runs the
/// handlers of the domain events its entities raised, in the same transaction (docs/decisions/0016); a
/// context made without a dispatcher (design-time tooling, tests that seed straight through the domain,
/// the province generator) only saves.
/// </summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options, ICurrentUser currentUser, DomainEventDispatcher? domainEvents = null)
    : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public const string HostUnitScopeFilter = "HostUnitScope";
    public const string AgencyScopeFilter = "AgencyScope";
    public const string RecipientFilter = "Recipient";

    public UserScope Scope => currentUser.Scope;

    // Read by the query filters; EF evaluates these per query on the context instance.
    private bool ScopeIsUnrestricted => currentUser.Scope.IsUnrestricted;
    private int? ScopeHostUnitId => currentUser.Scope.HostUnitId;
    private int? ScopeAgencyId => currentUser.Scope.AgencyId;
    private bool ScopeIsSystem => currentUser.Scope.IsSystem;
    private string? ScopeUserId => currentUser.Scope.UserId;

    public DbSet<HostUnit> HostUnits => Set<HostUnit>();

    public DbSet<Agency> Agencies => Set<Agency>();

    public DbSet<Qualification> Qualifications => Set<Qualification>();

    public DbSet<QualificationReview> QualificationReviews => Set<QualificationReview>();

    public DbSet<Account> Accounts => Set<Account>();

    public DbSet<Filing> Filings => Set<Filing>();

    public DbSet<MonthlyActivity> MonthlyActivities => Set<MonthlyActivity>();

    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();

    public DbSet<WordListItem> WordListItems => Set<WordListItem>();

    public DbSet<WordListVersion> WordListVersions => Set<WordListVersion>();

    public DbSet<StaffMember> StaffMembers => Set<StaffMember>();

    public DbSet<BackgroundCheck> BackgroundChecks => Set<BackgroundCheck>();

    public DbSet<PersonalDataReveal> PersonalDataReveals => Set<PersonalDataReveal>();

    public DbSet<Contract> Contracts => Set<Contract>();

    public DbSet<ContractTransition> ContractTransitions => Set<ContractTransition>();

    public DbSet<KpiScheme> KpiSchemes => Set<KpiScheme>();

    public DbSet<MonthlyEvaluation> MonthlyEvaluations => Set<MonthlyEvaluation>();

    public DbSet<Settlement> Settlements => Set<Settlement>();

    public DbSet<SettlementAdjustment> SettlementAdjustments => Set<SettlementAdjustment>();

    public DbSet<Inspection> Inspections => Set<Inspection>();

    public DbSet<Finding> Findings => Set<Finding>();

    public DbSet<RectificationItem> RectificationItems => Set<RectificationItem>();

    public DbSet<Interview> Interviews => Set<Interview>();

    public DbSet<PublicNotice> PublicNotices => Set<PublicNotice>();

    public DbSet<NoticeReceipt> NoticeReceipts => Set<NoticeReceipt>();

    public DbSet<NoticeReply> NoticeReplies => Set<NoticeReply>();

    public DbSet<SelfInspectionCampaign> SelfInspectionCampaigns => Set<SelfInspectionCampaign>();

    public DbSet<SelfInspectionReport> SelfInspectionReports => Set<SelfInspectionReport>();

    public DbSet<Post> Posts => Set<Post>();

    public DbSet<PublishedPost> PublishedPosts => Set<PublishedPost>();

    public DbSet<PublishedPostRecheck> PublishedPostRechecks => Set<PublishedPostRecheck>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<JobRun> JobRuns => Set<JobRun>();

    private readonly HashSet<object> _vouched = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Lets this context write one record outside the user's data scope, because a business rule the
    /// caller has just checked grants it (a host unit records the check of a person proposed to its
    /// contract, though the person belongs to an agency). Everything else stays guarded.
    /// </summary>
    public void Vouch(object entity) => _vouched.Add(entity);

    internal bool IsVouched(object entity) => _vouched.Contains(entity);

    /// <summary>Not in any data scope: only the Admin's service and the API's authentication read them.</summary>
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    /// <summary>Not in any data scope: the Admin asks, and the approver of each role decides (三员分立).</summary>
    public DbSet<GrantRequest> GrantRequests => Set<GrantRequest>();

    /// <summary>
    /// ASP.NET Core's data-protection key ring (sign-in cookies, antiforgery tokens), shared by every
    /// instance of the app, each key's secret encrypted under the key file's key (decision 0014). Never the key
    /// for personal data, which comes from configuration.
    /// </summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Set by the audit interceptor between the two halves of a save.</summary>
    internal Interceptors.PendingAudit? PendingAudit { get; set; }

    /// <summary>Set by the audit interceptor when it has written entries in a transaction not yet committed.</summary>
    internal Interceptors.UncommittedAudit? UncommittedAudit { get; set; }

    public bool IsSqlite => Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite";

    private bool _dispatching;

    /// <summary>
    /// Saves the change, then runs the handlers of the events it raised and saves what they changed, round
    /// after round until no event is left, all in one transaction: the guard and the audit see every round,
    /// and a handler that fails leaves nothing of the change. A handler's own save (a nested call) only saves;
    /// its events wait for the next round. Synchronous saves do not dispatch: the audit interceptor refuses
    /// them for every audited entity, which includes every entity that raises events.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var raised = domainEvents is null || _dispatching ? [] : TakeDomainEvents();
        if (raised.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        await using var transaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        // Saved first, so that handlers read the change as stored (new keys included) inside the transaction.
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        _dispatching = true;
        try
        {
            for (var round = 1; raised.Count > 0; round++)
            {
                if (round > DomainEventDispatcher.MaxRounds)
                {
                    throw new InvalidOperationException(
                        $"Domain events still raised after {DomainEventDispatcher.MaxRounds} rounds ({string.Join(", ", raised.Select(e => e.GetType().Name))}): the rules call each other in a loop.");
                }

                await domainEvents!.DispatchAsync(this, raised, cancellationToken);
                saved += await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
                raised = TakeDomainEvents();
            }
        }
        finally
        {
            _dispatching = false;
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return saved;
    }

    private List<IDomainEvent> TakeDomainEvents() => [.. ChangeTracker.Entries<Entity>().ToList().SelectMany(e => e.Entity.TakeDomainEvents())];

    /// <summary>
    /// Whether this context was made for a user bound to no unit or agency (county roles, the system, and
    /// the anonymous user of the sign-in page and the data-protection key ring), which picks one of two
    /// models (<see cref="DataScopeModelCacheKeyFactory"/>): their data-scope filter is the scope's own
    /// "unrestricted" flag alone (false for the anonymous user: nothing passes), a bound user's is the
    /// unit or agency match alone. One filter "unrestricted OR HostUnitId = unit" for everyone made SQLite
    /// use no index for a unit user (docs/PERFORMANCE.md). The anonymous user shares the county model so
    /// that start-up and sign-in build one model, not two (docs/PERFORMANCE.md, start-up). Each model's
    /// filter still reads the live scope, so a context whose user changed after it was made sees less,
    /// never more.
    /// </summary>
    internal bool Unbound { get; } = currentUser.Scope is { HostUnitId: null, AgencyId: null };

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.ReplaceService<Microsoft.EntityFrameworkCore.Infrastructure.IModelCacheKeyFactory, DataScopeModelCacheKeyFactory>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Money>().HaveConversion<MoneyToFenConverter>();
        configurationBuilder.Properties<Score>().HaveConversion<ScoreToHundredthsConverter>();
        if (IsSqlite)
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        }
        else
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<ToUtcConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

        foreach (var entityType in builder.Model.GetEntityTypes().Where(t => typeof(Entity).IsAssignableFrom(t.ClrType)))
        {
            builder.Entity(entityType.ClrType).Property(nameof(Entity.Version)).IsConcurrencyToken();
        }

        ApplyDataScope(builder);
    }

    /// <summary>
    /// The data scope, in one place: unit-bound users see their unit's records, agency users their
    /// agency's, a record owned by both is visible to either side. Host unit and agency names stay
    /// visible across the two sides (an agency must know whom it serves), never across units.
    /// </summary>
    private void ApplyDataScope(ModelBuilder builder)
    {
        builder.Entity<HostUnit>().HasQueryFilter(
            HostUnitScopeFilter,
            u => ScopeIsUnrestricted || ScopeAgencyId != null || u.Id == ScopeHostUnitId);
        builder.Entity<Agency>().HasQueryFilter(
            AgencyScopeFilter,
            a => ScopeIsUnrestricted || ScopeHostUnitId != null || a.Id == ScopeAgencyId);

        // A notification is its recipient's alone, whatever the role: county roles see every record
        // but not each other's messages. Jobs (the system) see all, to know what was already sent.
        builder.Entity<Notification>().HasQueryFilter(
            RecipientFilter,
            n => ScopeIsSystem || n.RecipientUserId == ScopeUserId);

        foreach (var clrType in builder.Model.GetEntityTypes().Select(t => t.ClrType))
        {
            var ownedByUnit = typeof(IHostUnitOwned).IsAssignableFrom(clrType);
            var ownedByAgency = typeof(IAgencyOwned).IsAssignableFrom(clrType);
            if (ownedByUnit || ownedByAgency)
            {
                builder.Entity(clrType).HasQueryFilter(HostUnitScopeFilter, ScopeFilterFor(clrType, ownedByUnit, ownedByAgency));
            }
        }
    }

    private LambdaExpression ScopeFilterFor(Type clrType, bool ownedByUnit, bool ownedByAgency)
    {
        var entity = Expression.Parameter(clrType, "e");
        var context = Expression.Constant(this);
        Expression Member(string name) => Expression.Property(context, typeof(AppDbContext).GetProperty(
            name, System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!);
        Expression Matches(string scopeProperty, string entityProperty) => Expression.Equal(
            Member(scopeProperty),
            Expression.Convert(Expression.Property(entity, entityProperty), typeof(int?)));

        if (Unbound)
        {
            return Expression.Lambda(Member(nameof(ScopeIsUnrestricted)), entity);
        }

        // A bound user: the unit or the agency matches (EF drops the comparison with the side the user is not bound to).
        Expression? body = null;
        if (ownedByUnit)
        {
            body = Matches(nameof(ScopeHostUnitId), nameof(IHostUnitOwned.HostUnitId));
        }

        if (ownedByAgency)
        {
            var agency = Matches(nameof(ScopeAgencyId), nameof(IAgencyOwned.AgencyId));
            body = body is null ? agency : Expression.OrElse(body, agency);
        }

        return Expression.Lambda(body!, entity);
    }
}

/// <summary>
/// Caches one model for contexts of users bound to no unit or agency and one for bound users (see
/// <see cref="AppDbContext.Unbound"/>); EF's default caches one model per context type.
/// </summary>
internal sealed class DataScopeModelCacheKeyFactory : Microsoft.EntityFrameworkCore.Infrastructure.IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        (context.GetType(), context is AppDbContext { Unbound: true }, designTime);
}
