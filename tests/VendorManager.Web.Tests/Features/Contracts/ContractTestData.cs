using Microsoft.Extensions.DependencyInjection;
using VendorManager.Domain.Accounts;
using VendorManager.Domain.Agencies;
using VendorManager.Domain.Common;
using VendorManager.Domain.HostUnits;
using VendorManager.Domain.Staff;
using VendorManager.Web.Features.Contracts;
using VendorManager.Web.Features.Shared;
using VendorManager.Web.Tests.Infrastructure;
using Account = VendorManager.Domain.Accounts.Account;

namespace VendorManager.Web.Tests.Features.Contracts;

/// <summary>
/// Two units, two agencies (the first contractable, with a vetted editor, reviewer and project lead),
/// an active account per unit. The app's clock stands at 2026-11-27 10:00 CST.
/// </summary>
internal sealed record ContractWorld(int UnitId, int OtherUnitId, int AgencyId, int OtherAgencyId, int EditorId, int ReviewerId, int LeadId, int OtherAgencyEditorId, int AccountId, int OtherUnitAccountId, int SpareReviewerId)
{
    public static readonly DateOnly Start = new(2026, 12, 1);
    public static readonly DateOnly End = new(2027, 11, 30);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<ContractWorld> SeedAsync(TestApp app)
    {
        await using var db = app.CreateDbContext(UserScope.System);
        var unit = new HostUnit("城关镇人民政府", HostUnitKind.Town, "TOWN-CG");
        var other = new HostUnit("青山镇人民政府", HostUnitKind.Town, "TOWN-QS");
        var agency = new Agency("甲传媒有限公司", "91330100MA2H0001XF");
        var otherAgency = new Agency("乙文化有限公司", "91330102MA2H0002YG");
        db.AddRange(unit, other, agency, otherAgency);
        db.Add(Domain.Evaluations.DefaultKpiScheme.CreatePublished("system", app.Clock.GetUtcNow().AddDays(-90)));
        await db.SaveChangesAsync(Ct);

        var licence = new Qualification(agency.Id, new QualificationDetails(
            QualificationKind.NewsServiceLicence, "33120210001", "国家互联网信息办公室", ServiceScopes.Editorial, new(2026, 1, 1), new(2028, 12, 31)));
        licence.Review(QualificationReviewStatus.Verified, null, "采购", app.Clock.GetUtcNow());
        db.Add(licence);
        var editor = Vetted(agency.Id, "张编辑", StaffPost.Editor, 1);
        var reviewer = Vetted(agency.Id, "李审核", StaffPost.Reviewer, 2);
        var lead = Vetted(agency.Id, "王经理", StaffPost.ProjectLead, 3);
        var otherEditor = Vetted(otherAgency.Id, "赵编辑", StaffPost.Editor, 4);
        var spare = Vetted(agency.Id, "周审核", StaffPost.Reviewer, 5);
        db.AddRange(editor, reviewer, lead, otherEditor, spare);
        var account = LiveAccount(unit.Id, "城关镇发布", app.Clock.GetUtcNow());
        var otherAccount = LiveAccount(other.Id, "青山镇发布", app.Clock.GetUtcNow());
        db.AddRange(account, otherAccount);
        await db.SaveChangesAsync(Ct);
        return new ContractWorld(unit.Id, other.Id, agency.Id, otherAgency.Id, editor.Id, reviewer.Id, lead.Id, otherEditor.Id, account.Id, otherAccount.Id, spare.Id);
    }

    public ContractForm Form(string number = "HT-2026-001", DateOnly? start = null, DateOnly? end = null) => new()
    {
        Number = number,
        AgencyId = AgencyId,
        ProcurementMethod = Domain.Contracts.ProcurementMethod.PublicTender,
        StartDate = (start ?? Start).ToDateTime(TimeOnly.MinValue),
        EndDate = (end ?? End).ToDateTime(TimeOnly.MinValue),
        MonthlyFee = 10000m,
        UnitSupervisor = "李主任",
        ProjectLeadId = LeadId,
        SignedOn = new DateTime(2026, 11, 20),
        ConfidentialityAgreementSignedOn = new DateTime(2026, 11, 20),
        AccountIds = [AccountId],
    };

    /// <summary>A complete draft of the first unit (or of <paramref name="unit"/>'s user), made through the service as its user would; returns its id.</summary>
    public async Task<int> DraftAsync(TestApp app, ContractForm? form = null, bool complete = true, System.Security.Claims.ClaimsPrincipal? unit = null)
    {
        await using var scope = app.ScopeFor(unit ?? TestUsers.HostUnit(UnitId, "unit1"));
        var service = scope.ServiceProvider.GetRequiredService<ContractService>();
        var created = await service.CreateAsync(form ?? Form(), Ct);
        Assert.True(created.Succeeded, created.Describe());
        var id = created.Value;
        if (complete)
        {
            Assert.True((await service.AssignAsync(id, EditorId, StaffPost.Editor, await VersionAsync(app, id), Ct)).Succeeded);
            Assert.True((await service.AssignAsync(id, ReviewerId, StaffPost.Reviewer, await VersionAsync(app, id), Ct)).Succeeded);
            Assert.True((await service.AttachScanAsync(id, ContractScan.Signed, Pdf("合同.pdf"), await VersionAsync(app, id), Ct)).Succeeded);
            var nda = await service.AttachScanAsync(id, ContractScan.ConfidentialityAgreement, Pdf("保密协议.pdf"), await VersionAsync(app, id), Ct);
            Assert.True(nda.Succeeded, nda.Describe());
        }

        return id;
    }

    public static ScanUpload Pdf(string name)
    {
        var content = "%PDF-1.4\n%test\n"u8.ToArray();
        return new ScanUpload(name, content.Length, () => new MemoryStream(content));
    }

    public static async Task<int> VersionAsync(TestApp app, int contractId)
    {
        await using var db = app.CreateDbContext(UserScope.System);
        return db.Contracts.Single(c => c.Id == contractId).Version;
    }

    private static StaffMember Vetted(int agencyId, string name, StaffPost post, int sequence)
    {
        var id = Staff.StaffTestData.IdNumber(sequence);
        var person = new StaffMember(
            agencyId, name, post, ResidentIdNumber.Parse(id, new DateOnly(2026, 11, 27)), MobileNumber.Parse("13812345678"),
            new EncryptedPersonalInformation("pd1.test.id", "lookup-" + sequence, "pd1.test.mobile"),
            new PurposeAcknowledgement(new DateTimeOffset(2026, 9, 1, 10, 0, 0, ChinaTime.Offset), "agency", "2026-11"));
        var check = person.RequestCheck(new DateTimeOffset(2026, 9, 1, 10, 0, 0, ChinaTime.Offset), "agency");
        check.RecordPass(new(2026, 10, 1), "县公安局", "公网审〔2026〕" + sequence, new(2027, 9, 30), null,
            new DateTimeOffset(2026, 10, 1, 10, 0, 0, ChinaTime.Offset), "procurement", new(2026, 10, 1));
        return person;
    }

    private static Account LiveAccount(int unitId, string name, DateTimeOffset now)
    {
        var account = Account.FileOpening(unitId, Platform.WeChatOfficialAccount, name, AccountOperator.UnderContract, null, [], "unit", now.AddDays(-60)).Value!;
        Assert.True(account.AcceptFiling(account.PendingFiling!, "county", now.AddDays(-59)).Succeeded);
        Assert.True(account.RecordPlatformId("gh_" + unitId, "unit", now.AddDays(-58)).Succeeded);
        return account;
    }
}
