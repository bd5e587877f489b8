using VendorManager.Web.Features.Accounts;
using VendorManager.Web.Features.Agencies;
using VendorManager.Web.Features.Contracts;
using VendorManager.Web.Features.Evaluations;
using VendorManager.Web.Features.PublishedPosts;
using VendorManager.Web.Features.Settlements;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Features.Staff;
using VendorManager.Web.Features.Supervision;
using static VendorManager.Web.Tests.Security.MatrixWorld;

namespace VendorManager.Web.Tests.Security;

/// <summary>
/// The paged lists of the service matrix, asked whether they answered "forbidden" (<see cref="PagedResult{T}.Forbidden"/>):
/// a role a list refuses must be told so, which an empty page cannot tell from "no records".
/// </summary>
internal static class ListRefusals
{
    private static PageRequest Page => new(0, 100);

    public static IReadOnlyDictionary<string, Func<Cell, Task<bool>>> All { get; } = new Dictionary<string, Func<Cell, Task<bool>>>
    {
        ["AgencyService.ListAsync"] = async c => (await c.As((AgencyService s) => s.ListAsync(new AgencyListRequest(Page), Ct))).Forbidden,
        ["StaffService.ListAsync"] = async c => (await c.As((StaffService s) => s.ListAsync(new StaffQuery(0, 500), Ct))).Forbidden,
        ["BackgroundCheckService.QueueAsync"] = async c => (await c.As((BackgroundCheckService s) => s.QueueAsync(Page, Ct))).Forbidden,
        ["AccountService.ListAsync"] = async c => (await c.As((AccountService s) => s.ListAsync(new AccountFilter(), Page, Ct))).Rows.Forbidden,
        ["FilingService.ListAsync"] = async c => (await c.As((FilingService s) => s.ListAsync(null, Page, Ct))).Forbidden,
        ["ContractService.ListAsync"] = async c => (await c.As((ContractService s) => s.ListAsync(new ContractFilter(), Page, Ct))).Forbidden,
        ["EvaluationService.ListAsync"] = async c => (await c.As((EvaluationService s) => s.ListAsync(new EvaluationFilter(), Page, Ct))).Forbidden,
        ["SettlementService.ListAsync"] = async c => (await c.As((SettlementService s) => s.ListAsync(new SettlementFilter(), Page, Ct))).Forbidden,
        ["InspectionService.ListAsync"] = async c => (await c.As((InspectionService s) => s.ListAsync(Page, Ct))).Forbidden,
        ["InterviewService.ListAsync"] = async c => (await c.As((InterviewService s) => s.ListAsync(Page, Ct))).Forbidden,
        ["NoticeService.ListAsync(issued)"] = async c => (await c.As((NoticeService s) => s.ListAsync(Page, Ct))).Forbidden,
        ["PublishedPostService.ListAsync"] = async c => (await c.As((PublishedPostService s) => s.ListAsync(new PublishedPostFilter(), Page, Ct))).Forbidden,
        ["RectificationService.ListAsync"] = async c => (await c.As((RectificationService s) => s.ListAsync(new RectificationFilter(), Page, Ct))).Forbidden,
    };
}
