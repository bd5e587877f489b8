namespace VendorManager.Domain.Staff;

/// <summary>The post (岗位) an agency names for a dispatched person.</summary>
public enum StaffPost
{
    /// <summary>编辑</summary>
    Editor = 1,

    /// <summary>审核</summary>
    Reviewer = 2,

    /// <summary>账号管理</summary>
    AccountAdmin = 3,

    /// <summary>项目负责人</summary>
    ProjectLead = 4,
}

/// <summary>Whether a dispatched person still works for the agency.</summary>
public enum StaffStatus
{
    Active = 1,
    Left = 2,
}
