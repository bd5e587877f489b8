using VendorManager.Domain.Common;
using VendorManager.Domain.Supervision;

namespace VendorManager.Domain.Evaluations;

/// <summary>The default KPI scheme of record (DOMAIN.md), seeded published; the Supervisor may publish others.</summary>
public static class DefaultKpiScheme
{
    public const string Name = "政务新媒体代运营月度考核方案";

    /// <summary>The 审核把关 indicator's code, beside which the evaluation form shows the month's publish-after-review figures.</summary>
    public const string ReviewIndicatorCode = "REVIEW";

    /// <summary>The indicator's name, for a scheme the Supervisor published with codes of its own.</summary>
    public const string ReviewIndicatorName = "审核把关";

    public static KpiSchemeDefinition Definition { get; } = new(
        [
            new("CONTENT", "内容建设", new Score(30m), "围绕中心工作和本单位职能发布信息，原创比例适当，时效性强，无无关内容和商业广告。"),
            new("UPKEEP", "更新运维", new Score(20m), "按要求频次更新，无长期不更新（僵尸账号）；政务客户端能正常下载安装使用。"),
            new("INTERACTION", "互动服务", new Score(20m), "及时回应网民留言和诉求，答复准确、不敷衍，无“有应无答”“答非所问”。"),
            new(ReviewIndicatorCode, ReviewIndicatorName, new Score(20m), "严格执行先审后发和“六审”（政治、法律、政策、保密、文字、舆情），无表述错误。"),
            new("SECURITY", "安全管理", new Score(10m), "账号密码、终端和派驻人员管理规范，无被盗用、泄密等安全事件。"),
        ],
        [
            new(ProblemCategory.UnclearPositioning, new Score(2m), new Score(10m)),
            new(ProblemCategory.LowInformationQuality, new Score(1m), new Score(10m)),
            new(ProblemCategory.FakeInteraction, new Score(2m), new Score(10m)),
            new(ProblemCategory.LaxReview, new Score(3m), new Score(15m)),
            new(ProblemCategory.UnknownInventory, new Score(3m), new Score(15m)),
            new(ProblemCategory.OverEntertainment, new Score(2m), new Score(10m)),
            new(ProblemCategory.PoorMaintenance, new Score(3m), new Score(15m)),
            new(ProblemCategory.UnsupervisedOutsourcing, new Score(5m), new Score(20m)),
        ],
        [
            new("SECRET", "泄露国家秘密", new Score(0m)),
            new("HIJACKED", "账号被盗用", new Score(0m)),
            new("WORDING", "重大表述错误", new Score(59m)),
        ],
        [
            new(new Score(0m), new Score(60m), 0m),
            new(new Score(60m), new Score(70m), 70m),
            new(new Score(70m), new Score(80m), 85m),
            new(new Score(80m), new Score(90m), 95m),
            new(new Score(90m), new Score(100m), 100m),
        ],
        EscalationRule.Default);

    /// <summary>Version 1 of the default scheme, published.</summary>
    public static KpiScheme CreatePublished(string by, DateTimeOffset at)
    {
        var scheme = KpiScheme.Draft(Name, 1, Definition, by, at).Value!;
        var published = scheme.Publish(by, at);
        if (!published.Succeeded)
        {
            throw new InvalidOperationException("The default KPI scheme does not publish: " + published.Refusal);
        }

        return scheme;
    }
}
