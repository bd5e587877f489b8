using VendorManager.Domain.Accounts;
using VendorManager.Domain.Common;
using VendorManager.Domain.Supervision;

namespace VendorManager.Web.Features.Supervision;

/// <summary>Who may do what in supervision, and what the services share.</summary>
internal static class SupervisionAccess
{
    /// <summary>Inspections, verification, interviews and notices are the county office's.</summary>
    public static bool IsSupervisor(UserScope scope) => scope.Has(Permissions.Supervise);

    /// <summary>The unit a HostUnit user acts for; null for everyone else.</summary>
    public static int? OwnUnit(UserScope scope) => scope.IsInRole(Roles.HostUnit) ? scope.HostUnitId : null;

    /// <summary>
    /// Who sees the rectification list: the Supervisor, a unit its own items, and an Agency user the items
    /// on accounts one of its contracts covered in the month of the finding (<see cref="RectificationService.Visible"/>),
    /// where it presses nothing but may add its evidence (<see cref="MaySubmitEvidence"/>).
    /// </summary>
    public static bool SeesRectifications(UserScope scope) => scope.Has(Permissions.ViewRectifications);

    /// <summary>
    /// Who may build the rectification report: the Supervisor (the county's) and a unit (its own). The report is
    /// the units' signed account to the county, not an agency's.
    /// </summary>
    public static bool SeesReport(UserScope scope) => scope.Has(Permissions.ViewRectificationReport);

    /// <summary>
    /// Who may press a step of a rectification item: the unit that owns it submits; the county office verifies
    /// or returns. An agency reads only.
    /// </summary>
    public static bool MayPress(UserScope scope, RectificationItem item, RectificationTrigger trigger) => trigger switch
    {
        RectificationTrigger.Submit => OwnUnit(scope) == item.HostUnitId,
        RectificationTrigger.Verify or RectificationTrigger.Return => IsSupervisor(scope),
        _ => false,
    };

    /// <summary>
    /// Who may submit an agency's evidence on an item it reads: an Agency user. Whether its contract on the account is Active now is
    /// the item's rule (<see cref="RectificationItem.SubmitAgencyEvidence"/>), so a suspended or ended contract is refused in words.
    /// </summary>
    public static bool MaySubmitEvidence(UserScope scope) => OwnAgency(scope) is not null;

    /// <summary>Who confirms or returns an agency's evidence: the unit that owns the item (谁开设、谁负责), not the county office.</summary>
    public static bool MayDecideEvidence(UserScope scope, RectificationItem item) => OwnUnit(scope) == item.HostUnitId;

    /// <summary>The agency an Agency user acts for; null for everyone else.</summary>
    public static int? OwnAgency(UserScope scope) => scope.IsInRole(Roles.Agency) ? scope.AgencyId : null;

    // Refusals that belong to one field of a form are shown beside it.
    public static string FieldOf(Refusal refusal) => refusal.Code switch
    {
        "Inspection.InspectorsRequired" or "Inspection.InspectorsTooLong" => nameof(InspectionForm.Inspectors),
        "Inspection.InFuture" => nameof(InspectionForm.InspectedOn),
        "Inspection.NoAccounts" => nameof(InspectionForm.AccountIds),
        "Finding.AccountNotInspected" => nameof(FindingForm.AccountId),
        "Finding.DescriptionRequired" or "Finding.DescriptionTooLong" => nameof(FindingForm.Description),
        "Finding.EvidenceTooLong" => nameof(FindingForm.Evidence),
        "Rectification.DeadlineBeforeToday" => nameof(FindingForm.Deadline),
        "Rectification.ExplanationRequired" or "Rectification.ExplanationTooLong" => nameof(SubmitForm.Explanation),
        "Rectification.EvidenceRequired" or RectificationService.EvidenceRejected => SubmitFormValidator.EvidenceField,
        "Rectification.ReturnReasonRequired" or "Rectification.ReturnReasonTooLong" => nameof(ReturnRectificationForm.Reason),
        "Rectification.EvidenceDescriptionRequired" or "Rectification.EvidenceDescriptionTooLong" => nameof(AgencyEvidenceForm.Description),
        "Rectification.EvidenceFileCount" => SubmitFormValidator.EvidenceField,
        "Interview.PersonRequired" or "Interview.PersonTooLong" => nameof(InterviewForm.PersonName),
        "Interview.InFuture" => nameof(InterviewForm.HeldOn),
        "Interview.ReasonRequired" or "Interview.ReasonTooLong" => nameof(InterviewForm.Reason),
        "Notice.TitleRequired" or "Notice.TitleTooLong" => nameof(NoticeForm.Title),
        "Notice.PeriodInvalid" => nameof(NoticeForm.PeriodTo),
        _ => string.Empty,
    };
}
