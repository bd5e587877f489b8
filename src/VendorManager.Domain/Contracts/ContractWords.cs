namespace VendorManager.Domain.Contracts;

/// <summary>Chinese names for the domain's own sentences; pages take theirs from resources.</summary>
public static class ContractWords
{
    public static string Of(ContractState state) => state switch
    {
        ContractState.Draft => "草拟",
        ContractState.UnderReview => "资质审核",
        ContractState.Signed => "待生效",
        ContractState.Active => "履约中",
        ContractState.Suspended => "暂停",
        ContractState.Terminated => "终止",
        ContractState.Expired => "到期",
        ContractState.Closed => "结清归档",
        ContractState.Withdrawn => "作废",
        _ => state.ToString(),
    };

    public static string Of(ContractTrigger trigger) => trigger switch
    {
        ContractTrigger.Submit => "提交审核",
        ContractTrigger.Withdraw => "作废",
        ContractTrigger.Return => "退回修改",
        ContractTrigger.Approve => "审核通过",
        ContractTrigger.Activate => "生效",
        ContractTrigger.Suspend => "暂停",
        ContractTrigger.Resume => "恢复",
        ContractTrigger.ScheduleTermination => "预约终止",
        ContractTrigger.Terminate => "终止",
        ContractTrigger.Expire => "到期",
        ContractTrigger.Close => "结清归档",
        ContractTrigger.Renew => "续签",
        ContractTrigger.Edit => "修改",
        _ => trigger.ToString(),
    };
}
