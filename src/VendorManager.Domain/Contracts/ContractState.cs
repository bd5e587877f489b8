namespace VendorManager.Domain.Contracts;

/// <summary>Where a commissioned-operation contract (委托运营合同) stands in its lifecycle.</summary>
public enum ContractState
{
    /// <summary>草拟: the host unit is writing it.</summary>
    Draft = 1,

    /// <summary>资质审核: submitted; procurement checks the agency, the staff and the papers.</summary>
    UnderReview = 2,

    /// <summary>待生效: approved before its start date.</summary>
    Signed = 3,

    /// <summary>履约中.</summary>
    Active = 4,

    /// <summary>暂停.</summary>
    Suspended = 5,

    /// <summary>终止: ended early, with a reason.</summary>
    Terminated = 6,

    /// <summary>到期: its end date has passed.</summary>
    Expired = 7,

    /// <summary>结清归档: every month paid or waived.</summary>
    Closed = 8,

    /// <summary>作废: withdrawn before it took effect.</summary>
    Withdrawn = 9,
}

/// <summary>What may happen to a contract; the machine decides which are possible now.</summary>
public enum ContractTrigger
{
    /// <summary>提交审核 (host unit).</summary>
    Submit = 1,

    /// <summary>作废 (host unit).</summary>
    Withdraw = 2,

    /// <summary>退回修改 (procurement, with a reason).</summary>
    Return = 3,

    /// <summary>审核通过 (procurement).</summary>
    Approve = 4,

    /// <summary>生效 (system, on the start date).</summary>
    Activate = 5,

    /// <summary>暂停 (host unit, supervisor or system, with a reason).</summary>
    Suspend = 6,

    /// <summary>恢复 (host unit or supervisor).</summary>
    Resume = 7,

    /// <summary>预约终止: a termination with a future effective date, fired by the system on that date.</summary>
    ScheduleTermination = 8,

    /// <summary>终止 (host unit or supervisor with a reason; system on a scheduled date).</summary>
    Terminate = 9,

    /// <summary>到期 (system, at 00:00 of the day after the end date).</summary>
    Expire = 10,

    /// <summary>结清归档 (host unit or system).</summary>
    Close = 11,

    /// <summary>续签: creates a linked draft successor; the contract itself stays where it is.</summary>
    Renew = 12,

    /// <summary>修改 (host unit): changes the terms, the covered accounts and the scans of a draft; no step in the history.</summary>
    Edit = 13,
}

/// <summary>How the agency was procured (采购方式).</summary>
public enum ProcurementMethod
{
    /// <summary>公开招标</summary>
    PublicTender = 1,

    /// <summary>竞争性谈判</summary>
    CompetitiveNegotiation = 2,

    /// <summary>竞争性磋商</summary>
    CompetitiveConsultation = 3,

    /// <summary>询价</summary>
    RequestForQuotation = 4,

    /// <summary>单一来源</summary>
    SingleSource = 5,

    /// <summary>框架协议</summary>
    FrameworkAgreement = 6,

    /// <summary>其他</summary>
    Other = 7,
}
