namespace VendorManager.Domain.Supervision;

/// <summary>
/// The eight problem categories (八类突出问题) of section 一 of the 2022 notice, inspected and listed
/// for rectification. The numbers are the notice's own (一 … 八) and are stored by name.
/// </summary>
public enum ProblemCategory
{
    /// <summary>（一）功能定位不清: unrelated content, commercial advertising.</summary>
    UnclearPositioning = 1,

    /// <summary>（二）信息质量不高: content of little relevance, dodging hot topics.</summary>
    LowInformationQuality = 2,

    /// <summary>（三）互动服务不实: ignored requests, tone-deaf replies, services that do not work.</summary>
    FakeInteraction = 3,

    /// <summary>（四）审核把关不严: major wording errors.</summary>
    LaxReview = 4,

    /// <summary>（五）管理底数不清: idle accounts never cancelled, stolen accounts.</summary>
    UnknownInventory = 5,

    /// <summary>（六）过度娱乐化: over-entertainment, vulgarity.</summary>
    OverEntertainment = 6,

    /// <summary>（七）运维保障差: not updated (zombie accounts), apps that cannot be installed or used.</summary>
    PoorMaintenance = 7,

    /// <summary>（八）托管变脱管: outsourcing left unsupervised.</summary>
    UnsupervisedOutsourcing = 8,
}

/// <summary>How serious a finding is; the Supervisor's judgement, shown on the list and in notices.</summary>
public enum FindingSeverity
{
    /// <summary>一般</summary>
    Minor = 1,

    /// <summary>较重</summary>
    Serious = 2,

    /// <summary>严重</summary>
    Major = 3,
}

public static class ProblemCategories
{
    public static IReadOnlyList<ProblemCategory> All { get; } = Enum.GetValues<ProblemCategory>();

    /// <summary>The notice's own wording, for texts the domain writes (a notice's reasons); pages use their resources.</summary>
    public static string ChineseName(this ProblemCategory category) => category switch
    {
        ProblemCategory.UnclearPositioning => "功能定位不清",
        ProblemCategory.LowInformationQuality => "信息质量不高",
        ProblemCategory.FakeInteraction => "互动服务不实",
        ProblemCategory.LaxReview => "审核把关不严",
        ProblemCategory.UnknownInventory => "管理底数不清",
        ProblemCategory.OverEntertainment => "过度娱乐化",
        ProblemCategory.PoorMaintenance => "运维保障差",
        ProblemCategory.UnsupervisedOutsourcing => "托管变脱管",
        _ => category.ToString(),
    };
}
