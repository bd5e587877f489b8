namespace VendorManager.Domain.Common;

/// <summary>A named permission (权限) and the roles it admits.</summary>
public sealed record Permission(string Name, IReadOnlyList<string> Roles)
{
    public bool Admits(string? role) => role is not null && Roles.Contains(role);
}

/// <summary>
/// Every permission of the app and the roles it admits, in one place: the web app registers each as an
/// authorization policy of the same name, and pages, the menu, the API and the features' access classes
/// name these instead of listing roles. The names are constants so that attributes can use them.
/// Trigger-level rules (who may press Approve on whose contract) stay in the features' access classes,
/// built on these.
/// </summary>
public static class Permissions
{
    public const string ManageHostUnits = nameof(ManageHostUnits);
    public const string ManageCalendar = nameof(ManageCalendar);
    public const string ViewWordLists = nameof(ViewWordLists);
    public const string KeepWordLists = nameof(KeepWordLists);
    public const string KeepAgencyRegister = nameof(KeepAgencyRegister);
    public const string ViewAgencies = nameof(ViewAgencies);
    public const string ActForOwnAgency = nameof(ActForOwnAgency);
    public const string ViewQualificationWorklist = nameof(ViewQualificationWorklist);
    public const string ViewStaff = nameof(ViewStaff);
    public const string ViewBackgroundCheckQueue = nameof(ViewBackgroundCheckQueue);
    public const string ViewAccounts = nameof(ViewAccounts);
    public const string DecideFilings = nameof(DecideFilings);
    public const string ViewContracts = nameof(ViewContracts);
    public const string RunOwnContracts = nameof(RunOwnContracts);
    public const string ReviewContracts = nameof(ReviewContracts);
    public const string InterveneInContracts = nameof(InterveneInContracts);
    public const string ViewEvaluations = nameof(ViewEvaluations);
    public const string ScoreEvaluations = nameof(ScoreEvaluations);
    public const string ViewEvaluationProgress = nameof(ViewEvaluationProgress);
    public const string ViewEvaluationMonthReport = nameof(ViewEvaluationMonthReport);
    public const string ViewKpiSchemes = nameof(ViewKpiSchemes);
    public const string ViewSettlements = nameof(ViewSettlements);
    public const string ActOnSettlements = nameof(ActOnSettlements);
    public const string CheckContractability = nameof(CheckContractability);
    public const string Supervise = nameof(Supervise);
    public const string ReadNamedNotices = nameof(ReadNamedNotices);
    public const string ViewNoticeReplies = nameof(ViewNoticeReplies);
    public const string ReadInterviews = nameof(ReadInterviews);
    public const string ViewRectifications = nameof(ViewRectifications);
    public const string ViewRectificationReport = nameof(ViewRectificationReport);
    public const string FileSelfInspections = nameof(FileSelfInspections);
    public const string ViewSelfInspectionReports = nameof(ViewSelfInspectionReports);
    public const string ExchangeData = nameof(ExchangeData);
    public const string ViewPosts = nameof(ViewPosts);
    public const string DraftPosts = nameof(DraftPosts);
    public const string ReviewPosts = nameof(ReviewPosts);
    public const string ViewMonitoringReport = nameof(ViewMonitoringReport);
    public const string ViewPublishedPosts = nameof(ViewPublishedPosts);
    public const string EnterPublishedPosts = nameof(EnterPublishedPosts);
    public const string RecheckPublishedPosts = nameof(RecheckPublishedPosts);
    public const string ManageUsers = nameof(ManageUsers);
    public const string ManageApiKeys = nameof(ManageApiKeys);
    public const string DecideGrants = nameof(DecideGrants);
    public const string ReadAuditLog = nameof(ReadAuditLog);
    public const string BackUpDatabase = nameof(BackUpDatabase);

    public static IReadOnlyList<Permission> All { get; } =
    [
        new(ManageHostUnits, [Roles.Supervisor]),
        new(ManageCalendar, [Roles.Supervisor]),
        // The word lists of the machine check (词库): the authors and reviewers read them, the county office keeps them.
        new(ViewWordLists, [Roles.Supervisor, Roles.HostUnit, Roles.Agency]),
        new(KeepWordLists, [Roles.Supervisor]),
        // The register itself; an agency reads its own entry through ViewAgencies.
        new(KeepAgencyRegister, [Roles.Supervisor, Roles.Procurement]),
        new(ViewAgencies, [Roles.Supervisor, Roles.Procurement, Roles.Agency]),
        new(ActForOwnAgency, [Roles.Agency]),
        new(ViewQualificationWorklist, [Roles.Procurement, Roles.Supervisor]),
        new(ViewStaff, [Roles.Agency, Roles.Procurement, Roles.Supervisor, Roles.HostUnit]),
        new(ViewBackgroundCheckQueue, [Roles.Procurement, Roles.Supervisor]),
        new(ViewAccounts, [Roles.Supervisor, Roles.HostUnit]),
        new(DecideFilings, [Roles.Supervisor]),
        new(ViewContracts, [Roles.HostUnit, Roles.Agency, Roles.Finance, Roles.Procurement, Roles.Supervisor]),
        // Draft, submit, withdraw, renew, close, suspend: a unit, on its own unit's contracts only (ContractAccess).
        new(RunOwnContracts, [Roles.HostUnit]),
        // Return or approve a submitted contract.
        new(ReviewContracts, [Roles.Procurement]),
        // Suspend, resume or terminate any unit's contract.
        new(InterveneInContracts, [Roles.Supervisor]),
        new(ViewEvaluations, [Roles.HostUnit, Roles.Agency, Roles.Supervisor, Roles.Finance]),
        new(ScoreEvaluations, [Roles.HostUnit]),
        new(ViewEvaluationProgress, [Roles.Supervisor]),
        // The unit's month for filing (月度考核汇总): it lists every agency's contract, so not for an agency.
        new(ViewEvaluationMonthReport, [Roles.Supervisor, Roles.HostUnit, Roles.Finance]),
        new(ViewKpiSchemes, [Roles.Supervisor, Roles.HostUnit, Roles.Agency, Roles.Procurement, Roles.Finance]),
        new(ViewSettlements, [Roles.Finance, Roles.Supervisor, Roles.HostUnit, Roles.Agency]),
        // Approve, hold, waive, pay, adjust; a unit's finance only on its unit's (SettlementAccess).
        new(ActOnSettlements, [Roles.Finance]),
        // Whether an agency may be contracted: the register's keepers, the units that contract, an agency its own.
        new(CheckContractability, [Roles.Supervisor, Roles.Procurement, Roles.HostUnit, Roles.Agency]),
        // Inspections, interviews and notices are the county office's.
        new(Supervise, [Roles.Supervisor]),
        // An issued notice (通报) is addressed to the units and agencies it names (NoticeService.Readable).
        new(ReadNamedNotices, [Roles.HostUnit, Roles.Agency]),
        // A notice's rectification reply (整改回复): the unit it asks writes it, the county office decides it (NoticeReplyService).
        new(ViewNoticeReplies, [Roles.Supervisor, Roles.HostUnit]),
        // An interview's record is the county office's; the unit interviewed reads and prints its own (InterviewRecordService.Readable).
        new(ReadInterviews, [Roles.Supervisor, Roles.HostUnit]),
        new(ViewRectifications, [Roles.Supervisor, Roles.HostUnit, Roles.Agency]),
        // The units' signed account to the county, not an agency's.
        new(ViewRectificationReport, [Roles.Supervisor, Roles.HostUnit]),
        // A unit fills in and submits its own self-inspection reports (SelfInspectionService.MayWrite).
        new(FileSelfInspections, [Roles.HostUnit]),
        // A report: the county office reads and reviews every unit's, a unit its own.
        new(ViewSelfInspectionReports, [Roles.Supervisor, Roles.HostUnit]),
        new(ExchangeData, [Roles.Supervisor, Roles.Procurement, Roles.Agency, Roles.HostUnit]),
        // Posts (先审后发): the agency drafts and takes the 初审 for its people; the unit the 复审 and, its head, the 终审.
        new(ViewPosts, [Roles.Agency, Roles.HostUnit]),
        new(DraftPosts, [Roles.Agency]),
        new(ReviewPosts, [Roles.HostUnit]),
        // The monthly monitoring report of the published posts: a unit its own; the county report is the Supervisor's.
        new(ViewMonitoringReport, [Roles.Supervisor, Roles.HostUnit]),
        // Published posts (已发布稿件): the county office reads them all (it evaluates the month), a unit and an agency their own;
        // besides the agency, the unit enters and imports its own accounts' publications, since it keeps control of publishing.
        new(ViewPublishedPosts, [Roles.Supervisor, Roles.HostUnit, Roles.Agency]),
        new(EnterPublishedPosts, [Roles.HostUnit, Roles.Agency]),
        // The re-check of the recent months with the list in force: the county office keeps the list.
        new(RecheckPublishedPosts, [Roles.Supervisor]),
        new(ManageUsers, [Roles.Admin]),
        new(ManageApiKeys, [Roles.Admin]),
        // The second person's approvals of decision 0015.
        new(DecideGrants, [Roles.Supervisor, Roles.Auditor, Roles.Admin]),
        new(ReadAuditLog, [Roles.Auditor]),
        new(BackUpDatabase, [Roles.Admin]),
    ];

    private static readonly Dictionary<string, Permission> ByName = All.ToDictionary(p => p.Name);

    public static bool IsDefined(string? name) => name is not null && ByName.ContainsKey(name);

    public static Permission Named(string name) =>
        ByName.TryGetValue(name, out var permission) ? permission : throw new ArgumentException($"Unknown permission '{name}'.", nameof(name));

    public static bool Admits(string permission, string? role) => Named(permission).Admits(role);
}
