namespace VendorManager.Domain.Settlements;

/// <summary>Where a settlement (结算) stands.</summary>
public enum SettlementStatus
{
    /// <summary>已计算（待审核）: computed from a Final evaluation, waiting for finance.</summary>
    Calculated = 1,

    /// <summary>暂缓: held back by finance, with a reason.</summary>
    Held = 2,

    /// <summary>已审核: approved for payment; due within 30 days.</summary>
    Approved = 3,

    /// <summary>已支付: paid, with invoice, payment date and voucher.</summary>
    Paid = 4,

    /// <summary>已免除: nothing is paid for the month, with a reason.</summary>
    Waived = 5,
}
