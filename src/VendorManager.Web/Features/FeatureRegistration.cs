using FluentValidation;
using VendorManager.Domain.Agencies;
using VendorManager.Domain.Evaluations;
using VendorManager.Domain.Staff;
using VendorManager.Domain.SelfInspections;
using VendorManager.Domain.Supervision;
using VendorManager.Persistence.DomainEvents;
using VendorManager.Web.Features.Account;
using VendorManager.Web.Features.Accounts;
using VendorManager.Web.Features.Agencies;
using VendorManager.Web.Features.ApiKeys;
using VendorManager.Web.Features.Audit;
using VendorManager.Web.Features.Backup;
using VendorManager.Web.Features.Calendar;
using VendorManager.Web.Features.Contracts;
using VendorManager.Web.Features.DataExchange;
using VendorManager.Web.Features.Evaluations;
using VendorManager.Web.Features.Grants;
using VendorManager.Web.Features.Home;
using VendorManager.Web.Features.HostUnits;
using VendorManager.Web.Features.Settlements;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Features.Notifications;
using VendorManager.Web.Features.Monitoring;
using VendorManager.Web.Features.Posts;
using VendorManager.Web.Features.PublishedPosts;
using VendorManager.Web.Features.Staff;
using VendorManager.Web.Features.SelfInspections;
using VendorManager.Web.Features.Supervision;
using VendorManager.Web.Features.Users;
using VendorManager.Web.Features.WordLists;
using VendorManager.Web.Jobs;

namespace VendorManager.Web.Features;

/// <summary>Each feature's services, one block per feature.</summary>
public static class FeatureRegistration
{
    public static IServiceCollection AddFeatures(this IServiceCollection services)
    {
        services.AddScoped<HomeService>();

        services.AddSingleton<INotifier, Notifier>();
        services.AddScoped<NotificationBadge>();
        services.AddScoped<NotificationService>();
        services.AddDailyJob<ReminderJob>();

        services.AddScoped<AuditService>();
        services.AddDailyJob<AuditChainCheckJob>();
        services.AddScoped<IPendingWorkSource, AuditPendingWork>();

        services.AddScoped<IValidator<HostUnitForm>, HostUnitFormValidator>();
        services.AddScoped<HostUnitService>();

        services.AddScoped<IValidator<CalendarDayForm>, CalendarDayFormValidator>();
        services.AddScoped<CalendarService>();
        services.AddScoped<CalendarSchedule>();
        services.AddScoped<CalendarImportService>();

        services.AddScoped<IValidator<WordListForm>, WordListFormValidator>();
        services.AddScoped<WordListService>();
        services.AddScoped<WordListFile>();
        services.AddScoped<WordListImportService>();
        services.AddScoped<WordListExport>();
        services.AddSingleton<WordListChecks>();
        services.AddScoped<WordListInForce>();
        services.AddScoped<IWordListInForce>(sp => sp.GetRequiredService<WordListInForce>());

        services.AddScoped<IValidator<UserForm>, UserFormValidator>();
        services.AddScoped<IValidator<ResetPasswordForm>, ResetPasswordFormValidator>();
        services.AddScoped<UserAdminService>();
        services.AddScoped<IValidator<PasswordChangeForm>, PasswordChangeFormValidator>();
        services.AddScoped<PasswordChangeService>();
        services.AddScoped<IPendingWorkSource, LockedAccountsPendingWork>();
        services.AddScoped<GrantService>();
        services.AddScoped<IPendingWorkSource, GrantsPendingWork>();

        services.AddOptions<AgencyOptions>().BindConfiguration(AgencyOptions.Section);
        services.AddScoped<IValidator<AgencyForm>, AgencyFormValidator>();
        services.AddScoped<IValidator<BlacklistForm>, BlacklistFormValidator>();
        services.AddScoped<IValidator<QualificationForm>, QualificationFormValidator>();
        services.AddScoped<IValidator<ReviewForm>, ReviewFormValidator>();
        services.AddSingleton<ScanStore>();
        services.AddScoped<AgencyService>();
        services.AddScoped<QualificationService>();
        services.AddScoped<QualificationPendingWork>();
        services.AddScoped<IPendingWorkSource>(sp => sp.GetRequiredService<QualificationPendingWork>());
        services.AddScoped<IDashboardSource, QualificationDashboard>();

        services.AddOptions<StaffOptions>().BindConfiguration(StaffOptions.Section);
        services.AddScoped<IValidator<StaffForm>, StaffFormValidator>();
        services.AddScoped<IValidator<CheckResultForm>, CheckResultFormValidator>();
        services.AddScoped<IValidator<CheckRevocationForm>, CheckRevocationFormValidator>();
        services.AddScoped<StaffService>();
        services.AddScoped<BackgroundCheckService>();
        services.AddDailyJob<StaffDailyJob>();
        services.AddScoped<IPendingWorkSource, StaffPendingWork>();

        services.AddSingleton(sp => AccountSettings.Read(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton(sp => AccountSettings.ReadFilingTimeLimit(sp.GetRequiredService<IConfiguration>()));
        services.AddScoped<IValidator<OpeningForm>, OpeningFormValidator>();
        services.AddScoped<IValidator<ChangeForm>, ChangeFormValidator>();
        services.AddScoped<IValidator<EndingForm>, EndingFormValidator>();
        services.AddScoped<IValidator<ReturnForm>, ReturnFormValidator>();
        services.AddScoped<IValidator<PlatformIdForm>, PlatformIdFormValidator>();
        services.AddScoped<IValidator<ActivityForm>, ActivityFormValidator>();
        services.AddScoped<IValidator<HousekeepingForm>, HousekeepingFormValidator>();
        services.AddScoped<AccountService>();
        services.AddScoped<FilingService>();
        services.AddScoped<ActivityService>();
        services.AddScoped<IPendingWorkSource, AccountsPendingWork>();
        services.AddScoped<IDashboardSource, AccountsDashboard>();

        services.AddScoped<IValidator<ContractForm>, ContractFormValidator>();
        services.AddScoped<IValidator<TransitionForm>, TransitionFormValidator>();
        services.AddScoped<ContractService>();
        services.AddScoped<IDomainEventHandler<AgencyDisqualified>, ContractsOfDisqualifiedAgency>();
        services.AddScoped<IDomainEventHandler<BackgroundCheckFailed>, ContractsOfFailedCheck>();
        services.AddDailyJob<ContractDailyJob>();
        services.AddScoped<IPendingWorkSource, ContractPendingWork>();
        services.AddScoped<IDashboardSource, ContractDashboard>();

        services.AddScoped<IValidator<InspectionForm>, InspectionFormValidator>();
        services.AddScoped<IValidator<FindingForm>, FindingFormValidator>();
        services.AddScoped<IValidator<SubmitForm>, SubmitFormValidator>();
        services.AddScoped<IValidator<ReturnRectificationForm>, ReturnRectificationFormValidator>();
        services.AddScoped<IValidator<AgencyEvidenceForm>, AgencyEvidenceFormValidator>();
        services.AddScoped<IValidator<ReturnEvidenceForm>, ReturnEvidenceFormValidator>();
        services.AddScoped<IValidator<InterviewForm>, InterviewFormValidator>();
        services.AddScoped<IValidator<NoticeForm>, NoticeFormValidator>();
        services.AddScoped<SupervisionUser>();
        services.AddScoped<InspectionService>();
        services.AddOptions<RectificationDeadlineOptions>().BindConfiguration(RectificationDeadlineOptions.Section)
            .Validate(
                o => o.RectificationDeadlineDays > 0 && Enum.IsDefined(o.RectificationDeadlineUnit),
                "Supervision:RectificationDeadlineDays must be at least 1 and Supervision:RectificationDeadlineUnit WorkingDays or CalendarDays.")
            .ValidateOnStart();
        services.AddScoped<RectificationService>();
        services.AddScoped<InterviewService>();
        services.AddScoped<InterviewRecordService>();
        services.AddScoped<NoticeService>();
        services.AddOptions<NoticeNumberingOptions>().BindConfiguration(NoticeNumberingOptions.Section)
            .Validate(o => o.IsValid, $"Organization:NoticeNumberPrefix must be set, at most {PublicNotice.NumberPrefixMaxLength} characters.")
            .ValidateOnStart();
        services.AddScoped<IDomainEventHandler<NoticeIssued>, NamedPartiesOfIssuedNotice>();
        services.AddScoped<NoticeReplyService>();
        services.AddOptions<NoticeReplyOptions>().BindConfiguration(RectificationDeadlineOptions.Section)
            .Validate(o => o.NoticeReplyWorkingDays is > 0 and <= 60, "Supervision:NoticeReplyWorkingDays must be between 1 and 60.")
            .ValidateOnStart();
        services.AddScoped<IDomainEventHandler<RectificationOpened>, UnitOfOpenedRectification>();
        services.AddScoped<RectificationReportService>();
        services.AddScoped<IPendingWorkSource, SupervisionPendingWork>();
        services.AddScoped<IPendingWorkSource, InterviewPendingWork>();
        services.AddScoped<IDashboardSource, SupervisionDashboard>();

        services.AddScoped<IValidator<CampaignForm>, CampaignFormValidator>();
        services.AddScoped<IValidator<ReportForm>, ReportFormValidator>();
        services.AddScoped<IValidator<ReturnReportForm>, ReturnReportFormValidator>();
        services.AddScoped<SelfInspectionService>();
        services.AddScoped<SelfInspectionNotifications>();
        services.AddScoped<IDomainEventHandler<SelfInspectionCampaignOpened>>(sp => sp.GetRequiredService<SelfInspectionNotifications>());
        services.AddScoped<IDomainEventHandler<SelfInspectionReportSubmitted>>(sp => sp.GetRequiredService<SelfInspectionNotifications>());
        services.AddScoped<IDomainEventHandler<SelfInspectionReportReturned>>(sp => sp.GetRequiredService<SelfInspectionNotifications>());
        services.AddScoped<IPendingWorkSource, SelfInspectionPendingWork>();
        services.AddDailyJob<SelfInspectionReminderJob>();

        services.AddScoped<IValidator<ReasonForm>, ReasonFormValidator>();
        services.AddScoped<IValidator<PaymentForm>, PaymentFormValidator>();
        services.AddScoped<IValidator<AdjustmentForm>, AdjustmentFormValidator>();
        services.AddScoped<SettlementGenerator>();
        services.AddScoped<IDomainEventHandler<EvaluationFinalized>, SettlementOfFinalEvaluation>();
        services.AddScoped<IDomainEventHandler<EvaluationReopened>, SettlementOfReopenedEvaluation>();
        services.AddScoped<CommandPipeline>();
        services.AddScoped<People>();
        services.AddOptions<FinanceOptions>().BindConfiguration(FinanceOptions.Section)
            .Validate(o => Enum.IsDefined(o.PaymentSeparation), "Finance:PaymentSeparation must be FromApprover or FromApproverAndPreparer.")
            .ValidateOnStart();
        services.AddScoped<SettlementService>();
        services.AddScoped<SettlementExport>();
        services.AddScoped<SettlementVoucherExport>();
        services.AddDailyJob<SettlementDailyJob>();
        services.AddScoped<SettlementPendingWork>();
        services.AddScoped<IPendingWorkSource>(sp => sp.GetRequiredService<SettlementPendingWork>());
        services.AddScoped<IDashboardSource, SettlementDashboard>();

        services.AddScoped<ExportService>();
        services.AddScoped<ListExport>();
        services.AddScoped<EvaluationExport>();
        services.AddScoped<SupervisionExport>();
        services.AddScoped<FilingExport>();
        services.AddScoped<BackgroundCheckExport>();
        services.AddScoped<QualificationExport>();
        services.AddScoped<UserExport>();
        services.AddScoped<ApiKeyExport>();
        services.AddScoped<KpiSchemeExport>();
        services.AddScoped<CalendarExport>();
        services.AddScoped<NotificationExport>();
        services.AddScoped<IKindImport, AgencyImport>();
        services.AddScoped<IKindImport, StaffImport>();
        services.AddScoped<IKindImport, AccountImport>();
        services.AddScoped<ImportService>();

        services.AddOptions<EvaluationOptions>().BindConfiguration(EvaluationOptions.Section);
        services.AddScoped<IValidator<KpiSchemeForm>, KpiSchemeFormValidator>();
        services.AddScoped<IValidator<EvaluationForm>, EvaluationFormValidator>();
        services.AddScoped<IValidator<EvaluationCommand>, EvaluationCommandValidator>();
        services.AddScoped<KpiSchemeService>();
        services.AddScoped<EvaluationService>();
        services.AddScoped<EvaluationReportService>();
        services.AddDailyJob<EvaluationDailyJob>();
        services.AddScoped<IPendingWorkSource, EvaluationPendingWork>();
        services.AddScoped<IDashboardSource, EvaluationDashboard>();

        services.AddScoped<IValidator<ApiKeyForm>, ApiKeyFormValidator>();
        services.AddScoped<ApiKeyService>();

        services.AddScoped<BackupService>();
        services.AddSingleton<BackupCipher>();
        services.AddSingleton<BackupRestore>();

        services.AddScoped<PostService>();
        services.AddScoped<PublishedPostService>();
        services.AddScoped<PublishedPostImportService>();
        services.AddScoped<PublishedPostRecheckService>();
        services.AddSingleton<PublishedPostRecheckQueue>();
        services.AddSingleton<PublishedPostRecheckWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<PublishedPostRecheckWorker>());
        services.AddScoped<IPendingWorkSource, PostsPendingWork>();

        services.AddScoped<MonitoringReportService>();
        services.AddScoped<MonitoringReportExport>();

        return services;
    }
}
